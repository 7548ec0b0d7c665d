"""Issue 3: a name directly followed by ", State" (or ", Country") where the gazetteer has
a town of that name in that unit is that town, even when a country or another state
shares the name; a list of countries or states keeps reading each item as a unit.
Invented sentences; the towns and states are real."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import found


@pytest.mark.parametrize("text, name, unit", [
    ("Jo Marsh, 61, of Lebanon, Pennsylvania, died on Sunday after a fall.", "Lebanon", "Pennsylvania"),
    ("A memorial service will be held in Palestine, Texas on Friday.", "Palestine", "Texas"),
    ("A man was hurt in a crash in Lebanon, Ohio on Friday.", "Lebanon", "Ohio"),
])
def test_a_town_before_its_state_beats_a_unit_of_that_name(geocoder, text, name, unit):
    got = found(geocoder, text)[name]
    assert (got.level, got.country_code, got.admin1) == ("city", "US", unit)


@pytest.mark.parametrize("text, name", [
    # items of a list of countries, of states: the comma lists, it does not place
    ("Envoys travelled to Iraq, Lebanon, Georgia and Ukraine this month.", "Lebanon"),
    ("The singer toured Lebanon, Ohio and Indiana last year.", "Lebanon"),
    # two countries: a list, though a town of the first name lies in the second
    ("Exports to China, Japan fell sharply this spring.", "China"),
])
def test_a_listed_unit_stays_a_unit(geocoder, text, name):
    assert found(geocoder, text)[name].level == "country"


def test_a_state_before_its_country_stays_the_state(geocoder):
    text = "Cases of measles rose in California, United States this winter."
    assert found(geocoder, text)["California"].level == "admin1"


def test_a_bare_mention_takes_the_reading_its_town_state_pair_gave(geocoder):
    # one sense per report: the later New Haven is Connecticut's, not the Indiana town
    # beside Indianapolis; the later Lebanon is the town, not the country
    text = ("The finalists were Denver, Louisville, Ky., New Haven, Conn., and Surprise, Ariz. "
            "Indianapolis, Louisville and New Haven were finalists before.")
    assert {m.admin1 for m in geocoder.find_places(parse(text)) if m.text == "New Haven"} == {"Connecticut"}
    text = "A man from Lebanon, Pa., was hurt on Friday. Lebanon police are looking for the driver."
    assert {m.level for m in geocoder.find_places(parse(text)) if m.text == "Lebanon"} == {"city"}
