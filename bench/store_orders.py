#!/usr/bin/env python3
"""The store's grouping in several arrival orders, with the reports coded only once.

    python bench/store_orders.py --dataset ecbplus [--orders file,1,2,3,4] [--set NAME=VALUE]
    python bench/store_orders.py --dataset gvc --split train,dev --drop-dates --orders file

Why: a store rule is judged by the same B-cubed figure as `bench/eval_dedupe.py`, in file
order and under its `--shuffle SEED` orders, and by switching the rule off (`--set
NAME=false`). eval_dedupe codes every report again on each run (2-4 minutes for ECB+ train);
the store alone takes a fraction of that. So the reports are coded once, through the same
feed (`eval_dedupe.feed_items`: headlines, page dates, the --drop-dates and --late-reports
simulations) and the same pipeline as `conflictlens ingest --scope all-violence`, kept in a
cache file, and only the store is replayed: each order into a fresh SQLite file, mapped and
scored as eval_dedupe does. An order is ``file`` or a seed, and a seed permutes the reports
exactly as ``eval_dedupe.py --shuffle SEED`` does, so the figures are the same.

The cache (default ~/.cache/conflictlens/store-orders) is keyed by the dataset, split, limit,
feed options and a fingerprint of the coding code and data (everything under
src/conflictlens but the store's own modules and tables), so a change to the coding codes
the reports again and a change to the store does not. Same rules as eval_dedupe: tune on
GVC train,dev and ECB+ train; held-out splits are read as aggregates only.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_dedupe  # noqa: E402

from conflictlens.store import DedupeSettings, open_store  # noqa: E402
from conflictlens.store.identity.settings import with_overrides  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "conflictlens"
#: what the store alone reads: changing these does not change what a report codes
STORE_PARTS = (Path("store"), Path("data") / "store")
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "conflictlens" / "store-orders"
FEED_OPTIONS = ("page_dates", "drop_dates", "drop_incident_dates", "late_reports", "drop_titles")


def coding_fingerprint(package: Path = PACKAGE) -> str:
    """A digest of every file the coding reads (source and data tables), the store's left out."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        rel = path.relative_to(package)
        if any(rel.parts[:len(part.parts)] == part.parts for part in STORE_PARTS):
            continue
        digest.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(args, fingerprint: str) -> str:
    """The cache file's name: what was coded, from which feed, by which code."""
    flags = ",".join(f"{o}={bool(getattr(args, o, False))}" for o in FEED_OPTIONS)
    what = f"{args.dataset}|{args.split}|{args.limit}|{args.scope}|{flags}|{fingerprint}"
    return f"{args.dataset}-{hashlib.sha256(what.encode()).hexdigest()[:16]}.pkl"


def code_reports(rows: list[dict], args) -> list[tuple]:
    """(report, events, undated) for each report as `conflictlens ingest` codes it, in file order."""
    import json
    from conflictlens.cli.common import ErrorCounter, iter_input, make_pipeline, process_all
    from conflictlens.cli.main import build_parser
    feed_args = argparse.Namespace(**{**vars(args), "shuffle": None, "late_first": False})
    with tempfile.TemporaryDirectory() as d:
        feed = os.path.join(d, "reports.jsonl")
        with open(feed, "w", encoding="utf-8") as f:
            for item in eval_dedupe.feed_items(rows, feed_args):
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        cli = build_parser().parse_args(["ingest", feed, "--scope", args.scope, "--input-format", "jsonl"])
        errors = ErrorCounter()
        return list(process_all(make_pipeline(cli), list(iter_input(cli, errors)), errors, undated=True))


def cached_coding(rows: list[dict], args) -> list[tuple]:
    """The coded reports from the cache, coded (and cached) when the key is new."""
    cache = Path(args.cache)
    path = cache / cache_key(args, coding_fingerprint())
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    t0 = time.perf_counter()
    coded = code_reports(rows, args)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(coded, f)
    tmp.replace(path)  # whole or absent: a run killed while writing leaves no broken cache
    print(f"coded {len(coded)} reports in {time.perf_counter() - t0:.0f} s (cached in {path})", flush=True)
    return coded


def in_order(coded: list, order: str) -> list:
    """``coded`` in arrival order ``order``: ``file``, or a seed as eval_dedupe's --shuffle."""
    items = list(coded)
    if order != "file":
        random.Random(int(order)).shuffle(items)
    return items


def replay(coded: list, settings: DedupeSettings, db: str) -> int:
    """The coded reports stored in this order into a fresh store at ``db``; the reports refused."""
    store = open_store(db, dedupe=settings)
    refused = 0
    try:
        for report, events, undated in coded:
            try:
                store.add_report(report, events, undated=undated)
            except Exception as exc:  # noqa: BLE001 - counted and named, as ingest does
                refused += 1
                print(f"{report.id}: not stored: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        store.close()
    return refused


def bcubed_f(scored: str) -> str:
    """The B-cubed F1 of score_dedupe's result line."""
    line = next(x for x in scored.splitlines() if x.startswith("result"))
    return line.split("bcubed", 1)[1].split("F=", 1)[1].split()[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", choices=["gvc", "ecbplus"], default="ecbplus")
    ap.add_argument("--split", help="as eval_dedupe's (default: GVC train,dev; ECB+ train)")
    ap.add_argument("--limit", type=int, help="only the first N reports")
    ap.add_argument("--orders", default="file,1,2,3,4",
                    help="comma-separated arrival orders: file, or a seed as eval_dedupe --shuffle SEED")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a store setting (a DedupeSettings field, as ingest --dedupe-setting); repeatable")
    ap.add_argument("--scope", default="all-violence")
    ap.add_argument("--no-page-dates", dest="page_dates", action="store_false",
                    help="ECB+: leave reports with no publication date undated (as eval_dedupe)")
    for option in ("drop-dates", "drop-incident-dates", "late-reports", "drop-titles"):
        ap.add_argument(f"--{option}", action="store_true", help=f"as eval_dedupe --{option}")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="folder of coded reports (default %(default)s)")
    ap.add_argument("--pred-out", metavar="PREFIX", help="write each order's predicted clusters to PREFIX<order>.jsonl")
    args = ap.parse_args(argv)
    try:
        settings = with_overrides(DedupeSettings(), args.set)
    except ValueError as exc:
        print(f"store_orders: {exc}", file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(eval_dedupe.DATASETS, args.dataset)):
        print(f"{eval_dedupe.DATASETS}/{args.dataset} is absent: nothing to replay")
        return 0
    args.split = args.split or ("train,dev" if args.dataset == "gvc" else "train")
    rows = eval_dedupe._gold(args.dataset, args.split, args.limit)
    coded = cached_coding(rows, args)
    figures = []
    for order in [o.strip() for o in args.orders.split(",") if o.strip()]:
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as d:
            db = os.path.join(d, "store.db")
            refused = replay(in_order(coded, order), settings, db)
            mapped = eval_dedupe.mapping(db, rows)
            grouped = eval_dedupe.story_groups(db, rows)
            score_args = argparse.Namespace(pred_out=f"{args.pred_out}{order}.jsonl" if args.pred_out else None)
            scored = eval_dedupe.score(args.dataset, rows, mapped, d, score_args, grouped)
        figures.append(bcubed_f(scored))
        print(f"order {order}: {next(x for x in scored.splitlines() if x.startswith('result'))} "
              f"| refused {refused} | {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"bcubed F by order ({args.orders}): {' '.join(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
