"""Issue 3: a real city called by a name as its own is that name's reading before a place
the name only stands for: a country's short form ("Salvador" of El Salvador) or a far
city's other spelling ("Cancun" of Changchun), unless the report names the far city's country.
The reports are invented for this test."""
from __future__ import annotations

from geo_helpers import place_named


def test_a_short_form_of_a_country_is_the_city_of_that_name(geocoder):
    m = place_named(geocoder, "Police in Salvador said two men were shot outside a bar on Sunday.", "Salvador")
    assert (m.country_code, m.level) == ("BR", "city")


def test_a_country_named_in_full_stays_the_country(geocoder):
    m = place_named(geocoder, "Police in El Salvador said two men were shot outside a bar.", "El Salvador")
    assert (m.country_code, m.level) == ("SV", "country")


def test_another_spelling_of_a_far_city_gives_way_to_a_city_of_that_own_name(geocoder):
    text = "Two visitors were robbed at a hotel in Cancun on Saturday."
    assert place_named(geocoder, text, "Cancun").country_code == "MX"
    assert place_named(geocoder, "A factory fire in Changchun killed four workers.", "Changchun").country_code == "CN"


def test_another_spelling_stands_when_the_report_names_its_country(geocoder):
    text = "Gunmen attacked a checkpoint in Homs, east of Tripoli, Libya, on Monday."
    assert place_named(geocoder, text, "Homs").country_code == "LY"
    text = "Gunmen attacked a checkpoint in Homs on Monday, Syrian state media said."
    assert place_named(geocoder, text, "Homs").country_code == "SY"
