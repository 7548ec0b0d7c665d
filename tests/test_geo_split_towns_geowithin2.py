"""Issue 3: the small model often tags the first word of a two-word town alone as a place
and the second as a body or a person ("Boa" + "Vista"); read apart, the second word is
another town (Vista, California). Together they are the town's own name. The reports
are invented for this test."""
from __future__ import annotations

from geo_helpers import place_named


def test_a_two_word_town_the_model_tags_apart_is_read_whole(geocoder):
    m = place_named(geocoder, "Gunmen shot a shopkeeper in Boa Vista on Friday night.", "Boa Vista")
    assert m is not None and m.country_code == "BR"
    m = place_named(geocoder, "Two guards were wounded in Volta Redonda on Friday night.", "Volta Redonda")
    assert m is not None and m.country_code == "BR"
