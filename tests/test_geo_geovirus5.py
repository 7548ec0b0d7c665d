"""Geolocation rules of the GeoVirus held-out gap (issue 3), on invented reports and
real place names."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def countries(geocoder, text, name):
    """The country codes the mentions of ``name`` resolve to, in order."""
    return [m.country_code for m in geocoder.find_places(parse(text)) if m.text == name]


def test_bare_congo_is_the_drc_unless_the_report_says_otherwise(geocoder):
    text = "An outbreak of cholera has killed 40 people in Congo, health officials said on Monday."
    assert countries(geocoder, text, "Congo") == ["CD"]
    text = ("Ebola has spread to Goma, the main city of North Kivu. Congo has recorded 300 cases "
            "since the outbreak began.")
    assert countries(geocoder, text, "Congo") == ["CD"]


def test_congo_in_a_report_on_brazzaville_is_the_republic(geocoder):
    text = ("Soldiers clashed with rebels in the Pool region outside Brazzaville on Sunday. The fighting "
            "is the worst Congo has seen since the civil war.")
    assert countries(geocoder, text, "Congo") == ["CG"]
    text = ("The Republic of Congo held an election on Sunday. Congo's president voted in the "
            "capital.")
    assert countries(geocoder, text, "Congo") == ["CG"]


def test_congo_ending_a_fuller_name_is_that_country(geocoder):
    # (the model tags "Congo" alone at the opening of a sentence)
    text = "Republic of Congo has reported 12 new cases of measles this week."
    assert [m.country_code for m in geocoder.find_places(parse(text))] == ["CG"]


def test_bare_korea_is_a_country(geocoder):
    text = "Bird flu was found on a duck farm in Korea, the agriculture ministry said on Tuesday."
    assert countries(geocoder, text, "Korea") == ["KR"]
    text = "Pyongyang said on Friday that Korea will never give up its missiles."
    assert countries(geocoder, text, "Korea") == ["KP"]


def levels(geocoder, text):
    return [(m.text, m.name, m.level) for m in geocoder.find_places(parse(text)) if m.level != "country"]


def test_a_state_named_by_an_old_name_of_its_capital_is_the_state(geocoder):
    # (Salvador, Recife and Belem hold the names of their states only as old names)
    text = "Dengue fever is spreading in Bahia and Pernambuco, officials in Brazil said."
    assert levels(geocoder, text) == [("Bahia", "Bahia", "admin1"), ("Pernambuco", "Pernambuco", "admin1")]
    text = "Yellow fever has killed 20 people in Para, Brazil."
    assert levels(geocoder, text) == [("Para", "Para", "admin1")]


def test_a_state_named_like_its_city_is_still_the_city(geocoder):
    text = "Measles cases were confirmed in New York, health officials said."
    assert levels(geocoder, text) == [("New York", "New York City", "city")]
    text = "Officials confirmed three cases of bird flu in Tokyo, Japan."
    assert levels(geocoder, text) == [("Tokyo", "Tokyo", "city")]
    text = "Bird flu was found in dead birds in Cairo, Giza and Al-Minya, officials in Egypt said."
    assert ("Al-Minya", "Minya", "city") in levels(geocoder, text)


def test_a_name_running_on_over_a_particle_is_read_whole(geocoder):
    # (the model stops at "do": "Rio Grande" alone is a town at the state's far end)
    text = "Bird flu was found on a poultry farm in Rio Grande do Sul, Brazil."
    assert levels(geocoder, text) == [("Rio Grande do Sul", "Rio Grande do Sul", "admin1")]
    text = "Bird flu has spread to Castilla y Leon in Spain."
    assert levels(geocoder, text) == [("Castilla y Leon", "Castilla y Leon", "admin1")]



def test_a_country_opened_by_an_adjective_the_model_left_out_is_read_whole(geocoder):
    # (the model tags "French" a nationality and "Polynesia" a place: the Pacific region)
    text = "Zika spread from French Polynesia to Brazil, health officials said."
    assert [(m.text, m.country_code) for m in geocoder.find_places(parse(text))] == [
        ("French Polynesia", "PF"), ("Brazil", "BR")]


def test_the_virgin_islands_are_a_territory(geocoder):
    text = "Zika cases were reported in the Virgin Islands, health officials said."
    assert countries(geocoder, text, "Virgin Islands") == ["VI"]
    text = "Zika cases were reported in the Virgin Islands, officials on Tortola said."
    assert countries(geocoder, text, "Virgin Islands") == ["VG"]
