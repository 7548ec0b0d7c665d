"""Measure find_dates on TempEval-3 (TBAQ-cleaned) DATE expressions that name a day.

For every TIMEX3 type=DATE whose gold value is YYYY-MM-DD (the creation time excluded),
run find_dates over the document text with anchor = DCT and count it correct when one
of our mentions overlaps its span and resolves to the gold day.  Documents sorted by
name: even positions are the tuning half, odd positions the held-out half.
Exits cleanly when ../shared is absent (the data is never copied into the repo).

    python bench/eval_dates.py [--errors tune|held] [--limit N]
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "tempeval3" / "TBAQ-cleaned"
sys.path.insert(0, str(ROOT / "src"))

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def load(path: Path):
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
    golds = [(s, e, a) for s, e, a in golds
             if a.get("type") == "DATE" and _DAY.match(a.get("value", ""))]
    return text, anchor, golds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", choices=["tune", "held"])
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skip: {DATA} not found")
        return 0
    from conflictlens.time import find_dates

    files = sorted(DATA.glob("*/*.tml"), key=lambda p: p.name)
    halves = {"tune": files[0::2], "held": files[1::2]}
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


if __name__ == "__main__":
    sys.exit(main())
