"""Issue 3: of the counties of one name ("Marion County" is in more than a dozen states), the
one near the towns the report settles gains by its nearness however few live in it. The size
floor that keeps a village from taking a city's name (a town must have a twentieth of its
largest namesake's people) does not fit counties written with their word: they are named
after the same person in many states, and a rural county is no village borrowing the name
of the county holding Indianapolis. The reports are written for these tests; the places are
real, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_small_county_beside_the_reports_town_is_the_one(geocoder):
    text = ("A man was found shot on a boat ramp on Tuesday, the Marion County Sheriff's Office "
            "said. He was flown to a hospital in Shreveport.")
    assert found(geocoder, text)["Marion"].admin1 == "Texas"


def test_with_no_county_of_the_name_near_the_largest_keeps_it(geocoder):
    text = ("A boy was hurt on a farm on Tuesday, the Marion County Sheriff's Office said. He was "
            "flown to a hospital in Casper.")
    assert found(geocoder, text)["Marion"].admin1 == "Indiana"
