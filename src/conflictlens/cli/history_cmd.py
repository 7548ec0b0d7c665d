"""``conflictlens history EVENT_ID``: every change to one stored event, oldest first."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone


def add_parser(sub) -> None:
    from .ingest_cmd import add_db_option

    p = sub.add_parser("history", help="every change to a stored event",
                       description="When the event changed, which report caused it, which fields "
                                   "changed from what to what; merges and deletions included.")
    p.add_argument("event_id", metavar="EVENT_ID", help="an event_id_cnty, e.g. SYR12")
    add_db_option(p)
    p.add_argument("--format", choices=["text", "jsonl"], default="text", help="output format")
    p.set_defaults(run=run)


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


def run(args) -> int:
    from pathlib import Path

    from ..store import is_url, open_store

    if not is_url(args.db) and not Path(args.db).exists():
        print(f"conflictlens: error: {args.db}: no such database", file=sys.stderr)
        return 2
    with open_store(args.db) as store:
        entries = store.history(args.event_id)
        current = store.event(args.event_id)
        gone = [d for d in store.deletions() if d["event_id_cnty"] == args.event_id]
        outlets = {a: store.outlets(a) for a in (current.article_ids if current else ())}
    if not entries:
        print(f"conflictlens: error: no event {args.event_id} in {args.db}", file=sys.stderr)
        return 1
    out = sys.stdout
    if args.format == "jsonl":
        for e in entries:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
        return 0
    for e in entries:
        when = datetime.fromtimestamp(e["changed_at"], timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        out.write(f"{when}  {e['action']}  report {e['article_id'] or '-'}\n")
        for field, (old, new) in e["changes"].items():
            if e["action"] == "created":
                out.write(f"    {field}: {_short(new)}\n")
            else:
                out.write(f"    {field}: {_short(old)} -> {_short(new)}\n")
    if current is not None:
        when = "undated" if current.time_precision == 0 and current.event_date.year == 1 else current.event_date
        out.write(f"now: {when} {current.event_type} / {current.sub_event_type}, "
                  f"{current.location}, fatalities {current.fatalities}; reports: "
                  + ", ".join(f"{a} ({'; '.join(o['source'] or '?' for o in outlets[a])})" for a in current.article_ids)
                  + "\n")
    for d in gone:
        where = f" into {d['survivor']}" if d["survivor"] else ""
        out.write(f"removed ({d['reason']}{where})\n")
    return 0
