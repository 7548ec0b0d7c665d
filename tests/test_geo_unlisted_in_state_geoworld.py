"""Issue 3, international news toponyms: a name below the gazetteer that a report puts,
after "in" and a comma, inside a state ("the laboratories in Fort Halvern, Maryland") is a
place of that state for toponym output, at the state's point; without the locative
preposition ("Fort Halvern, Maryland, said") it stays unanswered. Invented base and
camp names, real states; parses built by hand so that the tags are the ones under test."""
from __future__ import annotations

from geo_helpers import toponyms_by_name

_IN = ("^Scientists/NOUN worked/VERB at/ADP the/DET laboratories/NOUN in/ADP "
       "Fort/PROPN/B-GPE Halvern/PROPN/I-GPE ,/PUNCT Maryland/PROPN/B-GPE ,/PUNCT for/ADP "
       "years/NOUN ./PUNCT")
_NO_IN = ("^Fort/PROPN/B-ORG Halvern/PROPN/I-ORG ,/PUNCT Maryland/PROPN/B-GPE ,/PUNCT "
          "said/VERB on/ADP Monday/PROPN that/SCONJ the/DET tests/NOUN ended/VERB ./PUNCT")


def test_an_unlisted_place_in_a_state_is_a_toponym_of_that_state(geocoder):
    got = toponyms_by_name(geocoder, _IN)
    assert got["Fort Halvern"].country_code == "US"
    assert got["Fort Halvern"].admin1 == "Maryland"
    assert got["Fort Halvern"].geo_precision == 3


def test_an_unlisted_name_without_a_locative_preposition_is_no_toponym(geocoder):
    got = toponyms_by_name(geocoder, _NO_IN)
    assert "Fort Halvern" not in got and "Maryland" in got
