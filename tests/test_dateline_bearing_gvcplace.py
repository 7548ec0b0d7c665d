"""Issue 3 / issue 6: a town a crime report names only as a bearing ("a bait shop west of
Gainesville") is the point the scene is told from, not the scene: the dateline's town is the
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
    text = ("Angler shot in quarrel over a boat ramp\n\n"
            "OCALA, Fla. (AP) - A fisherman was shot in the leg during a quarrel over a boat ramp on "
            "Sunday morning, deputies said.\n\n"
            "The ramp lies behind the Cypress Hollow bait shop west of Gainesville, a sheriff's "
            "spokesman said.")
    events = _events(wide, text)
    assert events and {e.location for e in events} == {"Ocala"}


def test_a_town_also_named_as_the_scene_stays(wide):
    text = ("Angler shot in quarrel over a boat ramp\n\n"
            "OCALA, Fla. (AP) - A fisherman was shot in the leg during a quarrel over a boat ramp on "
            "Sunday morning in Gainesville, deputies said.\n\n"
            "The ramp lies behind a bait shop west of Gainesville.")
    events = _events(wide, text)
    assert events and {e.location for e in events} == {"Gainesville"}
