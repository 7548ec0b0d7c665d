"""The dedupe benchmark's --merges listing names, for each report merged into another gold
event's stored event, the link that brought it there (its history entries on that event)."""
import json

import pytest

from bench_helpers import load_bench


@pytest.fixture(scope="module")
def bench():
    return load_bench("eval_dedupe")


def _why(**kw):
    return json.dumps({k: [None, v] for k, v in kw.items()})


def test_a_coding_report_is_coded(bench):
    assert bench.link_path([("created", "{}")], grouped=False) == "coded"
    assert bench.link_path([("updated", "{}")], grouped=True) == "coded"


def test_a_related_report_tells_its_names_or_its_words(bench):
    assert bench.link_path([("related report", _why(names_overlap=0.32))], grouped=False) == "names 0.32"
    assert bench.link_path([("related report", _why(resemblance=0.188))], grouped=False) == "words 0.19"
    assert bench.link_path([("undated event named", _why(names_overlap=0.5, absorbed="X1"))],
                           grouped=False) == "names 0.50"


def test_the_last_link_counts_and_a_move_away_undoes_it(bench):
    entries = [("related report", _why(resemblance=0.2)), ("related report moved", "{}"),
               ("related report", _why(names_overlap=0.9))]
    assert bench.link_path(entries, grouped=False) == "names 0.90"
    assert bench.link_path(entries[:2], grouped=True) == "story group"
    assert bench.link_path([], grouped=False) == "other"


def test_held_out_splits_are_refused(bench, tmp_path, monkeypatch, capsys):
    """--merges lists report ids of the split asked: never on a held-out split."""
    called = []
    monkeypatch.setattr(bench, "wrong_merges", lambda *a: called.append(a) or "")
    monkeypatch.setattr(bench, "_gold", lambda *a: [])
    monkeypatch.setattr(bench, "ingest", lambda rows, d, args: str(tmp_path / "x.db"))
    monkeypatch.setattr(bench, "mapping", lambda db, rows: {})
    monkeypatch.setattr(bench, "story_groups", lambda db, rows: {})
    monkeypatch.setattr(bench, "score", lambda *a, **k: "")
    monkeypatch.setattr(bench, "per_incident", lambda *a: "")  # reads ../shared, absent on a fresh clone
    monkeypatch.setattr(bench, "DATASETS", str(tmp_path / "no-shared"))
    monkeypatch.setattr(bench.os.path, "isdir", lambda p: True)
    for dataset, split in (("ecbplus", "dev,test"), ("ecbplus", "all"), ("gvc", "test")):
        args = bench.argparse.Namespace(dataset=dataset, split=split, limit=None, merges=True, show=False,
                                        reasons=False, db_out=None, place_misses=False, date_misses=False,
                                        toll_misses=False)
        bench.evaluate(args)
    assert not called
    assert capsys.readouterr().out.count("tuning splits only") == 3
