"""A body named after a state as often as after a country or a capital ("university" in
``data/geo/unit_named_bodies.tsv``): "the University of Georgia" in a report on Africa is
the US state's, not the country's. Invented sentences and people, real places."""
from __future__ import annotations

import pytest

from geo_helpers import found


@pytest.mark.parametrize("text", [
    "Zoologists at the universities of Georgia and Leeds showed the tick in Angola had spread.",
    "Dr Tamsin Orloff of the University of Georgia said the outbreak in Uganda was over.",
])
def test_a_university_of_a_state_named_like_a_country_is_the_state(geocoder, text):
    m = found(geocoder, text)["Georgia"]
    assert (m.country_code, m.level) == ("US", "admin1")


def test_a_university_of_a_state_named_like_a_capital_is_the_state(geocoder):
    m = found(geocoder, "Researchers at the University of Washington said Kenya was clear of the virus.")["Washington"]
    assert (m.country_code, m.level) == ("US", "admin1")


def test_the_country_stays_where_the_report_is_about_it(geocoder):
    m = found(geocoder, "Staff at the University of Georgia in Tbilisi said Georgian hospitals were full.")["Georgia"]
    assert m.country_code == "GE"


def test_a_larger_country_than_the_province_stays(geocoder):
    """Luxembourg the country outnumbers the Belgian province of that name."""
    m = found(geocoder, "The University of Luxembourg hosted a meeting on Mali.")["Luxembourg"]
    assert (m.country_code, m.level) == ("LU", "country")


def test_a_capital_inside_its_province_stays_the_town(geocoder):
    m = found(geocoder, "Lecturers at the University of Kabul went on strike on Monday.")["Kabul"]
    assert m.level == "city"


def test_the_name_alone_stays_the_country(geocoder):
    m = found(geocoder, "Fighting in Georgia left twelve dead, officials in Uganda said.")["Georgia"]
    assert m.country_code == "GE"


def test_the_last_item_of_a_list_of_universities_is_the_state_too(geocoder):
    m = found(geocoder, "Zoologists at the universities of Leeds and Georgia showed the tick "
                        "in Angola had spread.")["Georgia"]
    assert (m.country_code, m.level) == ("US", "admin1")


@pytest.mark.parametrize("text, name", [
    ("Doctors at the University of Buenos Aires reported new cases in Chile.", "Buenos Aires"),
    ("Nurses trained at the University of Maputo were sent to Malawi.", "Maputo"),
])
def test_a_capital_beside_its_namesake_province_stays_the_town(geocoder, text, name):
    assert found(geocoder, text)[name].level == "city"
