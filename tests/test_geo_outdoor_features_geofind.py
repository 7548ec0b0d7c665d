"""A lake, river or peak the gazetteer lacks ("Lake Quenby", "the River Farrowmere") is a
toponym in geoparse output, listed at the report's town nearest before it; a street or a
body named after one ("River Road", "Lake Quenby College") is not, and events never take
a place from it."""
from __future__ import annotations

from conflictlens.geo.sublocal import _outdoor_feature
from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_river_the_gazetteer_lacks_is_listed_at_the_town_before_it(geocoder):
    text = ("Canoe overturns. A canoe overturned on the River Farrowmere near Lancaster, England, "
            "on Sunday, and two men swam to the bank.")
    m = toponyms(geocoder, text)["River Farrowmere"]
    assert (m.name, m.level, m.geo_precision, m.country_code) == ("Lancaster", "feature", 2, "GB")


def test_a_lake_before_or_after_its_name(geocoder):
    text = ("Fishing derby set. Children from Dayton, Ohio, will fish at Harlowe Lake on Saturday "
            "morning, organisers said.")
    assert toponyms(geocoder, text)["Harlowe Lake"].admin1 == "Ohio"
    text = "Swimmers return. Lifeguards in Minneapolis said Lake Quenby will open for swimmers on June 1."
    assert toponyms(geocoder, text)["Lake Quenby"].name == "Minneapolis"


def test_events_take_no_place_from_a_lake(geocoder):
    text = "Swimmers return. Lifeguards in Minneapolis said Lake Quenby will open for swimmers on June 1."
    assert "Lake Quenby" not in {m.text for m in geocoder.find_places(parse(text))}


def test_streets_bodies_and_long_names_are_no_outdoor_features():
    assert _outdoor_feature("Lake Quenby") and _outdoor_feature("River Farrowmere")
    assert _outdoor_feature("Harlowe Lake") and _outdoor_feature("Mount Tarrow")
    assert not _outdoor_feature("River Road")
    assert not _outdoor_feature("Lake")
    assert not _outdoor_feature("Quenby Lake Concert Series")
    assert not _outdoor_feature("lake Quenby")
