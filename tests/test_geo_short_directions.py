"""A compass point written short before a name ("S.E. Tulsa", "W. Phila.") is a part of that
place, while a house number before it still makes an address. Invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def names(geocoder, text):
    return {m.name for m in geocoder.toponyms(parse(text))}


def test_short_compass_point_before_a_city(geocoder):
    assert "Tulsa" in names(geocoder, "Smoke filled a S.E. Tulsa duplex on Friday, Oklahoma fire officials said.")


def test_short_compass_point_before_a_short_city_name(geocoder):
    text = "A mural was painted in W. Phila. last week by artists from Pennsylvania."
    assert "Philadelphia" in names(geocoder, text)


def test_house_number_before_it_keeps_the_address(geocoder):
    assert "Tulsa" not in names(geocoder, "Crews fixed a main at 2210 N. Tulsa in Oklahoma on Monday.")
