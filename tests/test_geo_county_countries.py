"""Where a country's first-level units are counties (data/geo/county_countries.tsv),
"X County" names that unit: the county word does not hold the name to second-level
units, which there are none of that name or are abroad. Invented sentences."""
from __future__ import annotations

from geo_helpers import found


def test_an_irish_county_council_names_its_county(geocoder):
    places = found(geocoder, "Kerry County Council closed two beaches in Ireland after a storm.")
    m = places["Kerry"]
    assert (m.level, m.country_code) == ("admin1", "IE")


def test_a_county_word_still_means_a_second_level_unit_elsewhere(geocoder):
    places = found(geocoder, "Fairfax County officials closed two schools in Virginia.")
    m = places["Fairfax"]
    assert (m.level, m.country_code) == ("admin2", "US")
