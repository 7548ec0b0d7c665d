#!/usr/bin/env python3
"""Throughput of the full pipeline against a spaCy NER-only pass over the same texts.

Usage: python bench/throughput.py [CORPUS.jsonl] [--limit N]

Default corpus: the first 2,000 reports of ../shared/datasets/news-bulk/news.jsonl.
Both passes run in this process over the same texts, so the ratio (full pipeline
speed / NER-only speed) is comparable across machines; wall-clock figures are
printed for information only. Peak memory is the process's maximum RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "datasets" / "news-bulk" / "news.jsonl"
sys.path.insert(0, str(ROOT / "src"))  # measure this checkout's code, not an installed copy


def load(path: Path, limit: int) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(out) >= limit:
                break
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--no-screen", action="store_true",
                    help="parse every report (the worst case: no report passed over by the pre-screen)")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"bench: corpus not found: {corpus} (pass a JSONL file of reports)", file=sys.stderr)
        return 2
    from datetime import date

    from conflictlens.model import Report
    from conflictlens.nlp import load_nlp, prepare_text
    from conflictlens.pipeline import DEFAULT_STAGES, Pipeline

    records = load(corpus, args.limit)
    texts = [r.get("text") or "" for r in records]
    words = sum(len(t.split()) for t in texts)
    reports = []
    for r in records:
        published = None
        try:
            published = date.fromisoformat(str(r.get("published") or "")[:10])
        except ValueError:
            pass
        reports.append(Report(id=str(r["id"]), text=r.get("text") or "", title=r.get("title") or "",
                              published=published, source=r.get("source") or ""))

    stages = [s for s in DEFAULT_STAGES if not (args.no_screen and s == "screen")]
    pipeline = Pipeline(stages)
    nlp = load_nlp()
    pipeline.geocoder  # load the gazetteer before timing
    if "screen" in stages:
        # ... and compile the pre-screen's patterns (about 3 s of the re module's compiler, once a
        # process, as loading the model is: the NER pass is timed without its load either)
        from conflictlens.events.screen import default_screen
        default_screen()
    nlp("warm up the model.")

    # reference: spaCy NER only (tokenizer + tok2vec + ner), batched as spaCy recommends
    ner_only = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=ner_only):
        for _ in nlp.pipe((prepare_text(t) for t in texts), batch_size=64):
            pass
    ner_s = time.perf_counter() - t0
    ner_rss = peak_rss_mb()

    t0 = time.perf_counter()
    n_events = 0
    for _report, events in pipeline.process_many(reports):
        if not isinstance(events, Exception):
            n_events += len(events)
    full_s = time.perf_counter() - t0
    full_rss = peak_rss_mb()

    n = len(texts)
    print(f"corpus: {corpus} ({n} reports, {words} words){' - pre-screen off' if args.no_screen else ''}")
    print(f"spaCy NER only : {n / ner_s:8.1f} reports/s  {words / ner_s:10.0f} words/s  ({ner_s:.1f} s)")
    print(f"full pipeline  : {n / full_s:8.1f} reports/s  {words / full_s:10.0f} words/s  ({full_s:.1f} s), "
          f"{n_events} events")
    print(f"ratio full/NER-only speed: {ner_s / full_s:.2f} (target >= 0.80)")
    print(f"peak memory (max RSS): {max(ner_rss, full_rss):.0f} MB (after NER pass {ner_rss:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
