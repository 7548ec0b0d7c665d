"""bench/store_orders.py: reports coded once, the store replayed in eval_dedupe's arrival orders."""
from __future__ import annotations

import argparse

import pytest

from bench_helpers import load_bench
from conflictlens.store import DedupeSettings, open_store


@pytest.fixture(scope="module")
def orders():
    return load_bench("store_orders")


@pytest.fixture(scope="module")
def dedupe_bench():
    return load_bench("eval_dedupe")


ROWS = [
    {"doc_id": "harbor-1", "published": "2023-08-14", "title": "Gunmen kill two guards at Port Selwyn depot",
     "text": "Gunmen killed two security guards at a fuel depot in Mombasa, Kenya, on Monday, police said."},
    {"doc_id": "harbor-2", "published": "2023-08-14", "title": "",
     "text": "Two guards were shot dead on Monday when gunmen raided a fuel depot in Mombasa, Kenyan police said."},
]


def _args(tmp_path, **kw):
    base = dict(dataset="gvc", split="train,dev", limit=None, scope="all-violence", page_dates=True,
                drop_dates=False, drop_incident_dates=False, late_reports=False, drop_titles=False,
                cache=str(tmp_path / "cache"))
    return argparse.Namespace(**{**base, **kw})


def _tree(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_fingerprint_follows_the_coding_and_not_the_store(orders, tmp_path):
    _tree(tmp_path, {"geo/ranking.py": "a", "data/geo/place_words.tsv": "b", "store/related.py": "c",
                     "data/store/words.txt": "d", "storefront/x.py": "e"})
    before = orders.coding_fingerprint(tmp_path)
    (tmp_path / "store/related.py").write_text("c2")
    (tmp_path / "data/store/words.txt").write_text("d2")
    assert orders.coding_fingerprint(tmp_path) == before
    for rel in ("geo/ranking.py", "data/geo/place_words.tsv", "storefront/x.py"):
        (tmp_path / rel).write_text("changed")
        assert orders.coding_fingerprint(tmp_path) != before, rel
        before = orders.coding_fingerprint(tmp_path)


def test_the_cache_key_tells_apart_what_was_coded(orders, tmp_path):
    key = orders.cache_key(_args(tmp_path), "f1")
    assert key == orders.cache_key(_args(tmp_path), "f1") and key.startswith("gvc-")
    assert key != orders.cache_key(_args(tmp_path, drop_dates=True), "f1")
    assert key != orders.cache_key(_args(tmp_path, split="test"), "f1")
    assert key != orders.cache_key(_args(tmp_path), "f2")


@pytest.mark.parametrize("seed", [1, 2, 7])
def test_a_seed_orders_the_reports_as_eval_dedupe_shuffle_does(orders, dedupe_bench, tmp_path, seed):
    rows = [{"doc_id": f"r{i}", "text": f"report {i}", "published": "2023-01-01"} for i in range(12)]
    shuffled = dedupe_bench.feed_items(rows, argparse.Namespace(**{**vars(_args(tmp_path)), "shuffle": seed,
                                                                   "late_first": False}))
    assert [r["doc_id"] for r in orders.in_order(rows, str(seed))] == [it["id"] for it in shuffled]
    assert orders.in_order(rows, "file") == rows


def test_coded_once_cached_and_replayed(orders, tmp_path):
    args = _args(tmp_path, dataset="invented")
    coded = orders.cached_coding(ROWS, args)
    assert [report.id for report, _, _ in coded] == ["harbor-1", "harbor-2"]
    cached = list((tmp_path / "cache").iterdir())
    assert len(cached) == 1 and cached[0].suffix == ".pkl"
    stamp = cached[0].stat().st_mtime_ns
    again = orders.cached_coding(ROWS, args)  # read back, not coded again
    assert cached[0].stat().st_mtime_ns == stamp
    assert [(r.id, len(e)) for r, e, _ in again] == [(r.id, len(e)) for r, e, _ in coded]
    for settings, stored in ((DedupeSettings(), 1), (DedupeSettings(enabled=False), 2)):
        db = str(tmp_path / f"s{stored}.db")
        assert orders.replay(orders.in_order(coded, "1"), settings, db) == 0
        store = open_store(db)
        assert store.counts()["events"] == stored
        store.close()


def test_the_figure_is_read_off_the_result_line(orders):
    out = "x\nresult   docs= 9 | pairwise P=0.5 R=0.5 F=0.500 | bcubed P=0.9 R=1.0 F=0.947 | MUC F=1\n"
    assert orders.bcubed_f(out) == "0.947"


def test_a_misspelt_setting_stops_before_coding(orders, capsys):
    assert orders.main(["--dataset", "gvc", "--set", "no_such_rule=false"]) == 2
    assert "no_such_rule" in capsys.readouterr().err
