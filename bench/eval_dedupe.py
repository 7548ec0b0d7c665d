"""Store throughput (reports/s) into SQLite and PostgreSQL, with cross-report matching on.

    python bench/eval_dedupe.py [--n 2000] [--pg postgresql://127.0.0.1:5432/test]

Synthetic reports (3 events each, 8 towns x 60 days, so later reports update stored
events) measure the store alone, to compare with the pipeline's extraction rate
(`make bench`). The GVC / ECB+ scoring (score_dedupe.py) needs `--scope all-violence`,
which is not built yet.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))
from test_dedupe import event, report  # noqa: E402

from conflictlens.store import open_store  # noqa: E402

TOWNS = [("Mosul", 36.34, 43.13), ("Kirkuk", 35.47, 44.39), ("Tikrit", 34.6, 43.68), ("Ramadi", 33.42, 43.3),
         ("Fallujah", 33.35, 43.78), ("Samarra", 34.2, 43.87), ("Baqubah", 33.75, 44.64), ("Hit", 33.64, 42.83)]


def run(url: str, n: int) -> float:
    s = open_store(url)
    t0 = time.perf_counter()
    for i in range(n):
        evs = []
        for k in range(3):
            town, lat, lon = TOWNS[(i + k) % len(TOWNS)]
            evs.append(event(location=town, latitude=lat, longitude=lon, country_code="IQ", country="Iraq",
                             iso=368, actor1="", actor2="", fatalities=i % 9,
                             event_date=date(2022, 1, 1) + timedelta(days=(i * 7 + k) % 60)))
        s.add_report(report(f"r{i}", text=f"report {i} " + "word " * 50, source=f"Outlet {i % 5}",
                            published=date(2022, 1, 1) + timedelta(days=i % 60)), evs)
    dt = time.perf_counter() - t0
    counts = s.counts()
    s.close()
    print(f"{url.split('?')[0]}: {n} reports in {dt:.1f} s = {n / dt:.0f} reports/s; {counts}")
    return n / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--pg", default="postgresql://127.0.0.1:5432/test")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        run(os.path.join(d, "bench.db"), args.n)
    try:
        import psycopg
        schema = "cl_bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect(args.pg, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {schema}")
        try:
            run(f"{args.pg}?options=-csearch_path%3D{schema}", args.n)
        finally:
            with psycopg.connect(args.pg, autocommit=True) as con:
                con.execute(f"DROP SCHEMA {schema} CASCADE")
    except Exception as exc:  # noqa: BLE001
        print(f"PostgreSQL skipped: {exc}")


if __name__ == "__main__":
    main()
