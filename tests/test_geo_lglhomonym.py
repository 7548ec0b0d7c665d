"""Homonyms in US local news (LGL): which of a name's places a report means.

Invented reports with real place names.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def centre(gazetteer_file) -> Geocoder:
    """Toponym output's geocoder (units at their centres, the corpora's conventions)."""
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


@pytest.fixture(scope="module")
def seat(gazetteer_file) -> Geocoder:
    """The events' geocoder (units at their seats)."""
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False))


def levels(geocoder, text, toponyms=False):
    doc = parse(text)
    ms = geocoder.toponyms(doc) if toponyms else geocoder.find_places(doc)
    return [(m.text, m.name, m.level) for m in ms if m.kind != "demonym"]


REPORT = "A choir from Lisbon will sing two concerts in New York this spring, its director said."


def test_bare_new_york_is_the_state_in_toponym_output(centre):
    assert ("New York", "New York", "admin1") in levels(centre, REPORT, toponyms=True)


def test_bare_new_york_stays_the_city_for_events(seat):
    assert ("New York", "New York City", "city") in levels(seat, REPORT)


def test_new_york_city_stays_the_city_in_toponym_output(centre):
    text = "A choir from Lisbon will sing two concerts in New York City this spring."
    assert ("New York City", "New York City", "city") in levels(centre, text, toponyms=True)


def test_a_state_named_like_its_seat_is_still_the_town(centre):
    # (the city of Sao Paulo is the state's seat: the town, as before)
    text = "Protesters marched in Sao Paulo on Monday, police said."
    assert ("Sao Paulo", "Sao Paulo", "city") in levels(centre, text, toponyms=True)


def test_a_province_abroad_named_like_its_town_is_still_the_town(centre):
    # (the gazetteer records the state of Chihuahua's largest town as its seat, not the
    # city of Chihuahua, which is the real one: seats are trusted in the US only)
    text = "Health officials in Chihuahua reported two new cases on Monday."
    assert ("Chihuahua", "Chihuahua", "city") in levels(centre, text, toponyms=True)


def test_a_body_named_like_towns_of_many_states_says_no_state(centre):
    # ("Polk" is a town or county of many states, Minnesota among them: the school says
    # nothing of which Alexandria, so the largest American one, in Virginia)
    text = ("Alexandria will spend $2 million of federal money on the Polk School Library, "
            "the mayor said.")
    found = {m.text: m for m in centre.toponyms(parse(text))}
    assert found["Alexandria"].admin1 == "Virginia"
