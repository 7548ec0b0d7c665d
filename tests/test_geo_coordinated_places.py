"""A name the model tags as a person, joined by "and" to a name after a place
preposition ("the universities of Virginia and Glasgow"), shares that preposition: it is
read as a place name, held to the rules of one. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_a_person_tagged_name_joined_to_a_place_phrase(geocoder):
    places = found(geocoder, "Physicists from the universities of Virginia and Glasgow measured "
                             "the beam.")
    assert places["Glasgow"].country_code == "GB"


def test_a_person_after_and_without_a_place_phrase_stays_a_person(geocoder):
    places = found(geocoder, "The mayor and Glasgow spoke to reporters after the vote.")
    assert "Glasgow" not in places
