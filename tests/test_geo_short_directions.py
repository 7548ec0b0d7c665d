"""A compass point written short before a name ("S.E. Tulsa", "W. Phila.") is a part of that
place, while a house number before it still makes an address. Invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def names(centre_geocoder, text):
    return {m.name for m in centre_geocoder.toponyms(parse(text))}


def test_short_compass_point_before_a_city(centre_geocoder):
    assert "Tulsa" in names(centre_geocoder, "Smoke filled a S.E. Tulsa duplex on Friday, Oklahoma fire officials said.")


def test_short_compass_point_before_a_short_city_name(centre_geocoder):
    text = "A mural was painted in W. Phila. last week by artists from Pennsylvania."
    assert "Philadelphia" in names(centre_geocoder, text)


def test_house_number_before_it_keeps_the_address(centre_geocoder):
    assert "Tulsa" not in names(centre_geocoder, "Crews fixed a main at 2210 N. Tulsa in Oklahoma on Monday.")
