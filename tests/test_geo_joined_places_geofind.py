"""A name joined to a plural noun of places after it ("Goma and two nearby towns", "Beni
and the surrounding villages") is one of those places, whatever the model tagged it, and
a candidate even where it opens a sentence untagged; a person joined to people is not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_name_the_model_took_for_a_person_joined_to_towns_is_a_town(geocoder):
    text = "Cholera spreads in Congo. Officials sent doctors to Goma and the surrounding villages on Monday."
    assert toponyms(geocoder, text)["Goma"].country_code == "CD"
    text = "Cholera spreads in Congo. Aid reached Beni and several other cities by road."
    assert toponyms(geocoder, text)["Beni"].country_code == "CD"


def test_an_untagged_word_opening_a_sentence_joined_to_towns_is_a_town(geocoder):
    text = "Cholera spreads in Mozambique. Tete and two nearby towns have run short of vaccine, officials said."
    assert toponyms(geocoder, text)["Tete"].country_code == "MZ"


def test_a_person_joined_to_people_stays_a_person(geocoder):
    text = "Cholera spreads in Congo. Officials sent Dr Jo Goma and two other doctors on Monday."
    assert "Goma" not in toponyms(geocoder, text)
