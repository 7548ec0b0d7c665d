"""``conflictlens export``: events out of the store, in the format other tools read."""
from __future__ import annotations

import sys
from pathlib import Path


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="write the stored events out",
                       description="Write the events stored in a database.")
    p.add_argument("--db", default="conflictlens.db", metavar="FILE", help="SQLite database file")
    p.add_argument("--format", choices=["jsonl", "csv", "acled", "geojson", "table"], default="jsonl",
                   help="output format (see `conflictlens extract --help`)")
    p.add_argument("--since", type=int, metavar="TIMESTAMP",
                   help="only events added or changed at or after this Unix time")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..export import write_events
    from ..store import open_store

    if not Path(args.db).exists():
        print(f"conflictlens: error: {args.db}: no such database", file=sys.stderr)
        return 2
    with open_store(args.db) as store:
        events = store.events(since=args.since)
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = write_events(events, args.format, out)
            print(f"conflictlens: wrote {n} event(s) to {args.output}", file=sys.stderr)
        else:
            write_events(events, args.format, sys.stdout)
    return 0
