"""``conflictlens extract``: reports in, events on standard output."""
from __future__ import annotations

import sys
from collections import Counter

from ..export import write_events
from .common import ErrorCounter, add_input_options, iter_input, make_pipeline, process_all


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="code reports into events and write them to stdout",
                       description="Code reports into ACLED-compatible events and write them to stdout.")
    add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "csv", "acled", "geojson", "table"], default="jsonl",
                   help="jsonl: the 31 ACLED columns + article_id, evidence, confidence (default); "
                        "acled: exactly the 31 ACLED columns as CSV; csv: those plus evidence; "
                        "geojson: a FeatureCollection of points; table: a readable table")
    p.add_argument("--include-other-violence", action="store_true",
                   help="with --format acled, also write 'Other violence' events (--scope all-violence), "
                        "which lie outside ACLED's taxonomy and are left out by default")
    p.set_defaults(run=run)


def assign_ids(events, counters: Counter) -> None:
    """Number events per country prefix (``SYR1``, ``SYR2``...) within one run."""
    from ..store.sqlite import country_prefix
    for e in events:
        prefix = country_prefix(e)
        counters[prefix] += 1
        e.event_id_cnty = f"{prefix}{counters[prefix]}"


def undated_note(report, undated) -> str | None:
    """Why a report gave no rows, when the reason is its missing date: every incident it tells
    is dated only relative to a day nobody gave ("on Friday", "yesterday"). Without the note
    ``extract`` would print nothing and exit 0, and a user would think the report told no event."""
    if report.published is not None or report.dateline_date is not None or not undated:
        return None
    count = "1 event" if len(undated) == 1 else f"{len(undated)} events"
    return (f"{report.origin or report.id}: {count} not written: no "
            f"publication date or date line anchors its relative dates "
            f"(give --published YYYY-MM-DD, or name the file by its day as in "
            f"report-2023-05-07.txt; `conflictlens ingest` keeps undated events and dates "
            f"them from other reports of the same incident)")


def _events(args, errors):
    pipeline = make_pipeline(args)
    counters: Counter = Counter()
    for report, events, undated in process_all(pipeline, iter_input(args, errors), errors, undated=True):
        if events:
            assign_ids(events, counters)
            yield from events
        elif (note := undated_note(report, undated)):
            print(f"conflictlens: note: {note}", file=sys.stderr)


def run(args) -> int:
    errors = ErrorCounter()
    out = sys.stdout
    if args.format == "jsonl":
        # stream: one line per event as soon as its report is done
        for e in _events(args, errors):
            write_events([e], "jsonl", out)
            out.flush()
    else:
        write_events(_events(args, errors), args.format, out,
                     include_other_violence=getattr(args, "include_other_violence", False))
    return 1 if errors.count else 0
