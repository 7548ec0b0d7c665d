"""A town's name with a unit word after it ("the Omsk region", "Tula province") is the
first-level unit the town is the seat of, where that unit bears an adjective of the
name (geo/resolve.py ``_seat_unit``, data/geo/seat_unit_words.tsv)."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_seat_with_region_after_it_is_its_unit(geocoder):
    m = found(geocoder, "Bird flu. Poultry died on farms in the Omsk region, officials said.")["Omsk"]
    assert (m.level, m.country_code, m.geo_precision) == ("admin1", "RU", 3)
    assert m.name.startswith("Omsk") and m.name != "Omsk"


def test_a_seat_with_province_after_it_is_its_unit(geocoder):
    m = found(geocoder, "Bird flu. Geese died near a lake in Tula province on Monday.")["Tula"]
    assert (m.level, m.country_code) == ("admin1", "RU")


def test_the_seat_alone_stays_the_town(geocoder):
    m = found(geocoder, "Bird flu. Hospitals in Omsk said they had room for the sick.")["Omsk"]
    assert (m.name, m.level) == ("Omsk", "city")
