"""Issue 3, international news toponyms: a name below the gazetteer that a town's word
introduces and "in" puts inside a first- or second-level unit ("the village of Marrowdyke in
Fife") is a place of that unit for toponym output, at the unit's point, as the comma form
("in Fort Halvern, Maryland") already is; without the town's word ("Jo Marrowdyke in Fife")
it stays unanswered. Invented village and person, real units; parses built by hand so that
the tags are the ones under test."""
from __future__ import annotations

from geo_helpers import toponyms_by_name

_VILLAGE = ("^A/DET swan/NOUN was/AUX found/VERB in/ADP the/DET village/NOUN of/ADP "
            "Marrowdyke/PROPN/B-PERSON in/ADP Fife/PROPN/B-GPE ,/PUNCT Scotland/PROPN/B-GPE ./PUNCT")
_PERSON = ("^A/DET swan/NOUN was/AUX found/VERB by/ADP Jo/PROPN/B-PERSON "
           "Marrowdyke/PROPN/I-PERSON in/ADP Fife/PROPN/B-GPE ,/PUNCT Scotland/PROPN/B-GPE ./PUNCT")


def test_a_village_below_the_gazetteer_in_a_unit_is_a_toponym_of_that_unit(geocoder):
    got = toponyms_by_name(geocoder, _VILLAGE)
    assert got["Marrowdyke"].country_code == "GB"
    assert got["Marrowdyke"].name == "Fife"
    assert got["Marrowdyke"].geo_precision == 3


def test_a_person_in_a_unit_is_no_toponym(geocoder):
    got = toponyms_by_name(geocoder, _PERSON)
    assert "Jo Marrowdyke" not in got and "Marrowdyke" not in got and "Fife" in got
