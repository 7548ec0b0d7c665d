"""Issue 3: a one-word name in the possessive that owns no noun after it ("dinner at Kanab's,
400 Elm Ave.", "from the local Price's to watch") is a shop or restaurant named after its
founder, no toponym; a place's possessive owns something ("Kanab's mayor"), and after a
comparison ("higher than Price's") the possessive stands for a noun said before. Reports
invented for these tests; the towns are real, the events are not."""
from __future__ import annotations

from geo_helpers import found

_OPENING = "A barn burned near Provo, Utah, on Friday. "


def test_a_possessive_before_an_address_is_a_shop(geocoder):
    got = found(geocoder, _OPENING + "Crews later had dinner at Kanab's, 400 Elm Ave., downtown.")
    assert "Provo" in got
    assert "Kanab" not in got


def test_a_possessive_before_a_preposition_is_a_shop(geocoder):
    got = found(geocoder, _OPENING + "Neighbours walked down from the local Price's to watch the fire.")
    assert "Price" not in got


def test_a_possessive_owning_a_noun_is_the_town(geocoder):
    got = found(geocoder, _OPENING + "Kanab's mayor said crews helped.")
    assert got["Kanab"].admin1 == "Utah"


def test_a_possessive_after_a_comparison_is_the_town(geocoder):
    got = found(geocoder, _OPENING + "Its losses were higher than Price's, officials said.")
    assert got["Price"].admin1 == "Utah"
