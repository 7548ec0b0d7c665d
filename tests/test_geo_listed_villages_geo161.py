"""Issue 3, international news toponyms: a village below the gazetteer listed under a town's
word with villages the report resolved ("the villages of Barkway and Marrowdyke") is placed
at the village listed next to it, precision 2, as ACLED places a village it cannot find at
the nearest known town; with no town's word ("officials from Baldock and Marrowdyke") it
stays unanswered. Invented village, real villages; parses built by hand so that the tags
are the ones under test."""
from __future__ import annotations

from geo_helpers import tagged_text

_VILLAGES = ("^Birds/NOUN died/VERB in/ADP the/DET villages/NOUN of/ADP Barkway/PROPN/B-GPE ,/PUNCT "
             "Baldock/PROPN/B-ORG and/CCONJ Marrowdyke/PROPN/B-PERSON ,/PUNCT England/PROPN/B-GPE ./PUNCT")
_NO_WORD = ("^Officials/NOUN from/ADP Baldock/PROPN/B-GPE and/CCONJ Marrowdyke/PROPN/B-PERSON "
            "met/VERB in/ADP England/PROPN/B-GPE ./PUNCT")


def _found(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(spec))}


def test_an_unlisted_village_is_placed_at_the_village_listed_before_it(geocoder):
    got = _found(geocoder, _VILLAGES)
    assert got["Marrowdyke"].name == "Baldock"
    assert got["Marrowdyke"].country_code == "GB"
    assert got["Marrowdyke"].geo_precision == 2


def test_a_name_listed_without_a_town_word_stays_unanswered(geocoder):
    got = _found(geocoder, _NO_WORD)
    assert "Baldock" in got and "Marrowdyke" not in got
