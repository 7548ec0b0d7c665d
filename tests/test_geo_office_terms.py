"""A one-word name before a word of a leader's term ("the Clinton administration",
data/geo/office_terms.tsv) is a person, no town of that name."""
from __future__ import annotations

from geo_helpers import tagged_text


def names(geocoder, doc):
    return {m.text for m in geocoder.find_places(doc)}


def test_a_leaders_administration_names_no_town(geocoder):
    # (tagged a place, as the small model sometimes tags it)
    doc = tagged_text("^The/DET Clinton/PROPN/B-GPE administration/NOUN backed/VERB the/DET plan/NOUN "
                      "in/ADP Ohio/PROPN/B-GPE ./PUNCT")
    assert names(geocoder, doc) == {"Ohio"}
    doc = tagged_text("^Aid/NOUN fell/VERB during/ADP the/DET Carter/PROPN/B-GPE presidency/NOUN ./PUNCT")
    assert names(geocoder, doc) == set()


def test_a_countrys_administration_is_still_the_country(geocoder):
    doc = tagged_text("^The/DET US/PROPN/B-GPE administration/NOUN backed/VERB the/DET plan/NOUN ./PUNCT")
    assert names(geocoder, doc) == {"US"}


def test_the_town_before_other_words_is_still_read(geocoder):
    doc = tagged_text("^The/DET Clinton/PROPN/B-GPE council/NOUN backed/VERB the/DET plan/NOUN "
                      "in/ADP Ohio/PROPN/B-GPE ./PUNCT")
    assert "Clinton" in names(geocoder, doc)
