"""Issue 6: a county-level place holds only its own towns when the report's sentences tell
violence at both (a town of another county of the state is another place), while a town
told as where a person is from or is back home stays out of the scene. Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.events import episodes
from geo_helpers import violence_places as _places

_TWO_PLACES = ("Two shot in separate weekend shootings",
               "A man was shot dead on Saturday night in Greene County, Ohio, the Greene County sheriff said. "
               "Deputies found him in a field off a gravel road. "
               "On Saturday night a woman was also wounded by gunfire outside a bar in Zanesville, police said.")


def test_a_town_of_another_county_is_another_place(violence_pipeline):
    got = _places(violence_pipeline, *_TWO_PLACES)
    assert "Zanesville" in got and len(got) == 2


def test_without_the_rule_the_county_swallows_the_town(violence_pipeline, monkeypatch):
    monkeypatch.setattr(episodes, "OWN_TOWNS", False)
    assert _places(violence_pipeline, *_TWO_PLACES) == {"Zanesville"}


def test_a_hometown_sentence_stays_with_the_county(violence_pipeline):
    got = _places(violence_pipeline, "Hunter dies in woods",
                  "A hunter was shot dead on Saturday in Greene County, Ohio, the Greene County sheriff said. "
                  "Jo Reyes, 40, of Zanesville, died at the scene.")
    assert got and "Zanesville" not in got and len(got) == 1


@pytest.mark.parametrize("body", [
    "A teenager hunting deer was hit by a stray round on Sunday in Greene County, the Greene County "
    "sheriff said. Doctors treated her for two days and she went back home in Zanesville on Tuesday.",
])
def test_back_home_is_no_scene(violence_pipeline, body):
    got = _places(violence_pipeline, "Girl shot at gun range", body)
    assert got and "Zanesville" not in got


def test_shot_at_her_home_is_the_scene(violence_pipeline):
    got = _places(violence_pipeline, "Woman shot at home",
                  "A woman was shot at her home in Zanesville on Sunday, the Allen County sheriff said.")
    assert got == {"Zanesville"}
