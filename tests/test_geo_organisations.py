"""The place an organisation's name opens with, in toponym output only
(``Geocoder.toponyms``, ``kind="organisation"``). Invented sentences, real names."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def opening(geocoder, text):
    return [(m.text, m.country_code, m.admin1) for m in geocoder.toponyms(parse(text)) if m.kind == "organisation"]


def test_state_opening_an_organisations_name(geocoder):
    text = "The Pennsylvania Kennel Association held its yearly show in Pittsburgh on Sunday."
    assert opening(geocoder, text) == [("Pennsylvania", "US", "Pennsylvania")]


def test_town_the_report_names_opening_a_museums_name(geocoder):
    text = ("Families from Omaha, Nebraska, filled the Omaha Science Pavilion on Friday "
            "to watch the eclipse.")
    assert ("Omaha", "US", "Nebraska") in opening(geocoder, text)


def test_organisation_places_are_never_event_places(geocoder):
    doc = parse("The Pennsylvania Kennel Association held its yearly show in Pittsburgh on Sunday.")
    assert all(m.kind == "name" for m in geocoder.find_places(doc))


def test_street_named_after_a_town_is_no_mention(geocoder):
    text = "Firefighters were called to a house on Memphis Street in Alexandria, Virginia, on Monday."
    assert opening(geocoder, text) == []


def test_state_before_its_highway_body_is_a_mention(geocoder):
    # "Highway" is a street word, but a state's highways are its own: no street named after it
    text = "A truck overturned near Marion on Monday. The Ohio State Highway Patrol said two died."
    assert ("Ohio", "US", "Ohio") in opening(geocoder, text)


def test_state_before_a_towns_street_word_stays_no_mention(geocoder):
    text = "The Ohio Street Bakery in Chicago, Illinois, reopened on Monday."
    assert opening(geocoder, text) == []


def test_state_the_report_names_ending_an_organisations_name(geocoder):
    text = "Teachers in Minnesota rallied on Monday. Jo Tarbell of Education Minnesota spoke to them."
    found = [(m.text, m.start) for m in geocoder.toponyms(parse(text))]
    assert ("Minnesota", text.rindex("Minnesota")) in found


def test_region_word_ending_an_organisations_name_is_no_mention(geocoder):
    # "Forest" and "West" are regions abroad: only a state the report names or is in counts
    text = "Hikers in Ohio left for the Alverton National Forest on Monday."
    assert [m.text for m in geocoder.toponyms(parse(text))] == ["Ohio"]


def test_county_named_like_a_person_is_no_mention(geocoder):
    text = "Sales rose at the Brown Motor Company dealership in Dallas, Texas, last month."
    assert opening(geocoder, text) == []


def test_town_outside_the_reports_states_is_no_mention(geocoder):
    # Webb is a hamlet in Texas; the report is about South Carolina
    text = "Parents in Columbia, South Carolina, rallied to keep the Webb Learning Hub open."
    assert opening(geocoder, text) == []


def test_state_ending_an_organisations_name_after_of(geocoder):
    text = "Staff of the National Life of Vermont met in Burlington, Vermont, on Monday."
    assert ("Vermont", "US", "Vermont") in opening(geocoder, text)


def test_town_after_of_needs_the_reports_state(geocoder):
    # Marietta is a town in Ohio too; the report names no place it could be in
    text = "Donors gave to the United Way of Marietta during the spring drive."
    assert opening(geocoder, text) == []


def test_large_town_ending_an_organisations_name_after_of(geocoder):
    # a city of over 100,000 needs no other place in the report
    text = "Martin Hale, an editor of the Financial Times of London, spoke on Tuesday."
    assert [(t, cc) for t, cc, _a1 in opening(geocoder, text)] == [("London", "GB")]


def test_small_town_after_of_still_needs_the_reports_state(geocoder):
    text = "Donors gave to the Savings Bank of Mercy during the spring drive."
    assert opening(geocoder, text) == []


def test_street_word_before_of_keeps_the_place_after_it(geocoder):
    # "Way" is a street word, but "United Way of ..." is no street
    text = ("Dara Pelkin, head of United Way of Metropolitan Atlanta, which funds the winter "
            "beds, spoke on Monday.")
    assert [(t, cc) for t, cc, _a1 in opening(geocoder, text)] == [("Atlanta", "US")]


def test_state_after_of_inside_an_organisations_name(geocoder):
    text = "Her nephew, enrolled at University of Kentucky College of Law, escaped unharmed."
    assert opening(geocoder, text) == [("Kentucky", "US", "Kentucky")]


def test_subject_after_a_second_of_is_no_place(geocoder):
    # Law is a village in Scotland; "College of Law" names a subject
    text = "Her nephew, enrolled at University of Kentucky College of Law, escaped unharmed."
    assert "Law" not in [m.text for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text, name", [
    # a direction word opening a state's or country's own name stays in it
    ("She had been a longtime figure in West Virginia Democratic politics, aides said.", "West Virginia"),
    ("The South Sudan Football Association picked a new coach on Tuesday.", "South Sudan"),
])
def test_a_direction_opening_a_units_name_is_kept(geocoder, text, name):
    got = [(m.text, m.name) for m in geocoder.toponyms(parse(text))]
    assert got and got[0] == (name, name), got


def test_country_initials_inside_a_name_tagged_whole(geocoder):
    # the model tags "New U.S. Carrier Cleared to" a body whole; "U.S." inside it is the country
    text = "New U.S. Carrier Cleared to Serve Riga. The airline won approval on Monday."
    assert "United States" in [m.name for m in geocoder.toponyms(parse(text))]
