"""Issue 3: "the" and a one-word name the model took for a person before a household's noun
("the Kanab home burned", "in the Delta vehicle", ``data/geo/household_nouns.tsv``) name a
family, as "the Smith home" does, not a town; with "of" after the noun ("the Kanab home of
Jo Lee") the name is where the home is. Reports invented for these tests (parses built by
hand, so that the model's tags are the ones under test); the towns are real, the events are
not."""
from __future__ import annotations

from geo_helpers import tagged_text

_OPENING = "^Police/NOUN in/ADP Provo/PROPN/B-GPE ,/PUNCT Utah/PROPN/B-GPE ,/PUNCT said/VERB "


def _names(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(_OPENING + spec))}


def test_a_familys_home_is_no_town(geocoder):
    got = _names(geocoder, "the/DET Kanab/PROPN/B-PERSON home/NOUN burned/VERB ./PUNCT")
    assert "Provo" in got
    assert "Kanab" not in got


def test_a_familys_vehicle_is_no_town(geocoder):
    got = _names(geocoder, "a/DET child/NOUN in/ADP the/DET Delta/PROPN/B-PERSON vehicle/NOUN "
                           "was/AUX hurt/VERB ./PUNCT")
    assert "Delta" not in got


def test_a_home_of_someone_in_a_town_stays_the_town(geocoder):
    got = _names(geocoder, "the/DET Kanab/PROPN/B-PERSON home/NOUN of/ADP Jo/PROPN/B-PERSON "
                           "Lee/PROPN/I-PERSON burned/VERB ./PUNCT")
    assert got["Kanab"].admin1 == "Utah"
