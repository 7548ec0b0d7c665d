"""Where a feature the gazetteer lacks lies (geo/sublocal.py ``_feature_place``,
``_feature_town``): a town named after it counts only in the feature's own sentence (the
next sentence may be about another place of the report); a feature put in a state that
holds a town of the feature's own name lies at that town."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_town_in_the_next_sentence_does_not_place_a_fort(geocoder):
    text = ("Vaccine stocks questioned. The doses were most likely made at Fort Quenby in the "
            "1990s. A Denver spokesman declined to say where the new batch would come from.")
    found = toponyms(geocoder, text)
    assert "Denver" in found
    assert "Fort Quenby" not in found


def test_a_town_later_in_the_same_sentence_still_places_it(geocoder):
    text = ("Vaccine stocks questioned. The doses were made at Fort Quenby, the laboratory "
            "nearest to Denver, officials said.")
    assert toponyms(geocoder, text)["Fort Quenby"].name == "Denver"


def test_a_feature_in_a_state_bearing_a_town_name_of_that_state_lies_at_the_town(geocoder):
    text = ("Samples tested. The samples went to the Ogden Proving Ground in Utah for tests, "
            "officials said.")
    m = toponyms(geocoder, text)["Ogden Proving Ground"]
    assert (m.name, m.admin1, m.level, m.geo_precision) == ("Ogden", "Utah", "feature", 2)


def test_a_feature_with_no_such_town_stays_at_its_state(geocoder):
    text = ("Samples tested. The samples went to the Quenby Proving Ground in Utah for tests, "
            "officials said.")
    m = toponyms(geocoder, text)["Quenby Proving Ground"]
    assert (m.name, m.level, m.geo_precision) == ("Utah", "feature", 3)
