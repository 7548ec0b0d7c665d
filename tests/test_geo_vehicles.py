"""A car maker's name that is also a town or county (``data/geo/vehicle_makes.tsv``) names
the vehicle before a model's name, after a model year or before a vehicle's word
(``data/geo/vehicle_nouns.tsv``), as does an aircraft model's; before a unit's or a body's
word it stays the place. Invented sentences, real towns."""
from __future__ import annotations

import pytest
from geo_helpers import found, tagged_text


@pytest.mark.parametrize("text, make", [
    ("A man was hurt when a Ford Bronco hit a pickup in Paris, Texas, on Friday.", "Ford"),
    ("A man was hurt when a pickup hit a Toyota Camry in Paris, Texas, on Friday.", "Toyota"),
    ("Police stopped a 2001 Cadillac in Tyler, Texas, on Monday.", "Cadillac"),
    ("Deputies found a stolen Dodge Caravan in Hays, Kansas, on Sunday.", "Dodge"),
])
def test_a_makers_name_is_the_vehicle(geocoder, text, make):
    assert make not in found(geocoder, text)


@pytest.mark.parametrize("text, place", [
    ("Deputies of the Ford County Sheriff's Office found the truck in Dodge City, Kansas.", "Ford"),
    ("Pontiac Police said the fire in Pontiac, Michigan, was set on purpose.", "Pontiac"),
])
def test_a_makers_name_before_a_unit_or_body_stays_the_place(geocoder, text, place):
    assert place in found(geocoder, text)


def test_a_name_before_a_vehicles_word_is_the_vehicle(geocoder):
    text = "A man was hurt when a Ford pickup hit a fence in Paris, Texas, on Friday."
    assert "Ford" not in found(geocoder, text)


@pytest.mark.parametrize("name", ["Apache", "Chinook"])
def test_an_aircraft_model_before_a_vehicles_word_is_the_aircraft(geocoder, name):
    doc = tagged_text(f"^Two/NUM U.S./PROPN/B-GPE {name}/PROPN/B-GPE helicopters/NOUN landed/VERB in/ADP "
                      "Kandahar/PROPN/B-GPE ./PUNCT")
    assert name not in {m.text for m in geocoder.find_places(doc)}


def test_an_aircraft_models_town_stays_a_place(geocoder):
    assert "Apache" in found(geocoder, "A storm hit Apache, Oklahoma, on Monday.")


def test_a_model_told_again_alone_is_the_vehicle(geocoder):
    # "Bronco" is also another name of a Texas town: after "a Ford Bronco", "the Bronco" is the car
    text = ("Sam Doyle, 30, of Paris crashed his Ford Bronco into a fence on Friday. "
            "Two friends riding in the Bronco were treated at a clinic in Paris, Texas.")
    assert "Bronco" not in found(geocoder, text)
