"""A month's or a weekday's name after "in" or a comma is a date, not the place a name
lies in: "against Kane in May" leaves the surname of a person named in full a person,
not a town. Invented sentences, real towns."""
from __future__ import annotations

import pytest
from geo_helpers import found


@pytest.mark.parametrize("text", [
    "Paul Anthony Kearns, 51, was taken to a hospital in Denver, Colorado. "
    "A judge had granted an order against Kearns in May.",
    "Paul Anthony Kearns, 51, was taken to a hospital in Denver, Colorado. "
    "Officers arrested Kearns on Friday and freed Kearns, Saturday.",
])
def test_a_surname_before_a_date_stays_the_person(geocoder, text):
    assert "Kearns" not in found(geocoder, text)


def test_a_surname_in_a_place_still_places_it(geocoder):
    text = ("Paul Anthony Kearns, 51, was taken to a hospital in Denver, Colorado. "
            "He had lived in Kearns, Utah, for years.")
    assert "Kearns" in found(geocoder, text)
