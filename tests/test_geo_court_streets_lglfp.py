"""A name before "Court" right after "on" ("parked on Avon Court") is a street's: a court of
law is sat in or appeared before, not parked on. "in Avon Municipal Court" keeps its town.
Reports invented for these tests; the places are real, the events are not."""
from __future__ import annotations

from geo_helpers import found


def test_a_court_after_on_is_a_street(geocoder):
    got = found(geocoder, "A stolen van was found parked on Avon Court after a neighbour called Dayton, Ohio police.")
    assert "Dayton" in got
    assert "Avon" not in got


def test_a_court_of_law_keeps_its_town(geocoder):
    got = found(geocoder, "Jo Ames appeared in Avon Municipal Court on Monday, the Cleveland, Ohio paper said.")
    assert got["Avon"].admin1 == "Ohio"
