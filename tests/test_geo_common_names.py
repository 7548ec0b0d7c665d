"""Capitalised words that name no place in news although GeoNames has towns so called
(``data/geo/common_names.tsv``): the planet and the president's office. Invented
sentences, real places."""
from __future__ import annotations

import pytest
from geo_helpers import found


def test_the_planet_is_no_town(geocoder):
    text = "Two astronauts from Houston, Texas, will orbit the Earth for six months, NASA said."
    assert "Earth" not in found(geocoder, text)


def test_the_presidents_office_is_no_town(geocoder):
    text = "The plan for Memphis, Tennessee, was turned down by the White House on Friday."
    assert "White House" not in found(geocoder, text)


def test_the_town_after_a_comma_stays(geocoder):
    text = "A grass fire burned near Earth, Texas, on Sunday."
    assert found(geocoder, text)["Earth"].admin1 == "Texas"


@pytest.mark.parametrize("text, word", [
    ("Jo Kane, a Democrat, spoke to voters in Dayton, Ohio, on Tuesday.", "Democrat"),
    ("The lone Republican in the race, Jo Kane, spoke in Roanoke, Virginia, on Monday.", "Republican"),
    ("The chairman of the House Majority Caucus spoke in Fresno, California, on Friday.", "Caucus"),
])
def test_a_party_word_is_no_town(geocoder, text, word):
    assert word not in found(geocoder, text)
