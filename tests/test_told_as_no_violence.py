"""What is told as no violence under ``--scope all-violence``. Invented reports only.

- A building fire whose cause is not told (classifier._burned_by_itself): "the dairy building
  burned down" codes nothing, in either scope, as a crime monitor would log no crime; a fire
  set by someone stays property destruction (or, under ``--scope all-violence``, a suspected
  arson stays an arson).
- "Shoot" of a thing that moves fast (events/other_violence.py: movers): "flames shooting out
  from the roof", "prices shot up" code nothing; a person who shoots still does.
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
    r = Report(id="f", title=title, text=title + "\n\n" + body, published=date(2024, 5, 14), source="Test Daily")
    return [(e.event_type, e.sub_event_type) for e in pipe.process(r)]


BURNED = ("Old creamery lost to fire in Palmer",
          "The old creamery building in Palmer, Alaska, burned down early on Tuesday, the fire chief said. "
          "Nobody was hurt.")


def test_a_building_that_burned_down_codes_nothing(pipeline, wide):
    assert _coded(pipeline, *BURNED) == []
    assert _coded(wide, *BURNED) == []


def test_a_suspected_arson_is_still_an_arson(wide):
    got = _coded(wide, "Creamery fire in Palmer", "The old creamery building in Palmer, Alaska, burned down early "
                 "on Tuesday. Arson is suspected, the fire chief said.")
    assert got == [("Other violence", "Arson")]


def test_houses_burned_down_by_rebels_stay_property_destruction(pipeline):
    got = _coded(pipeline, "Village attacked", "Rebels burned down twenty houses in Kaga, Nigeria, on Tuesday.")
    assert ("Strategic developments", "Looting/property destruction") in got


@pytest.mark.parametrize("body", [
    "The fire chief in Palmer, Alaska, saw flames shooting out from under the roof of the old mill on Tuesday.",
    "Fuel prices shot up in Palmer, Alaska, on Tuesday, traders said.",
])
def test_a_thing_that_shoots_out_is_no_shooting(wide, body):
    assert _coded(wide, "News from Palmer", body) == []


def test_a_person_who_shoots_is_still_a_shooting(wide):
    assert _coded(wide, "News from Palmer", "A man shot his neighbour in Palmer, Alaska, on Tuesday, "
                  "police said.") == [("Other violence", "Shooting")]
