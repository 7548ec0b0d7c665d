"""A death told by a pronoun in a sentence of its own ("He was pronounced dead at the hospital",
"She died on Saturday") is the victim the sentence before tells of: one death when nothing else
counts one, never a second death beside a victim counted by noun or number. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import counted_figures, total_deaths
from conflictlens.model import DeathFigure, Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _deaths(pipeline, text: str) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 3, 16)))
    return [e.fatalities for e in a.events if e.event_type == "Other violence"]


@pytest.mark.parametrize("death", [
    "He was taken to a hospital where he was pronounced dead.",
    "He died at the hospital on Sunday.",
    "Doctors pronounced him dead an hour later.",
])
def test_a_pronoun_told_dead_after_the_shooting_is_one_death(pipeline, death):
    text = ("A 12-year-old boy was shot inside a house on Quarry Lane in Dayton, Ohio, on Saturday night. "
            + death + "\n")
    assert _deaths(pipeline, text) == [1]


def test_a_victim_counted_by_noun_is_not_counted_again_by_pronoun(pipeline):
    text = ("A 12-year-old boy was shot and killed inside a house on Quarry Lane in Dayton, Ohio, on "
            "Saturday night. He was pronounced dead at the scene.\n")
    assert _deaths(pipeline, text) == [1]


def test_the_boy_pronounced_dead_counts_by_noun(pipeline):
    text = ("A 12-year-old boy was shot inside a house on Quarry Lane in Dayton, Ohio, on Saturday night. "
            "The boy was pronounced dead at the scene.\n")
    assert _deaths(pipeline, text) == [1]


def test_pronouns_count_once_and_only_without_other_figures():
    he = DeathFigure(count=1, group="(he/she)", start=0, end=2, text="he", qualifier="pronoun")
    she = DeathFigure(count=1, group="(he/she)", start=9, end=12, text="she", qualifier="pronoun")
    two = DeathFigure(count=2, group="people", start=20, end=30, text="two people")
    victim = DeathFigure(count=1, group="victim", start=40, end=50, text="the victim", qualifier="anaphoric")
    assert total_deaths([he, she]) == 1
    assert total_deaths([he, two]) == 2
    assert counted_figures([he, victim]) == [victim]


def test_a_name_pronounced_dead_is_the_victim_told_before(pipeline):
    text = ("A 15-year-old student who shot himself by accident in a house on Quarry Lane in Dayton, Ohio, "
            "on Saturday has died, police said. Arlo Venkman was pronounced dead at 6 p.m.\n")
    assert _deaths(pipeline, text) == [1]
