"""Acceptance on the model report in ../shared/seed, scored by ../shared/eval/score_events.py.

Skipped on a fresh clone, where ../shared does not exist.
"""
from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_rows(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "events.jsonl"
    r = subprocess.run(
        [sys.executable, "-m", "conflictlens.cli.main", "extract", str(shared / "seed" / "ghuwayran-2022-01-23.txt"),
         "--published", "2022-01-23", "--source", "Shafaq News", "--format", "jsonl"],
        capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    out.write_text(r.stdout)
    return out, [json.loads(line) for line in r.stdout.splitlines()]


def test_seed_scores(shared, seed_rows):
    path, _ = seed_rows
    r = subprocess.run([sys.executable, str(shared / "eval" / "score_events.py"),
                        str(shared / "seed" / "ghuwayran-2022-01-23.gold.json"), str(path), "--json"],
                       capture_output=True, text=True, timeout=60)
    score = json.loads(r.stdout)
    assert score["required_found"] == score["required"] == 5
    assert score["precision"] >= 0.8
    assert score["subtype_ok"] == 5
    assert score["actor_ok"] == 5
    assert score["fatalities_ok"] == score["fatalities_checked"]


def test_seed_battle_rows(seed_rows):
    _, rows = seed_rows
    battles = [r for r in rows if r["event_type"] == "Battles"]
    # the clashes ran on 20, 21 and 22 January; 45 + 28 + 5 = 78 deaths split over the days
    assert sorted(r["event_date"] for r in battles) == ["2022-01-20", "2022-01-21", "2022-01-22"]
    assert sum(r["fatalities"] for r in battles) == 78
    assert sorted(r["fatalities"] for r in battles) == [26, 26, 26]
    for r in battles:
        assert {r["actor1"], r["actor2"]} == {"Islamic State", "QSD: Syrian Democratic Forces"}
        assert r["inter1"] == r["inter2"] == "Rebel group" and r["interaction"] == "Rebel group-Rebel group"
        assert r["country"] == "Syria" and r["admin1"] and r["geo_precision"] == 1
        assert "SOHR" in r["source"] and "Shafaq News" in r["source"]
        assert "split" in r["notes"]
        assert r["civilian_targeting"] == ""


def test_seed_iraqi_rows(seed_rows):
    _, rows = seed_rows
    iraq = [r for r in rows if r["country"] == "Iraq"]
    assert iraq and all(r["event_type"] == "Strategic developments" for r in iraq)
    assert all(r["actor1"] == "Military Forces of Iraq (2020-)" and r["inter1"] == "State forces" for r in iraq)
    assert all(r["fatalities"] == 0 for r in iraq)
    assert {"Baghdad"} <= {r["location"] for r in iraq}


def test_seed_every_row_keeps_its_evidence(shared, seed_rows):
    _, rows = seed_rows
    text = (shared / "seed" / "ghuwayran-2022-01-23.txt").read_text(encoding="utf-8")
    for r in rows:
        ev = r["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        assert r["notes"].startswith("On ")


def test_seed_actors_are_canonical_with_their_types(shared):
    """bench/eval_actors.py: every required event has a row with the gold's actors, named
    canonically, with the types those names carry and the interaction they make."""
    r = subprocess.run([sys.executable, str(Path(__file__).resolve().parents[1] / "bench" / "eval_actors.py"),
                        "--seed", str(shared / "seed"), "--scorer", str(shared / "eval" / "score_events.py")],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "types: 1.00 (5/5)" in r.stdout, r.stdout
