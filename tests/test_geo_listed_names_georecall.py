"""A name the model took for a person, listed right beside a name it tagged a place that
resolved to a town or a unit, is an item of that list of places, in that place's country,
even in a round-up naming many countries; a full personal name or a body's name is not."""
from __future__ import annotations

from geo_helpers import tagged_text

ROUNDUP = ("^Officials/NOUN in/ADP China/PROPN/B-GPE ,/PUNCT Peru/PROPN/B-GPE ,/PUNCT Japan/PROPN/B-GPE ,/PUNCT "
           "Chile/PROPN/B-GPE ,/PUNCT Egypt/PROPN/B-GPE ,/PUNCT Brazil/PROPN/B-GPE ,/PUNCT India/PROPN/B-GPE ,/PUNCT "
           "Mexico/PROPN/B-GPE and/CCONJ Spain/PROPN/B-GPE counted/VERB cases/NOUN ./PUNCT ")


def _names(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(ROUNDUP + spec), organisations=True)}


def test_a_person_tagged_name_listed_before_a_tagged_unit_is_a_place(geocoder):
    got = _names(geocoder, "^The/DET worst/ADJ hit/VERB were/AUX Kitui/PROPN/B-PERSON and/CCONJ "
                           "Machakos/PROPN/B-GPE ,/PUNCT with/ADP nine/NUM cases/NOUN ./PUNCT")
    assert "Kitui" in got and got["Kitui"].country_code == "KE"


def test_a_full_personal_name_in_the_list_stays_a_person(geocoder):
    got = _names(geocoder, "^The/DET worst/ADJ hit/VERB were/AUX Kitui/PROPN/B-PERSON Otieno/PROPN/I-PERSON "
                           "and/CCONJ Machakos/PROPN/B-GPE ./PUNCT")
    assert "Kitui Otieno" not in got and "Kitui" not in got
