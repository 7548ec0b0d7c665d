"""``conflictlens export``: events out of the store, in the format other tools read."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DELETION_COLUMNS = ("event_id_cnty", "deleted_timestamp", "reason", "survivor", "article_id")


def add_parser(sub) -> None:
    from .ingest_cmd import add_db_option

    p = sub.add_parser("export", help="write the stored events out",
                       description="Write the events stored in a database; with --since only what "
                                   "changed, with --deletions the events removed (merged into another "
                                   "event, or no longer reported), so a copy can be kept in sync.")
    add_db_option(p)
    p.add_argument("--format", choices=["jsonl", "csv", "acled", "geojson", "table"], default="jsonl",
                   help="output format (see `conflictlens extract --help`); deletions are JSONL, or CSV "
                        "for csv and acled")
    p.add_argument("--since", type=int, metavar="TIMESTAMP",
                   help="only events added or changed (or, with --deletions, removed) at or after this Unix time")
    p.add_argument("--deletions", action="store_true",
                   help="write the deletions log instead of the events: event_id_cnty, deleted_timestamp, "
                        "reason, survivor (the event a merged one lives on in), article_id")
    p.add_argument("--groups", action="store_true",
                   help="write the story groups instead of the events: article_id, story_group (the "
                        "group's first report), joined_by (the report it was found to tell the story "
                        "of), score, event_id_cnty (the event the group's nearest linked reports are "
                        "about, '' when none)")
    p.add_argument("--include-other-violence", action="store_true",
                   help="with --format acled, also write 'Other violence' events (--scope all-violence), "
                        "which lie outside ACLED's taxonomy and are left out by default")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=run)


def write_deletions(rows: list[dict], fmt: str, out) -> int:
    if fmt in ("csv", "acled"):
        w = csv.writer(out, lineterminator="\n")
        w.writerow(DELETION_COLUMNS)
        for r in rows:
            w.writerow([r["event_id_cnty"], r["deleted_at"], r["reason"], r["survivor"], r["article_id"]])
    else:
        for r in rows:
            out.write(json.dumps({"event_id_cnty": r["event_id_cnty"], "deleted_timestamp": r["deleted_at"],
                                  "reason": r["reason"], "survivor": r["survivor"],
                                  "article_id": r["article_id"]}, ensure_ascii=False) + "\n")
    return len(rows)


GROUP_COLUMNS = ("article_id", "story_group", "joined_by", "score", "event_id_cnty")


def write_groups(store, fmt: str, out) -> int:
    """Story groups (store: story_groups, group_event): reports of one story that coded no event."""
    rows = []
    for g in store.story_groups():
        event = store.group_event(g["article_id"])
        rows.append((g["article_id"], g["group_id"], g["joined_by"], g["score"],
                     event.event_id_cnty if event is not None else ""))
    if fmt in ("csv", "acled"):
        w = csv.writer(out, lineterminator="\n")
        w.writerow(GROUP_COLUMNS)
        w.writerows(rows)
    else:
        for r in rows:
            out.write(json.dumps(dict(zip(GROUP_COLUMNS, r)), ensure_ascii=False) + "\n")
    return len(rows)


def run(args) -> int:
    from ..export import write_events
    from ..store import is_url, open_store

    if not is_url(args.db) and not Path(args.db).exists():
        print(f"conflictlens: error: {args.db}: no such database", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except Exception as exc:  # noqa: BLE001
        print(f"conflictlens: error: cannot open the store {args.db}: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 2
    with store:
        what = "deletion(s)" if args.deletions else "grouped report(s)" if args.groups else "event(s)"

        def write(out) -> int:
            if args.groups:
                return write_groups(store, args.format, out)
            if args.deletions:
                return write_deletions(store.deletions(since=args.since), args.format, out)
            return write_events(store.events(since=args.since), args.format, out,
                                include_other_violence=args.include_other_violence)

        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = write(out)
            print(f"conflictlens: wrote {n} {what} to {args.output}", file=sys.stderr)
        else:
            write(sys.stdout)
    return 0
