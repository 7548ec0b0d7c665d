"""``conflictlens ingest``: reports in, events into the store (one transaction per report)."""
from __future__ import annotations

import sys

from .common import ErrorCounter, add_input_options, iter_input, make_pipeline, process_all


def add_db_option(p) -> None:
    p.add_argument("--db", default="conflictlens.db", metavar="FILE|URL",
                   help="the store: a SQLite file (default: conflictlens.db; created if missing), "
                        "sqlite:///path, or postgresql://user@host:port/dbname")


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="code reports and store them with their events",
                       description="Code reports and store each with its events in one transaction. "
                                   "A report already stored with the same text is skipped; a copy of a "
                                   "stored report (same canonical URL or near-identical text) only adds "
                                   "its outlet. An event that matches a stored one (same day, or "
                                   "overlapping days; within --match-km; same or merging event types; "
                                   "compatible actors) updates it and keeps its id.")
    add_input_options(p)
    add_db_option(p)
    p.add_argument("--match-km", type=float, default=10.0, metavar="KM",
                   help="events this close (and matching otherwise) are the same event (default 10)")
    p.add_argument("--match-days", type=int, default=0, metavar="N",
                   help="days apart two day-precise events may be and still be one (default 0: same day)")
    p.add_argument("--no-merge", action="store_true",
                   help="never merge events across reports (every report's events stored apart)")
    p.add_argument("--dedupe-setting", action="append", default=[], metavar="NAME=VALUE",
                   help="set one of the store's matching rules or thresholds (a field of "
                        "conflictlens.store.DedupeSettings, e.g. related_names=0.3 or "
                        "word_links_follow_moves=false); repeatable")
    p.add_argument("--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store import DedupeSettings, open_store
    from ..store.identity.settings import with_overrides

    errors = ErrorCounter()
    settings = DedupeSettings(place_window_km=args.match_km, day_window=args.match_days,
                              enabled=not args.no_merge)
    try:
        settings = with_overrides(settings, args.dedupe_setting)
    except ValueError as exc:
        print(f"conflictlens: error: {exc}", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db, dedupe=settings)
    except Exception as exc:  # noqa: BLE001 - a bad path or an unreachable server
        print(f"conflictlens: error: cannot open the store {args.db}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 2
    pipeline = make_pipeline(args)
    added_reports = skipped = added_events = 0
    with store:
        def new_reports():
            nonlocal skipped
            for report in iter_input(args, errors):
                if store.has_report(report):
                    skipped += 1
                else:
                    yield report

        for report, events, undated in process_all(pipeline, new_reports(), errors, undated=True):
            try:
                stored = store.add_report(report, events, undated=undated)
            except Exception as exc:  # noqa: BLE001 - the transaction was rolled back
                errors(f"{report.origin or report.id}: not stored: {type(exc).__name__}: {exc}")
                continue
            added_reports += 1
            added_events += len(stored)
        counts = store.counts()
        undated = store.undated_count()
    if not args.quiet:
        held = f" (and {undated} undated, held out of exports until a dated report tells them)" if undated else ""
        print(f"conflictlens: {added_reports} report(s) ingested with {added_events} event(s); "
              f"{skipped} already stored; {errors.count} error(s); database {args.db} now holds "
              f"{counts['events']} event(s){held} from {counts['reports']} report(s)", file=sys.stderr)
    return 1 if errors.count else 0
