"""The dedupe benchmark's --reasons table counts the pairs of one gold event's reports that
the score holds apart: two reports that code nothing but share a story group are scored in one
cluster, so they are no pair split."""
import pytest

from bench_helpers import load_bench


@pytest.fixture(scope="module")
def bench():
    return load_bench("eval_dedupe")


def _rows(*ids):
    return [{"doc_id": d, "topic": 7, "event_id_refined": "7a"} for d in ids]


def test_reports_of_one_story_group_are_no_split_pair(bench):
    rows = _rows("a", "b", "c")
    mapped = {"a": None, "b": None, "c": None}
    together = bench.split_pairs(rows, mapped, groups={"a": "g1", "b": "g1", "c": "g1"})
    assert together.splitlines()[0] == "pairs of one event mapped apart: 0"
    apart = bench.split_pairs(rows, mapped, groups={"a": "g1", "b": "g1"})
    assert apart.splitlines()[0] == "pairs of one event mapped apart: 2"
    assert "2 a report maps to no event" in apart


def test_the_scored_cluster_is_the_event_then_the_group_then_the_report(bench):
    class Ev:
        event_id_cnty = "USA4"
    mapped = {"a": Ev(), "b": None, "c": None}
    groups = {"a": "g1", "b": "g1"}
    assert bench.pred_cluster("a", mapped, groups) == "USA4"
    assert bench.pred_cluster("b", mapped, groups) == "group:g1"
    assert bench.pred_cluster("c", mapped, groups) == "none:c"
