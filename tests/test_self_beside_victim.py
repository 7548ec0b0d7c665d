""""Kills self" beside the victim's own noun is the same death; a player is a person (issue 6).
Invented text."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _fatalities(pipeline, text: str) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 5, 6)))
    return [e.fatalities for e in a.events]


def test_kills_self_and_the_victims_noun_are_one_death(pipeline):
    text = ("Dayton boy, 13, kills self by accident while cleaning rifle\n\n"
            "The county coroner in Dayton, Ohio, is calling a fatal shooting that killed a 13-year-old "
            "hockey player an accident.\n")
    assert _fatalities(pipeline, text) == [1]


def test_a_player_is_a_victim(pipeline):
    text = "A college hockey player was shot dead outside an arena in Dayton, Ohio, on Tuesday.\n"
    assert _fatalities(pipeline, text) == [1]
