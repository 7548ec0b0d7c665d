"""A funeral or vigil gathering for someone shot earlier is mourning, not a protest met
with force (issue 6): "who was shot and killed by a deputy" describes the mourned, even
when the harm is told by the second of two joined verbs. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(p: Pipeline, text: str, published: date) -> list[tuple[str, str, str]]:
    a = p.analyse(Report(id="t", title=text.split("\n")[0], text=text, published=published))
    return [(str(e.event_date), e.event_type, e.sub_event_type) for e in a.events]


FUNERAL = ("Hundreds mourn Dayton teen\n\n"
           "Hundreds of people gathered in Dayton for the funeral of Tavin Orrel, who was shot and killed "
           "by a deputy on Thursday.\n")


def test_a_funeral_for_a_man_shot_and_killed_is_no_protest(wide):
    """The shooting, on the Thursday its own clause tells; no protest, no force at the funeral."""
    found = _events(wide, FUNERAL, date(2023, 5, 9))
    assert found and all(t != "Protests" for _, t, _ in found)
    assert [d for d, _, _ in found] == ["2023-05-04"]


VIGIL = ("Candles for Dayton father\n\n"
         "Dozens of people gathered in Dayton for a vigil for Orlin Deck, who was stabbed and killed "
         "by soldiers on Friday.\n")


def test_a_vigil_for_a_man_stabbed_and_killed_is_no_protest(wide):
    found = _events(wide, VIGIL, date(2023, 5, 8))
    assert all(t != "Protests" for _, t, _ in found)


TWO_DAYS = ("Dayton teen laid to rest\n\n"
            "A gunman killed Tavin Orrel, 17, outside a corner store in Dayton on Thursday, police said. "
            "Hundreds gathered on Monday for the funeral of Orrel, who was shot in the head.\n")


def test_the_funeral_day_does_not_date_the_mourned_death(wide):
    """"Gathered on Monday for the funeral of X, who was shot": Monday is the funeral's day;
    the shooting keeps Thursday, told before, and is no second incident on Monday."""
    assert sorted({d for d, _, _ in _events(wide, TWO_DAYS, date(2023, 5, 10))}) == ["2023-05-04"]


@pytest.mark.parametrize("body", [
    # the parser makes "shot" a noun, the one mourned: "a teen shot dead"
    "Dozens of neighbours held a candlelight vigil in Dayton on Sunday for a teen shot dead on Friday.",
    # the same told beside the name it describes
    "Hundreds attended a vigil in Dayton on Sunday for Ray Mott, a teen shot dead on Friday.",
])
def test_a_vigil_for_someone_shot_dead_is_no_riot(wide, body):
    """The shooting, on its Friday; the vigil itself is no violent demonstration."""
    assert _events(wide, "Vigil held\n\n" + body, date(2023, 5, 15)) == [
        ("2023-05-12", "Other violence", "Shooting")]
