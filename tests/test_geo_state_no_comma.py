"""A town's name and its state's written without the comma between ("the small town
of Palmer Alaska"): read as the town in that state, not as one name that only a
namesake spelt alike elsewhere matches. Sentences are invented; the names are real
places (the gazetteer has no invented ones).
"""
from __future__ import annotations

from conflictlens.nlp.parser import parse



def test_town_then_state_without_a_comma_is_the_town_of_that_state(geocoder):
    text = ("Fires in Alaska. Crews fought another blaze overnight in the little town "
            "of Palmer Alaska. The fire burned a warehouse.")
    towns = [m for m in geocoder.find_places(parse(text)) if m.level == "city"]
    assert towns and all(m.name == "Palmer" and m.admin1 == "Alaska" for m in towns)


def test_a_name_that_ends_in_a_state_name_stays_whole(geocoder):
    # "New York City" is a place's own name: never "New York" + "City"
    places = geocoder.find_places(parse("A man was shot in New York City on Sunday."))
    assert [m.text for m in places] == ["New York City"]


def test_a_name_whose_last_word_is_a_state_elsewhere_is_not_split(geocoder):
    # "Western Kasai": Kasai is a Congolese province, but no town "Western" lies in it, so
    # the name is not cut into a town and a state (a town of that name elsewhere would win)
    text = "Cholera spread through Western Kasai last month, health workers in the region said."
    places = geocoder.find_places(parse(text))
    assert not any(m.text == "Western" for m in places)
    assert all(m.country_code in ("CD", "") for m in places if m.level == "city")
