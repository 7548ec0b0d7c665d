"""Issue 3: a town's other name, unlike its own (the gazetteer's alternate names hold old
post-office names, a creek's or an area's), is no reading far from every town the report
settles, even where words place the name: in a report on towns in one area, "a fire in
Pleasant" is a place the gazetteer lacks, not a town hundreds of kilometres away once
called so. Beside the settled towns the other name still counts. The reports are written
for this test; the towns are real places, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_towns_other_name_far_from_the_settled_towns_is_no_answer(geocoder):
    got = found(geocoder, "Crews from Tillsonburg and Ingersoll were sent to a house fire in Pleasant on Sunday.")
    assert got["Tillsonburg"].admin1 == "Ontario"
    assert "Pleasant" not in got


def test_an_area_name_far_from_the_settled_towns_is_no_answer(geocoder):
    got = found(geocoder, "Deputies from Vine Grove and Elizabethtown were sent to a house fire in Sandhills on Sunday.")
    assert got["Elizabethtown"].admin1 == "Kentucky"
    assert "Sandhills" not in got


def test_a_towns_other_name_beside_the_settled_towns_still_counts(geocoder):
    got = found(geocoder, "Crews from Hinesville and Midway were sent to a house fire in Sandhills on Sunday.")
    assert got["Sandhills"].admin1 == "Georgia"
