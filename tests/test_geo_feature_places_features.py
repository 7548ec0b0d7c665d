"""A lake or peak the gazetteer lacks lies where the words around it put it: in the unit
its sentence names ("Mount X's slopes in Oregon", "Utah's Mount X"), with precision 3,
else by the town before it in its paragraph; never at a town of another paragraph or
another state of the report."""
from __future__ import annotations

from conflictlens.geo.sublocal import _outdoor_feature
from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_peak_is_in_the_state_its_sentence_names_not_at_an_earlier_town(geocoder):
    text = ("Hikers gathered in Trenton, New Jersey, on Monday. Rangers closed trails on Mount "
            "Tarrow's western slopes in Oregon after a storm.")
    m = toponyms(geocoder, text)["Mount Tarrow"]
    assert (m.admin1, m.level, m.geo_precision) == ("Oregon", "feature", 3)


def test_a_unit_possessive_before_a_feature_places_it(geocoder):
    text = ("Officials in Denver praised the plan. The bill protects land around Utah's Lake Quenby "
            "and nearby ranches.")
    m = toponyms(geocoder, text)["Lake Quenby"]
    assert (m.admin1, m.geo_precision) == ("Utah", 3)


def test_a_feature_takes_no_town_of_another_paragraph(geocoder):
    text = ("Council meets. The council of Trenton, New Jersey, met on Monday.\n\n"
            "Rangers said Mount Tarrow would stay closed for the winter.")
    assert "Mount Tarrow" not in toponyms(geocoder, text)


def test_a_feature_takes_no_town_before_another_state(geocoder):
    text = ("Officials in Trenton spoke on Monday, and Oregon rangers said Mount Tarrow would "
            "stay closed for the winter.")
    m = toponyms(geocoder, text).get("Mount Tarrow")
    assert m is None or m.admin1 == "Oregon"


def test_a_longer_name_ends_in_its_feature_word():
    assert _outdoor_feature("Upper Harlowe Lake")
    assert not _outdoor_feature("Lake Quenby Concert")


def test_a_park_s_opening_name_is_no_town_of_that_name(geocoder):
    text = "Hikers from Denver said the bill protects land in Utah's Alpine National Park and nearby ranches."
    found = toponyms(geocoder, text)
    assert "Alpine" not in found
    m = found["Alpine National Park"]
    assert (m.admin1, m.level, m.geo_precision) == ("Utah", "feature", 3)
    assert _outdoor_feature("Alpine National Park") and not _outdoor_feature("National Park")


def test_a_valley_named_like_a_town_afar_is_no_such_town(geocoder):
    text = "ELKINS, W.Va. -- Skiers crowded the slopes above Canaan Valley on Saturday."
    found = toponyms(geocoder, text)
    m = found.get("Canaan")
    assert m is not None and (m.admin1, m.level, m.geo_precision) == ("West Virginia", "feature", 3)
