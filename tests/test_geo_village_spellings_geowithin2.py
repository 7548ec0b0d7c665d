"""Issue 3: a village called only by another name of it spelt alike ("Cranberry", an old
name of Cranbury, New Jersey) in a state the report names nowhere, while the report's
real towns lie in another state of that country, is a place the gazetteer lacks (the
Pennsylvania township beside Pittsburgh), not the far village; beside the report's towns
of its own state it still counts. The reports are invented for this test."""
from __future__ import annotations

from geo_helpers import place_named


def test_a_far_village_called_by_another_spelling_is_no_answer(geocoder):
    text = "A man from Cranberry was arrested after a car chase near Pittsburgh on Sunday."
    assert place_named(geocoder, text, "Pittsburgh").admin1 == "Pennsylvania"
    assert place_named(geocoder, text, "Cranberry") is None


def test_the_village_beside_the_report_towns_of_its_state_still_counts(geocoder):
    text = "Police in Cranberry and Hightstown searched for a gunman on Sunday."
    m = place_named(geocoder, text, "Cranberry")
    assert m is not None and m.admin1 == "New Jersey"
