"""Issue 6: a county name (with or without its word) is read in the state where the report's
other towns lie, however small that county is beside its namesakes elsewhere; a village that
only shares the name of a city the report names (a Philadelphia in another state) draws no
county to its state. Invented reports, real towns."""
from __future__ import annotations

import pytest

from conflictlens.geo import ranking
from geo_helpers import place_named

CASES = [
    # the report's town lies in Pennsylvania, whose Jefferson County is small beside
    # Kentucky's; New York's holds a village called Philadelphia
    ("Two workers were shot dead at a bakery in Philadelphia on Thursday. A third man was taken "
     "to Jefferson with a gunshot wound.", "Jefferson", "Pennsylvania"),
    ("A hunter was shot dead near Altoona on Tuesday. Medics drove him on to Jefferson.",
     "Jefferson", "Pennsylvania"),
    ("A man was shot dead in Harrisburg on Tuesday. Troopers found the car in Jefferson County.",
     "Jefferson", "Pennsylvania"),
    ("A man was shot dead in Boise on Tuesday. Deputies found the car in Jefferson County.",
     "Jefferson", "Idaho"),
]


@pytest.mark.parametrize("text, name, state", CASES)
def test_county_read_in_the_state_of_the_towns(geocoder, text, name, state):
    m = place_named(geocoder, text, name)
    assert m is not None and m.admin1 == state and m.admin2 == "Jefferson County"


@pytest.mark.parametrize("text, name, state", CASES)
def test_without_the_rule_a_namesake_county_elsewhere(gazetteer_file, monkeypatch, text, name, state):
    from conflictlens.geo import Gazetteer, Geocoder
    monkeypatch.setattr(ranking, "COUNTY_IN_TOWNS_STATE", False)
    fresh = Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False))
    m = place_named(fresh, text, name)
    assert m is None or m.admin1 != state


def test_a_name_said_as_a_county_is_no_town_of_the_report(geocoder):
    # "Jefferson County" names no town Jefferson: it draws Montgomery to no state
    text = "A man was shot dead in Montgomery on Tuesday. Troopers found the car in Jefferson County."
    m = place_named(geocoder, text, "Montgomery")
    assert m is not None and m.admin1 == "Alabama"


def test_a_town_abroad_lends_no_state_to_a_county(geocoder):
    # London and Sarnia are Ontario's here: the small Londons of Ohio or Kentucky hold no
    # Erie County of theirs, and Erie stays the Pennsylvania city
    text = ("Police in London, Ontario, said a truck driver from Erie was stopped near Sarnia on Monday. "
            "Officers found a rifle in the cab of the Erie man's truck, London police said.")
    m = place_named(geocoder, text, "Erie")
    assert m is not None and m.admin1 == "Pennsylvania"
