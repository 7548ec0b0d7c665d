"""Issue 3, toponyms below the gazetteer: a name the words make a place ("the scene in X")
that the gazetteer lacks is put at the second-level unit of the place the paragraph named
last, when the gazetteer knows it, rather than at that place's first-level unit, whose
centre may lie hundreds of km away (England's centre is 370 km from Cornwall's). Without a
second-level unit the first-level unit stays. Invented villages, real units; parses built
by hand so that the tags are the ones under test."""
from __future__ import annotations

from geo_helpers import toponyms_by_name

from conflictlens.geo.gazetteer import haversine_km

_CORNISH = ("^In/ADP England/PROPN/B-GPE ,/PUNCT a/DET fire/NOUN broke/VERB out/ADP in/ADP the/DET "
            "town/NOUN of/ADP Camborne/PROPN/B-GPE ./PUNCT Firefighters/NOUN were/AUX "
            "at/ADP the/DET scene/NOUN in/ADP Pellowmere/PROPN/B-GPE ./PUNCT")
_STATE = ("^A/DET fire/NOUN broke/VERB out/ADP in/ADP Tennessee/PROPN/B-GPE ./PUNCT "
          "Firefighters/NOUN were/AUX at/ADP the/DET scene/NOUN in/ADP Pellowmere/PROPN/B-GPE ./PUNCT")


def test_a_place_below_the_gazetteer_sits_in_the_last_town_s_district(geocoder):
    m = toponyms_by_name(geocoder, _CORNISH)["Pellowmere"]
    assert m.country_code == "GB" and m.level == "admin2" and m.name == "Cornwall"
    assert m.geo_precision == 3
    assert haversine_km(m.latitude, m.longitude, 50.3, -4.9) < 100
    # (after a first-level unit it stays at that unit)
    m = toponyms_by_name(geocoder, _STATE)["Pellowmere"]
    assert m.country_code == "US" and m.level == "admin1" and m.name == "Tennessee"
