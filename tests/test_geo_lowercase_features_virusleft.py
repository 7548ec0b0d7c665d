"""An outdoor feature the gazetteer lacks whose word is written in lower case ("Qelvanu
island", "Xarbotu and Qelvanu islands") is a toponym, placed as "Qelvanu Island" would be
(geo/sublocal.py _lowercase_feature_word). Invented reports and island names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


@pytest.mark.parametrize("text, name", [
    ("A kayaker was rescued off Motuhora island near Auckland on Tuesday.", "Motuhora island"),
    ("Auckland rangers said the kiwi chicks were released on Qelvanu island this week.", "Qelvanu island"),
])
def test_lowercase_island_is_placed_at_its_town(geocoder, text, name):
    m = toponyms(geocoder, text)[name]
    assert m.level == "feature" and m.country_code == "NZ"
    assert m.location == "Auckland - " + name.split()[0] + " Island"


def test_plural_feature_word_counts_for_both_names(geocoder):
    found = toponyms(geocoder, "Auckland rangers said the kiwi chicks were released on "
                               "Xarbotu and Qelvanu islands this week.")
    assert found["Xarbotu"].location == "Auckland - Xarbotu Island"
    assert found["Qelvanu islands"].location == "Auckland - Qelvanu Island"


@pytest.mark.parametrize("text", [
    "Auckland police said Xarbotu and Qelvanu had left the island.",
    "Auckland rangers said Mr Qelvanu and Mr Xarbotu met.",
])
def test_people_with_no_feature_word_stay_out(geocoder, text):
    assert set(toponyms(geocoder, text)) == {"Auckland"}
