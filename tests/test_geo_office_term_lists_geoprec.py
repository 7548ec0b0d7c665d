"""A one-word name opening a list of leaders' names that a plural word of their terms of
office closes ("the Clinton and Bush administrations") is a person, as before the
singular word ("the Clinton administration"); a list of towns before another plural
noun stays a list of towns."""
from __future__ import annotations

from geo_helpers import tagged_text


def names(geocoder, doc):
    return {m.text for m in geocoder.find_places(doc)}


def test_a_leader_listed_before_administrations_names_no_town(geocoder):
    # (tagged a place, as the small model sometimes tags it)
    doc = tagged_text("^Trade/NOUN grew/VERB under/ADP the/DET Clinton/PROPN/B-GPE and/CCONJ Bush/PROPN/B-PERSON "
                      "administrations/NOUN in/ADP Ohio/PROPN/B-GPE ./PUNCT")
    assert names(geocoder, doc) == {"Ohio"}


def test_towns_listed_before_other_plural_nouns_stay_towns(geocoder):
    doc = tagged_text("^The/DET Clinton/PROPN/B-GPE and/CCONJ Dayton/PROPN/B-GPE councils/NOUN "
                      "met/VERB in/ADP Ohio/PROPN/B-GPE ./PUNCT")
    assert "Clinton" in names(geocoder, doc)
