"""Issue 3: what is and is not a toponym. A name the report places in a town that is a
building's, a street's or grounds' name ("... Cemetery in Urbana") is no toponym in
``Geocoder.toponyms`` output; a saint's possessive opening a body's, a building's or a
feast's name ("St. Brigid's High School") is the saint's, no town, and so is the same
possessive alone elsewhere in the report; a one-word name with a relative ("Mason's
uncle") or listed beside the report's people is a person even after a comma; a country
adjective opening a company's name, a bare "the capital" and a place opening a paper's
name are no toponyms. Invented sentences; the towns are real."""
from __future__ import annotations

import pytest

from geo_helpers import found

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [m.text for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text", [
    "Volunteers met at the Harlan Land Preserve in Urbana, Ohio.",
    "Burial will be in Grove Hill Cemetery, Urbana, Ohio.",
    "They were married at St. Anne's Chapel in Urbana, Ohio, in 1951.",
    "Envoys met at the Governor's Residence in Urbana, Ohio.",
])
def test_grounds_and_buildings_placed_in_a_town_are_no_toponym(centre_geocoder, text):
    assert toponyms(centre_geocoder, text) == ["Urbana", "Ohio"]


def test_a_street_placed_in_a_town_is_no_toponym(centre_geocoder):
    text = "A bakery opened at Alder Road, Cambridge, last spring."
    assert toponyms(centre_geocoder, text) == ["Cambridge"]


def test_a_neighbourhood_placed_in_a_town_stays(centre_geocoder):
    text = "The fire broke out in the Brillmoor area of Chiefland, Florida, on Saturday."
    assert "Brillmoor" in toponyms(centre_geocoder, text)


@pytest.mark.parametrize("name", [
    "St. Michael's Catholic School", "St. Brigid's High School", "St. Luke's Health System",
])
def test_a_saints_possessive_opening_a_body_is_no_town(centre_geocoder, geocoder, name):
    text = f"Choir members from Guelph, Ontario, sang at {name} last week."
    assert toponyms(centre_geocoder, text) == ["Guelph", "Ontario"]
    assert not [t for t in found(geocoder, text) if t.startswith("St.")]


def test_the_saints_possessive_alone_is_the_body_too(centre_geocoder):
    text = ("A new gym opened at St. Michael's High School near Guelph, Ontario. "
            "St. Michael's pupils raised the funds.")
    assert toponyms(centre_geocoder, text) == ["Guelph", "Ontario"]


def test_a_saints_name_the_report_writes_plainly_stays_a_town(centre_geocoder):
    text = "Doctors at St. Louis's Children's Hospital say flu cases in St. Louis doubled."
    assert "St. Louis" in toponyms(centre_geocoder, text)


def test_a_saints_possessive_before_a_unit_word_stays_the_unit(geocoder):
    text = "Deputies in St. Mary's County, Maryland, closed two roads."
    assert any(m.level == "admin2" for m in found(geocoder, text).values())


def test_one_with_an_uncle_is_a_person_after_a_comma_too(geocoder):
    text = ("Two cars collided on the bridge. Mason, Tyler and a neighbour, said to be "
            "Mason's uncle, were treated near Alverton, Ohio.")
    assert "Mason" not in found(geocoder, text)


def test_a_town_named_with_in_stays_a_town_beside_an_uncle(geocoder):
    text = "Police in Mason, Ohio, said Mason's uncle of three was not hurt."
    assert found(geocoder, text)["Mason"].level == "city"


@pytest.mark.parametrize("body", [
    "the American Kidney Guild Association", "the Italian Garden Grill", "Spanish Pines Apartments",
    "American Falcon Home Loans Corp.",
])
def test_a_country_adjective_opening_a_companys_name_is_no_toponym(centre_geocoder, body):
    text = f"Volunteers from {body} met in Urbana, Ohio, on Monday."
    assert toponyms(centre_geocoder, text) == ["Urbana", "Ohio"]


def test_a_country_adjective_before_a_state_body_stays(centre_geocoder):
    text = "The Georgian Interior Ministry said the talks in Urbana, Ohio, had ended."
    assert "Georgian" in toponyms(centre_geocoder, text)


def test_a_name_listed_with_the_reports_people_is_a_person(geocoder):
    text = ("Kim Hale and Lou Pruitt chair the panel. Its members are Hale, Edwards, Pruitt "
            "and Miller, with others from Urbana, Ohio.")
    assert set(found(geocoder, text)) == {"Urbana", "Ohio"}


@pytest.mark.parametrize("text, people", [
    ("Jackson, Florence, Tobias and Maria Delgado were shot dead in a farmhouse near Akron, Ohio.",
     {"Jackson", "Florence"}),
    ("Deputies said Brynn Hale, Jackson, and Florence were discovered slain in a house in Akron.",
     {"Jackson", "Florence"}),
])
def test_given_names_listed_with_a_full_name_are_people(geocoder, text, people):
    got = found(geocoder, text)
    assert not people & set(got)
    assert got["Akron"].admin1 == "Ohio"


def test_towns_listed_with_no_full_name_stay_places(geocoder):
    got = found(geocoder, "Residents of Akron, Canton and Lake County voted, Gov. Ted Marsh said.")
    assert {"Akron", "Canton"} <= set(got)


def test_a_name_going_on_after_a_persons_comma_stays_a_place(centre_geocoder):
    text = ("The fair in Urbana, Ohio, heard from Ann Vale, Paris-Bourbon Tourism Board "
            "chair, and others.")
    assert "Paris" in toponyms(centre_geocoder, text)


def test_a_bare_capital_is_no_toponym_but_a_countrys_capital_is(centre_geocoder, geocoder):
    text = "Flu spread across Kenya in May. A curfew in the capital ended, and Kenya's capital was calm."
    names = toponyms(centre_geocoder, text)
    assert "the capital" not in names and "Kenya's capital" in names
    assert "the capital" in found(geocoder, text)


@pytest.mark.parametrize("paper", ["the Urbana Daily Citizen", "The Columbus Times", "the Ohio State Journal"])
def test_a_place_opening_a_papers_name_is_no_toponym(centre_geocoder, paper):
    text = f"Police in Dayton, Ohio, told {paper} on Monday that two men were held."
    assert toponyms(centre_geocoder, text) == ["Dayton", "Ohio"]
