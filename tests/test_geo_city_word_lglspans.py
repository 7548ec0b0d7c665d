"""A small US town whose own name ends in a settlement word ("Lore City", Ohio): the word is
part of the name, not a unit word to cut (which leaves a word that names nothing, or a far
namesake), and where the gazetteer knows the name only as another town's old name the small
town of that own name is read. Real Ohio villages of the ``zipcodes`` package, in invented
sentences; skipped where the session's gazetteer holds no small US towns."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import place_named, with_small_towns


@pytest.fixture(scope="module")
def small(geocoder):
    return with_small_towns(geocoder, "Lore City")


_place = place_named


def test_a_village_named_with_city_keeps_the_word(small):
    m = _place(small, "Volunteers from Lore City, Ohio, repainted the old school on Friday.", "Lore City")
    assert m is not None and (m.name, m.admin1, m.level) == ("Lore City", "Ohio", "city")


def test_a_village_whose_name_is_only_another_towns_old_name(small):
    # (the gazetteer holds "Pleasant City" as a former name of a Michigan village)
    m = _place(small, "A barn burned outside Pleasant City, Ohio, and two crews answered.", "Pleasant City")
    assert m is not None and (m.name, m.admin1) == ("Pleasant City", "Ohio")


def test_a_town_of_its_own_name_before_the_word_is_still_cut(small):
    # ("Kansas City" is a town of its own; a capitalised "City" after a town's name is cut)
    assert {m.text for m in small.find_places(parse("Crowds filled Kansas City on Sunday."))} == {"Kansas City"}
