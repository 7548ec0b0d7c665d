"""A question asking whether something happened ("Was the fire set?", a headline "Arson in
Alaska?") tells no event; a question asking who or why takes the event as told ("Who shot the
guard on Sunday?"), and so does a statement with a question tacked on. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

WED = date(2016, 5, 11)


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(p: Pipeline, text: str) -> list[tuple[str, str]]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return sorted((str(e.event_date), e.sub_event_type) for e in a.events)


@pytest.mark.parametrize("text", [
    "Fire in Anchorage\n\nA vacant house on Elm Street in Anchorage burned on Monday. Was the fire set by an "
    "arsonist? Investigators do not know yet.\n",
    "Shots in Anchorage?\n\nDid someone shoot at the school bus in Anchorage, Alaska? Police are checking a "
    "cracked window.\n",
    # a verbless headline asking: before, a shooting on the report's day
    "Another shooting in Anchorage?\n\nResidents of the Elm Street area in Anchorage, Alaska, heard loud bangs "
    "on Monday night.\n",
])
def test_a_question_whether_it_happened_codes_no_event(wide, text):
    assert _events(wide, text) == []


def test_a_question_who_did_it_keeps_the_event(wide):
    text = "Appeal in Anchorage\n\nWho shot Tom Smith on Elm Street in Anchorage, Alaska, on Sunday? Police ask for help.\n"
    assert ("2016-05-08", "Shooting") in _events(wide, text)
