"""A region's adjective as a toponym of that region: North Ossetian, beside South Ossetian.

Invented sentences with real region adjectives.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def demonyms(geocoder, text):
    return [(m.text, m.country_code, m.level) for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_north_ossetian_is_a_toponym_of_the_russian_republic(geocoder):
    ms = demonyms(geocoder, "Two North Ossetian officials joined the border talks on Monday.")
    assert ms == [("North Ossetian", "RU", "admin1")]


def test_both_ossetian_adjectives_in_one_list(geocoder):
    ms = demonyms(geocoder, "The panel holds North Ossetian and South Ossetian delegates.")
    assert [(t, cc) for t, cc, _ in ms] == [("North Ossetian", "RU"), ("South Ossetian", "GE")]
