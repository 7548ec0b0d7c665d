"""Issue 3: a compass word opening a town's own name before a local public body's word
("the North Augusta City Council") is part of that town's name: a section of a town has
no council or police of its own, so the body is the town's, not one of the town named
without the compass word. A lower-case compass word stays a direction. The reports are
written for this test; the towns are real places, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_compass_word_opening_a_towns_council_is_the_towns_name(geocoder):
    text = "The North Augusta City Council voted on Monday to repave two streets near the river."
    got = found(geocoder, text)
    assert "North Augusta" in got
    assert got["North Augusta"].admin1 == "South Carolina"


def test_a_lower_case_compass_word_stays_a_direction(geocoder):
    text = "Police said the fire started in north Arlington late on Friday. Arlington police are investigating."
    got = found(geocoder, text)
    assert "north Arlington" not in got and "Arlington" in got
