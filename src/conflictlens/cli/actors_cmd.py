"""``conflictlens actors lookup NAME``: how an actor mention resolves, and why."""
from __future__ import annotations

import sys
from datetime import date


def add_parser(sub) -> None:
    p = sub.add_parser("actors", help="look an actor mention up in the actor dictionary",
                       description="Query the actor dictionary (data/actors/*.tsv): named groups by alias, "
                                   "state forces and generic roles by head noun and country.")
    asub = p.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    lk = asub.add_parser("lookup", help="show how a mention resolves (canonical name, inter code, rule)",
                         description="Show the canonical ACLED-style actor a mention resolves to, its inter "
                                     "code and label, its country and the alias or rule that matched. "
                                     "Exit status 1 when nothing resolves.")
    lk.add_argument("name", help='the mention as written, e.g. "Daesh", "Iraqi security forces", "gunmen"')
    lk.add_argument("--country", metavar="CC", default="",
                    help="ISO alpha-2 code of the event's country (fills generic roles: 'troops', 'civilians')")
    lk.add_argument("--date", metavar="YYYY-MM-DD", help="the event's day (regime periods, active years)")
    lk.set_defaults(run=run_lookup)


def run_lookup(args) -> int:
    from ..actors import default_dictionary
    from ..export.labels import INTER_LABELS
    from ..geo import country_info

    on = None
    if args.date:
        try:
            on = date.fromisoformat(args.date)
        except ValueError:
            print(f"conflictlens: --date {args.date!r} is not YYYY-MM-DD", file=sys.stderr)
            return 2
    cc = (args.country or "").upper()
    if cc and not country_info(cc)[0]:
        print(f"conflictlens: --country {args.country!r} is not a known ISO alpha-2 code", file=sys.stderr)
        return 2
    res = default_dictionary().explain(args.name, cc, on)
    if res is None or res.actor is None:
        why = f" ({res.rule})" if res is not None else ""
        print(f"{args.name}: no actor resolves{why}")
        if res is not None and res.alternatives:
            print(f"  candidates:    {'; '.join(res.alternatives)}")
        return 1
    a = res.actor
    country = a.country or res.country
    print(f"mention:       {args.name}")
    print(f"actor:         {a.name}")
    print(f"inter:         {a.inter} ({INTER_LABELS.get(a.inter, '')})")
    print(f"country:       {country + ' (' + country_info(country)[0] + ')' if country else '-'}")
    print(f"matched:       {res.rule}: {res.matched!r}")
    if res.entry is not None and (res.entry.from_year or res.entry.to_year):
        print(f"active:        {res.entry.from_year or ''}-{res.entry.to_year or ''}")
    if on is not None:
        print(f"date:          {on.isoformat()}")
    if res.alternatives:
        print(f"also:          {'; '.join(res.alternatives)}")
    return 0
