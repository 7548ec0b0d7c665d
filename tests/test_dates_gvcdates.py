"""The incident's day (GVC, gvcdates branch). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

WED = date(2016, 5, 11)  # a Wednesday: Friday is the 6th, Saturday the 7th, Sunday the 8th


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str, sub: str) -> list[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return sorted(str(e.event_date) for e in a.events if e.sub_event_type == sub)


def _mention_days(p: Pipeline, text: str) -> set[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return {str(d) for m in a.mentions for d in m.days}


def test_a_day_owning_another_incident_does_not_date_the_story(wide):
    """"an April incident" is some other incident told beside the story: a sentence that never
    dates its violence does not take April as its day."""
    text = ("Gunman killed in Dunmore bar was a suspect\n\n"
            "A man who fired at patrons of a bar in Dunmore, Pennsylvania, late Friday died when a guard shot back.\n\n"
            "The man, 31, was a suspect in an April incident also in Dunmore, according to court records.\n")
    assert not any(d.startswith("2016-04") for d in _mention_days(wide, text))

