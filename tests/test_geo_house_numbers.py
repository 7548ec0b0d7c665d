"""A house number and a compass point before a name make it a street of an address
("at 412 W. Center"), not a town of that name; a number before a state's or town's own
name stays a count ("12 North Dakota towns"). Sentences are written for these tests;
the names in them are real places (the gazetteer has no invented ones), the people and
events invented.
"""
from __future__ import annotations

import pytest

from geo_helpers import found




@pytest.mark.parametrize("text", [
    "A woman was hurt at a home on 412 W. Center on Monday afternoon in Provo, Utah, police said.",
    "Officers found the car outside 2210 North Hastings late on Friday in Provo, Utah.",
])
def test_a_house_number_and_compass_point_make_a_street(geocoder, text):
    got = found(geocoder, text)
    assert set(got) == {"Provo", "Utah"}
    assert got["Provo"].admin1 == "Utah"


@pytest.mark.parametrize("text, name", [
    ("Sheriffs in 12 North Dakota counties asked for help on Monday.", "North Dakota"),
    ("About 40 West Virginia miners marched to the capitol on Monday.", "West Virginia"),
])
def test_a_count_before_a_units_name_is_no_address(geocoder, text, name):
    assert found(geocoder, text)[name].level == "admin1"


@pytest.mark.parametrize("text", [
    "Vandals smashed the windscreen of a van parked in East Street, Abingdon, last week.",
    "A pipe burst under West Road in Abingdon, England, on Monday.",
])
def test_a_compass_word_and_a_street_word_make_a_street(geocoder, text):
    assert set(found(geocoder, text)) <= {"Abingdon", "England"}
