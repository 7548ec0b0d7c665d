"""Place spans that rest on the words around a name, not on the name being known to the model
(the swap probe's misses): a county's name the small model cuts before its unit word is made
whole; a name before "-based" that the gazetteer knows is a place though left untagged; a town
opens its public body's name across qualifying words ("Metropolitan", "Independent",
"Volunteer"); a sentence's opening adjective that opens a town's own name stays in it; and a
name the model took for a person before "in" a county is no place in that county. Invented
sentences; real places only where the gazetteer must know them."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def places(geocoder, text):
    """(text, place name, level) of each toponym the geocoder lists for ``text``."""
    return [(m.text, m.name, m.level) for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text, county", [
    ("Prince William County deputies closed a road after a crash. Prince William County deputies "
     "said nobody was hurt.", "Prince William County"),
    ("Crews cleared trees in Contra Costa County. The storm hit the Contra Costa County coast "
     "hardest.", "Contra Costa County"),
])
def test_a_county_name_cut_before_its_unit_word_is_read_whole(geocoder, text, county):
    found = places(geocoder, text)
    assert found and all(name == county and level == "admin2" for _t, name, level in found)
    assert sum(1 for _t, name, _l in found if name == county) == text.count(county)


def test_a_known_name_before_based_is_a_place_though_untagged(geocoder):
    text = ("Neighbours said that while Ogun-based midwife Dr Ada Bello was now denying it, the "
            "family kept its story.")
    assert ("Ogun", "Ogun", "admin1") in places(geocoder, text)


def test_an_english_word_opening_a_sentence_before_based_is_no_place(geocoder):
    text = "Faith-based groups gave out blankets. Plant-based meals were served in Ohio."
    assert [t for t, _n, _l in places(geocoder, text)] == ["Ohio"]


@pytest.mark.parametrize("text, town, state", [
    ("Books went missing from the Wartrace Metropolitan Library in Tennessee, staff said.",
     "Wartrace", "Tennessee"),
    ("The Kerrville Independent School District board met on Monday to set a budget.",
     "Kerrville", "Texas"),
    ("The Wartrace Volunteer Fire Department holds its pancake breakfast Saturday in Tennessee.",
     "Wartrace", "Tennessee"),
])
def test_a_town_opens_its_body_name_across_qualifying_words(geocoder, text, town, state):
    found = {m.text: m for m in geocoder.toponyms(parse(text))}
    assert town in found and (found[town].name, found[town].admin1) == (town, state)


def test_an_opening_adjective_that_opens_a_towns_name_stays_in_it(geocoder):
    text = "Two grocers admit fraud. Long Beach Superior Court Judge Ivo Brandt gave each of them two years."
    assert ("Long Beach", "Long Beach", "city") in places(geocoder, text)


def test_a_person_before_in_a_county_is_no_place_there(geocoder):
    text = "Fans queued for hours to see Marlo Quint in Contra Costa County on Friday."
    found = places(geocoder, text)
    assert [t for t, _n, _l in found] == ["Contra Costa"]
