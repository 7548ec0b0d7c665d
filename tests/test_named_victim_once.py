"""A victim told by a noun in one sentence ("a shooting that left a teen dead") and by name in
another ("Arlo Venkman was killed") is one death; a noun beside a name in the same sentence
("Venkman and his driver died") is another person. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import nouns_named_elsewhere
from conflictlens.model import DeathFigure, Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _deaths(pipeline, text: str) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 3, 16)))
    return [e.fatalities for e in a.events if e.event_type in ("Other violence", "Battles",
                                                                "Violence against civilians")]


def test_a_noun_and_a_name_in_two_sentences_are_one_victim(pipeline):
    text = ("The sheriff's office is looking into an accidental shooting that left a teen dead in "
            "Alverton, Ohio, on Saturday. The sheriff's office says 17-year-old Arlo Venkman of Alverton "
            "was killed by a gunshot wound at a home on Quarry Lane.\n")
    assert _deaths(pipeline, text) == [1]


def test_a_noun_beside_a_name_in_its_sentence_is_another_victim(pipeline):
    text = ("Gunmen attacked a car in Alverton, Ohio, on Saturday. Arlo Venkman and his driver were "
            "killed in the attack.\n")
    assert _deaths(pipeline, text) == [2]


def _fig(group: str, start: int) -> DeathFigure:
    return DeathFigure(count=1, group=group, start=start, end=start + len(group), text=group)


def test_more_nouns_than_names_are_kept():
    soldier, guard, name = _fig("soldier", 0), _fig("guard", 50), _fig("Venkman", 100)
    assert nouns_named_elsewhere([(soldier, 0), (guard, 1), (name, 2)]) == set()
    assert nouns_named_elsewhere([(soldier, 0), (name, 2)]) == {id(soldier)}


def test_victims_named_in_a_list_keep_the_noun_told_apart():
    ann, bo, wife = _fig("Ann", 0), _fig("Bo", 10), _fig("wife", 100)
    assert nouns_named_elsewhere([(ann, 0), (bo, 0), (wife, 1)]) == set()
