"""Issue 3 / issue 6: a town a crime report names only as a bearing ("a trailer park north of
Tampa") is the point the scene is told from, not the scene: the dateline's town is the
report's place. Invented report; real place names."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(pipeline, text):
    title, body = text.split("\n\n", 1)
    r = Report(id="b", title=title, text=text, published=date(2024, 5, 8))
    return [e for e in pipeline.process(r) if e.event_type == "Other violence"]


def test_a_town_named_as_a_bearing_gives_way_to_the_dateline_town(wide):
    text = ("Deputies: teen shoots cousin during argument\n\n"
            "HUDSON, Fla. (AP) - A 15-year-old boy shot his cousin during an argument Tuesday night, "
            "deputies said.\n\n"
            "The boys were alone at the Palmetto Pines trailer park north of Tampa while their parents "
            "were at work, a sheriff's spokeswoman said.")
    events = _events(wide, text)
    assert events and {e.location for e in events} == {"Hudson"}


def test_a_town_also_named_as_the_scene_stays(wide):
    text = ("Deputies: teen shoots cousin during argument\n\n"
            "HUDSON, Fla. (AP) - A 15-year-old boy shot his cousin during an argument Tuesday night in "
            "Tampa, deputies said.\n\n"
            "The boys were alone at a trailer park north of Tampa while their parents were at work.")
    events = _events(wide, text)
    assert events and {e.location for e in events} == {"Tampa"}
