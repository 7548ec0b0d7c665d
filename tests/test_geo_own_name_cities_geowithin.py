"""A city called by its own name is not a larger city abroad one of whose alternate
names is spelt like it (geo/prior.py ``OWN_NAME_CITY``, geo/ranking.py); invented
reports, real place names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def placed(geocoder, text, name):
    """(name, country code) of each mention of ``name``."""
    return [(m.name, m.country_code) for m in geocoder.find_places(parse(text)) if m.text == name]


@pytest.mark.parametrize("text, name, want", [
    ("Two tourists returning from Cancun fell ill with food poisoning, the health ministry said.",
     "Cancun", ("Cancun", "MX")),
    ("Police in Sari arrested four men after a shop was set on fire on Monday.", "Sari", ("Sari", "IR")),
    ("Police in Puno said on Monday that two people had been arrested.", "Puno", ("Puno", "PE")),
    ("Police in Kabinda said on Monday that two people had been arrested.", "Kabinda", ("Kabinda", "CD")),
])
def test_a_city_of_that_own_name_comes_first(geocoder, centre_geocoder, text, name, want):
    assert placed(geocoder, text, name) == [want]
    assert placed(centre_geocoder, text, name) == [want]


@pytest.mark.parametrize("text, name, want", [
    ("Heavy rain flooded streets in Petropolis on Tuesday, the fire brigade said.", "Petropolis",
     ("Petropolis", "BR")),
    ("Police in Sakata said on Monday that two people had been arrested.", "Sakata", ("Sakata", "JP")),
])
def test_another_name_of_a_larger_city_says_no_country_over_a_real_city(geocoder, text, name, want):
    # (the larger city abroad, Saint Petersburg or Jakarta, no longer weighs its country)
    assert placed(geocoder, text, name) == [want]


@pytest.mark.parametrize("text, name, want", [
    # a short form of a larger city's own name is still that city's
    ("Police in Quezon said on Monday that two people had been arrested.", "Quezon", ("Quezon City", "PH")),
    ("Police in Santa Cruz said on Monday that two people had been arrested.", "Santa Cruz",
     ("Santa Cruz de la Sierra", "BO")),
])
def test_a_short_form_of_a_larger_city_stays_that_city(geocoder, text, name, want):
    assert placed(geocoder, text, name) == [want]
