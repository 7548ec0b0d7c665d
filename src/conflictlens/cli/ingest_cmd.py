"""``conflictlens ingest``: reports in, events into the store (one transaction per report)."""
from __future__ import annotations

import sys

from .common import ErrorCounter, add_input_options, iter_input, make_pipeline, process_all


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="code reports and store them with their events",
                       description="Code reports and store each with its events in one transaction. "
                                   "A report already stored with the same text is skipped.")
    add_input_options(p)
    p.add_argument("--db", default="conflictlens.db", metavar="FILE",
                   help="SQLite database file (default: conflictlens.db; created if missing)")
    p.add_argument("--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store import open_store

    errors = ErrorCounter()
    pipeline = make_pipeline(args)
    added_reports = skipped = added_events = 0
    with open_store(args.db) as store:
        def new_reports():
            nonlocal skipped
            for report in iter_input(args, errors):
                if store.has_report(report):
                    skipped += 1
                else:
                    yield report

        for report, events in process_all(pipeline, new_reports(), errors):
            try:
                stored = store.add_report(report, events)
            except Exception as exc:  # noqa: BLE001 - the transaction was rolled back
                errors(f"{report.origin or report.id}: not stored: {type(exc).__name__}: {exc}")
                continue
            added_reports += 1
            added_events += len(stored)
    if not args.quiet:
        print(f"conflictlens: {added_reports} report(s) ingested with {added_events} event(s); "
              f"{skipped} already stored; {errors.count} error(s); database {args.db}", file=sys.stderr)
    return 1 if errors.count else 0
