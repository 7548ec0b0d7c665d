"""A name no place has that is a country's name with one letter off inside the word is
that country misspelt; adjectives and plurals, which change a name's last letter, and
short names (other words one letter away) are not. Invented sentences."""
from __future__ import annotations

from geo_helpers import found


def test_a_country_name_one_letter_off_is_the_country(geocoder):
    places = found(geocoder, "Relief flights left Nairobi for Tanzannia and Mozambique on Friday.")
    assert places["Tanzannia"].country_code == "TZ"
    assert places["Tanzannia"].level == "country"


def test_two_letters_swapped_in_a_country_name(geocoder):
    places = found(geocoder, "Monsoon floods cut roads in Bangladseh and eastern India this week.")
    assert places["Bangladseh"].country_code == "BD"


def test_a_country_adjective_is_no_misspelling(geocoder):
    gaz = geocoder.gaz
    assert gaz.misspelt_country("Colombian") is None  # last letter changed
    assert gaz.misspelt_country("Lybia") is None  # too short to tell from other words
    assert gaz.misspelt_country("Mozambiqe").country_code == "MZ"
