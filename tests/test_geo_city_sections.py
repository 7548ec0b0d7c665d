"""A part of a city named by "section" ("the city's Kibera section", "the Kibera section
of Nairobi") is a district of that city, written "City - District" at the city with
precision 1 (spec: large cities); an adjective before the word ("a Caesarean section")
names no district. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_the_citys_section_is_a_district_of_the_city_named_before(geocoder):
    places = found(geocoder, "Police in Nairobi said the fire began late on Tuesday in the "
                             "city's Kibera section.")
    m = places["Kibera"]
    assert (m.location, m.geo_precision) == ("Nairobi - Kibera", 1)


def test_the_section_of_a_city(geocoder):
    places = found(geocoder, "A clinic opened in the Kibera section of Nairobi last month.")
    assert places["Kibera"].location == "Nairobi - Kibera"


def test_an_adjective_before_section_is_no_district(geocoder):
    places = found(geocoder, "Doctors in Columbus said the girl was born through a Caesarean "
                             "section.")
    assert set(places) == {"Columbus"}
