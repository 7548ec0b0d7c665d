#!/usr/bin/env python3
"""How many events the pipeline codes from news that tells no political violence.

Reads ``../shared/datasets/news-bulk/news.jsonl`` (Reuters-21578, 1987 newswire, mostly
business; BBC News 2004-05, whose ids tell their section) and runs the pipeline over the
BBC business, entertainment, sport and tech sections (and politics with ``--politics``)
and a fixed sample of Reuters, as ``conflictlens extract`` does (default scope
``political``; the ``all-violence`` scope is counted too unless ``--scope political``).
Prints events per 1,000 articles per section; with ``--show N`` up to N events of each
section with their type, sub-type, actors, place and evidence sentence, to be judged
by a reader (the BBC sections should yield almost none; Reuters 1987 holds some real
conflict: the Iran-Iraq war, Lebanon, Sri Lanka).

The split is fixed by the id: ``crc32(id)`` even is the tuned half, odd the held-out
half (read once per release). The Reuters sample is the first ``--reuters N`` (2,000)
Reuters reports of the split in file order. A report with no publication date (all of
BBC, part of Reuters) is given a stand-in one (BBC 2005-01-15, Reuters 1987-04-15), as a
news feed carries the day it published a story: without it only absolute dates would be
coded and most events would not show. Exits cleanly (status 2) when the data is absent.

    python bench/eval_offtopic.py [--split tuned|held-out] [--show N] [--scope both|political|all-violence]
                                  [--reuters N] [--politics] [--sections bbc-sport,...] [--ids FILE]
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "news-bulk" / "news.jsonl"
sys.path.insert(0, str(ROOT / "src"))

STAND_IN = {"bbc": date(2005, 1, 15), "reuters": date(1987, 4, 15)}
BBC_SECTIONS = ("business", "entertainment", "sport", "tech")


def section_of(rid: str) -> str:
    if rid.startswith("bbc-news-"):
        return "bbc-" + rid.split("-")[2]
    return rid.split("-")[0]


def split_of(rid: str) -> str:
    return "tuned" if zlib.crc32(rid.encode("utf-8")) % 2 == 0 else "held-out"


def load(split: str, sections: set[str], n_reuters: int) -> list:
    from conflictlens.ingest.jsonl import parse_record
    from conflictlens.ingest.common import ReadError
    out, n_r = [], 0
    with open(DATA, "rb") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                report = parse_record(line, origin=f"news.jsonl:{i}")
            except ReadError:
                continue
            sec = section_of(report.id)
            if sec not in sections or split_of(report.id) != split:
                continue
            if sec == "reuters":
                if n_r >= n_reuters:
                    continue
                n_r += 1
            if report.published is None:
                report.published = STAND_IN["bbc" if sec.startswith("bbc") else "reuters"]
            out.append(report)
    return out


def run(reports, scope: str):
    from conflictlens.pipeline import Pipeline, Settings
    pipeline = Pipeline(settings=Settings(scope=scope))
    out = []
    for report, events in pipeline.process_many(reports):
        out.append((report, events))
    return out


def show_event(report, e) -> str:
    ev = (e.evidence.text if e.evidence else "").replace("\n", " ")
    if len(ev) > 300:
        ev = ev[:297] + "..."
    return (f"  {report.id[:60]}  {e.event_type} / {e.sub_event_type}  [{e.actor1} | {e.actor2}]  "
            f"{e.location}, {e.country}  fatal {e.fatalities}\n      \"{ev}\"")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tuned", "held-out"), default="tuned")
    ap.add_argument("--scope", choices=("both", "political", "all-violence"), default="both")
    ap.add_argument("--show", type=int, default=0, help="list up to N events of each section")
    ap.add_argument("--reuters", type=int, default=2000, help="Reuters reports of the split (default 2,000)")
    ap.add_argument("--politics", action="store_true", help="also the BBC politics section")
    ap.add_argument("--sections", default="", help="comma-separated sections to run (default: all)")
    ap.add_argument("--ids", default="", help="a file of report ids, one a line: run only these (quick reruns)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"eval_offtopic: dataset not found: {DATA}", file=sys.stderr)
        return 2
    sections = {"bbc-" + s for s in BBC_SECTIONS} | {"reuters"}
    if args.politics:
        sections.add("bbc-politics")
    if args.sections:
        sections = {s.strip() for s in args.sections.split(",") if s.strip()}
    reports = load(args.split, sections, args.reuters)
    if args.ids:
        wanted = set(Path(args.ids).read_text(encoding="utf-8").split())
        reports = [r for r in reports if r.id in wanted]
    per_section = Counter(section_of(r.id) for r in reports)
    scopes = ("political", "all-violence") if args.scope == "both" else (args.scope,)
    results = {}
    for scope in scopes:
        t0 = time.perf_counter()
        results[scope] = run(reports, scope)
        print(f"# scope {scope}: {len(reports)} reports in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    print(f"split {args.split}: events per 1,000 articles (events / reports with an event / articles)")
    header = f"{'section':18} {'articles':>8}" + "".join(f"  {s:>28}" for s in scopes)
    print(header)
    totals = {s: [0, 0] for s in scopes}
    for sec in sorted(per_section):
        n = per_section[sec]
        cells = []
        for scope in scopes:
            ev = sum(len(evs) for r, evs in results[scope] if section_of(r.id) == sec and not isinstance(evs, Exception))
            rep = sum(1 for r, evs in results[scope] if section_of(r.id) == sec and evs and not isinstance(evs, Exception))
            totals[scope][0] += ev
            totals[scope][1] += rep
            cells.append(f"{1000 * ev / n:8.1f} ({ev:3d} / {rep:3d} / {n:4d})")
        print(f"{sec:18} {n:8d}" + "".join(f"  {c:>28}" for c in cells))
    n = len(reports)
    print(f"{'all':18} {n:8d}" + "".join(
        f"  {f'{1000 * totals[s][0] / max(n, 1):8.1f} ({totals[s][0]:3d} / {totals[s][1]:3d} / {n:4d})':>28}"
        for s in scopes))
    errors = sum(1 for s in scopes for _r, evs in results[s] if isinstance(evs, Exception))
    if errors:
        print(f"errors: {errors}")
    if args.show:
        for scope in scopes:
            by_sec = defaultdict(list)
            for r, evs in results[scope]:
                if isinstance(evs, Exception):
                    continue
                for e in evs:
                    by_sec[section_of(r.id)].append(show_event(r, e))
            for sec in sorted(by_sec):
                print(f"\n== {scope} / {sec}: {len(by_sec[sec])} events")
                for line in by_sec[sec][:args.show]:
                    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
