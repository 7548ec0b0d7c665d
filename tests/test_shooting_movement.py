""""Shoot" of a thing that moves fast is no shooting (events/other_violence.py: movers):
"flames shooting out from the roof", "prices shot up" code nothing under
``--scope all-violence``; a person who shoots still does. Invented sentences only.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _coded(pipe, title, body):
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 5, 14), source="Test Daily")
    return [(e.event_type, e.sub_event_type) for e in pipe.process(r)]


@pytest.mark.parametrize("body", [
    "The fire chief in Palmer, Alaska, saw flames shooting out from under the roof of the old mill on Tuesday.",
    "Fuel prices shot up in Palmer, Alaska, on Tuesday, traders said.",
])
def test_a_thing_that_shoots_out_is_no_shooting(wide, body):
    assert _coded(wide, "News from Palmer", body) == []


def test_a_person_who_shoots_is_still_a_shooting(wide):
    assert _coded(wide, "News from Palmer", "A man shot his neighbour in Palmer, Alaska, on Tuesday, "
                  "police said.") == [("Other violence", "Shooting")]
