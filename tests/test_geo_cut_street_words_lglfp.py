"""A street word alone that closes a street's name the model cut in two ("of 22 Hollyhock
Lane," with "Lane" tagged a person) is the street's end, no county or town of that name.
A county's name before its plural word ("Lane and Pike counties") stays. Reports invented
for these tests; the places are real, the people and events are not."""
from __future__ import annotations

from geo_helpers import found


def test_a_street_word_cut_from_its_street_is_no_place(geocoder):
    got = found(geocoder, "Tom Voss, 40, of 22 Hollyhock Lane, was charged on Friday, Dayton, Ohio police said.")
    assert "Dayton" in got
    assert "Lane" not in got


def test_a_county_named_like_a_street_word_stays(geocoder):
    got = found(geocoder, "Deputies from Lane and Douglas counties searched the woods near Eugene, Oregon.")
    assert got["Lane"].level == "admin2"
