"""A village the gazetteer lacks is put at the unit the report places it in when a
settlement word follows its name ("Qarvendi village in Van province", "Qarvendi, a
village in Van province") as when one comes before it, and a country's possessive before the unit leaves the unit the container ("in
Turkey's Van province": Van, not Turkey) (geo/sublocal.py _unlisted_in_units,
geo/geocoder.py _Report.unit_container_of). Invented reports and village names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


@pytest.mark.parametrize("text", [
    "Bird flu was found in Qarvendi village in Van province.",
    "Bird flu was found in the village of Qarvendi in Turkey's Van province.",
    "Bird flu was found in Qarvendi village in Turkey's Van province.",
    "Bird flu was found in Qarvendi, a remote village in Turkey's Van province.",
    "Qarvendi, a village in Van province, culled its geese.",
])
def test_unlisted_village_is_put_at_its_province(geocoder, text):
    m = toponyms(geocoder, text)["Qarvendi"]
    assert (m.name, m.country_code, m.level) == ("Van", "TR", "admin1")


def test_possessive_without_a_unit_puts_the_country(geocoder):
    # "Turkey's east" names no unit: the village is known to its country only, precision 3
    # (geo/sublocal.py _unlisted_in_report_area), never to a town
    m = toponyms(geocoder, "Bird flu was found in the village of Qarvendi in Turkey's east.")["Qarvendi"]
    assert (m.country_code, m.level, m.geo_precision) == ("TR", "country", 3)


def test_capitalised_settlement_word_is_a_name(geocoder):
    # "Communities" capitalised closes a building's name, no village's word
    found = toponyms(geocoder, "Ann Lee, 95, died at Birch Meadow Retirement Communities in Pennsylvania "
                               "on March 5.")
    assert not any(m.text.startswith("Birch") for m in found.values())
