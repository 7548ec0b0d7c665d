"""Measure find_dates on TempEval-3 (TBAQ-cleaned) DATE expressions that name a day.

For every TIMEX3 type=DATE whose gold value is YYYY-MM-DD (the creation time excluded),
run find_dates over the document text with anchor = DCT and count it correct when one
of our mentions overlaps its span and resolves to the gold day.  Documents sorted by
name: even positions are the tuning half, odd positions the held-out half.

``--ranges`` scores instead the expressions whose gold value is a week ("2013-W14", its
weekend "-WE"), a month ("1998-03"), a season ("1998-SU"), a quarter ("1998-Q1") or a
year ("1998"): correct when an overlapping mention's day (or, for a year, its year) lies
in that range -- which month, which year "last month", "in March", "this week" name.
An event coded to the wrong month or year is put apart from its other reports.
Exits cleanly when ../shared is absent (the data is never copied into the repo).

``--no-anchor`` resolves every document as if it had no creation time (a report with no
date): what a report's own words date then.

    python bench/eval_dates.py [--half tune|held] [--ranges] [--no-anchor] [--errors tune|held]
"""
from __future__ import annotations

import argparse
import calendar
import html
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "tempeval3" / "TBAQ-cleaned"
sys.path.insert(0, str(ROOT / "src"))

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_RANGE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>\d)|(?P<s>SP|SU|FA|WI)))?$")
#: months of a season (northern; winter the December-February that ends in the year named)
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def gold_range(value: str) -> tuple[str, date, date] | None:
    """(kind, first day, last day) of a week-, month-, season-, quarter- or year-valued
    TIMEX3, or None for any other value."""
    m = _RANGE.match(value)
    if not m or not any(m.group(k) for k in ("m", "w", "q", "s")) and len(value) != 4:
        return None
    y = int(m.group("y"))
    if m.group("m"):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        return "month", date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m.group("w"):
        monday = date.fromisocalendar(y, int(m.group("w")), 1)
        if m.group("we"):
            return "week", monday + timedelta(days=5), monday + timedelta(days=6)
        return "week", monday, monday + timedelta(days=6)
    if m.group("q"):
        q = int(m.group("q"))
        return "quarter", date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m.group("s"):
        if m.group("s") == "WI":
            return "season", date(y - 1, 12, 1), date(y, 2, calendar.monthrange(y, 2)[1])
        a, b = _SEASONS[m.group("s")]
        return "season", date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])
    return "year", date(y, 1, 1), date(y, 12, 31)


def _in_range(mention, kind: str, lo: date, hi: date) -> bool:
    if mention.days:
        return any(lo <= d <= hi for d in mention.days)
    return kind == "year" and mention.year == lo.year  # a year alone names no month in it


def load(path: Path, ranges: bool = False):
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", raw, re.S)
    anchor = date(int(dct.group(1)), int(dct.group(2)), int(dct.group(3)))
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    out, golds, pos, open_tx = [], [], 0, None
    length = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) == "TIMEX3":
            if m.group(1) == "":
                open_tx = (length, dict(_ATTR.findall(m.group(3))))
            elif open_tx:
                golds.append((open_tx[0], length, open_tx[1]))
                open_tx = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    if ranges:
        return text, anchor, [(s, e, a) for s, e, a in golds
                              if a.get("type") == "DATE" and a.get("functionInDocument") != "CREATION_TIME"
                              and gold_range(a.get("value", ""))]
    golds = [(s, e, a) for s, e, a in golds
             if a.get("type") == "DATE" and _DAY.match(a.get("value", ""))]
    return text, anchor, golds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", choices=["tune", "held"])
    ap.add_argument("--half", choices=["tune", "held"], help="score one half only")
    ap.add_argument("--no-anchor", action="store_true",
                    help="resolve as if the document had no creation time (a report with no date)")
    ap.add_argument("--ranges", action="store_true",
                    help="score week/month/season/quarter/year-valued expressions against their range")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skip: {DATA} not found")
        return 0
    from conflictlens.time import find_dates

    files = sorted(DATA.glob("*/*.tml"), key=lambda p: p.name)
    halves = {"tune": files[0::2], "held": files[1::2]}
    if args.half:
        halves = {args.half: halves[args.half]}
    if args.no_anchor:
        find_dates = _unanchored(find_dates)
    if args.ranges:
        return _score_ranges(halves, args.errors, find_dates)
    for name, docs in halves.items():
        n = hit = overlap = 0
        chars = 0
        t0 = time.perf_counter()
        errs = []
        for f in docs:
            text, anchor, golds = load(f)
            chars += len(text)
            ms = find_dates(text, anchor)
            for s, e, a in golds:
                n += 1
                gold = date.fromisoformat(a["value"])
                ov = [m for m in ms if m.start < e and s < m.end]
                if ov:
                    overlap += 1
                if any(gold in m.days for m in ov):
                    hit += 1
                elif args.errors == name:
                    errs.append((f.name, anchor, text[s:e], a["value"],
                                 [(m.text, [d.isoformat() for d in m.days]) for m in ov],
                                 text[max(0, s - 60):e + 30].replace("\n", " ")))
        dt = time.perf_counter() - t0
        print(f"{name}: {len(docs)} docs, {n} day-valued DATE timexes: "
              f"overlap {overlap / n:.3f}, overlap+day {hit / n:.3f} ({hit}/{n}); "
              f"{dt * 1000 / len(docs):.2f} ms/doc incl. parsing")
        for e in errs:
            print("  ", e)
    return 0


def _unanchored(find_dates):
    return lambda text, anchor: find_dates(text, None)


def _score_ranges(halves: dict, errors: str | None, find_dates) -> int:
    for name, docs in halves.items():
        kinds: dict[str, list[int]] = {}
        errs = []
        for f in docs:
            text, anchor, golds = load(f, ranges=True)
            ms = find_dates(text, anchor)
            for s, e, a in golds:
                kind, lo, hi = gold_range(a["value"])
                row = kinds.setdefault(kind, [0, 0, 0])
                row[0] += 1
                ov = [m for m in ms if m.start < e and s < m.end]
                row[1] += bool(ov)
                if any(_in_range(m, kind, lo, hi) for m in ov):
                    row[2] += 1
                elif errors == name:
                    errs.append((f.name, anchor.isoformat(), text[s:e], a["value"],
                                 [(m.text, [d.isoformat() for d in m.days], m.year) for m in ov],
                                 text[max(0, s - 60):e + 30].replace("\n", " ")))
        n = sum(r[0] for r in kinds.values())
        hit = sum(r[2] for r in kinds.values())
        print(f"{name}: {len(docs)} docs, {n} week/month/season/quarter/year DATE timexes: "
              f"in range {hit / n:.3f} ({hit}/{n})")
        for kind in ("week", "month", "season", "quarter", "year"):
            if kind in kinds:
                t, o, h = kinds[kind]
                print(f"  {kind:8} {t:4}  overlap {o / t:.3f}  in range {h / t:.3f} ({h}/{t})")
        for e in errs:
            print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
