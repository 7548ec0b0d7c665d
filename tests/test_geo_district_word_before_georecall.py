"""A name after a town's name and a district's word ("in Nairobi slum Mathare") is a part
of that town, as the word after the name makes it ("the Mathare slum"); a slum is a
district of its town (data/geo/features.tsv)."""
from __future__ import annotations

from geo_helpers import found


def test_a_name_after_a_town_and_a_district_word_is_in_the_town(geocoder):
    got = found(geocoder, "Medics said many who drank the tainted liquor fell ill at home, "
                          "in Nairobi slum Mathare, on Tuesday.")
    assert got["Mathare"].name == "Nairobi" and got["Mathare"].level == "feature"
    assert got["Mathare"].location.endswith("Mathare")
