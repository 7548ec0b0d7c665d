"""Names the --swap-names probe (bench/geoswap.py) showed the span finder missed whatever
the model tagged them: a person's home town set off by commas right after the person's
name ("Jo Doe, of Alverton, was hurt"), a town's name before its body's word in lower
case and a title, which the model runs into a person ("said Alverton police Capt. Jo
Kane"), and a county the gazetteer files only under its full name ("Lanark County")."""
from __future__ import annotations

import pytest

from geo_helpers import found


@pytest.mark.parametrize("text, town, country", [
    ("A wallet owned by Mark Leduc, of Timmins, lay on the bench, police in Ontario said.",
     "Timmins", "CA"),
    ("A wallet of Jo Brown, of Dubbo, lay on the bench, police in Australia said.", "Dubbo", "AU"),
    ("Police in Australia said cards of Jo Brown, of Dubbo, were found on the road.", "Dubbo", "AU"),
])
def test_home_town_after_a_persons_name(geocoder, text, town, country):
    m = found(geocoder, text).get(town)
    assert m is not None and m.country_code == country and m.level == "city"


@pytest.mark.parametrize("text", [
    "Police in Ohio said cards of Jo Brown, of Acme Widgets, were found on the road.",
    "Police in Ohio said Jo Brown, of counsel, was found on the road.",
])
def test_no_town_in_that_slot_names_none(geocoder, text):
    assert set(found(geocoder, text)) == {"Ohio"}


@pytest.mark.parametrize("text, town, state", [
    ("The road will stay shut until Friday, said Somersworth police Capt. Dana Reed, in New Hampshire.",
     "Somersworth", "New Hampshire"),
    ("In Texas, said Kerrville police Sgt. Ann Moss, the road was closed.", "Kerrville", "Texas"),
])
def test_town_before_its_bodys_word_in_lower_case(geocoder, text, town, state):
    m = found(geocoder, text).get(town)
    assert m is not None and m.admin1 == state and m.level == "city"


def test_a_persons_name_before_the_word_stays_a_person(geocoder):
    text = "In Texas, said Jo Smith police spokesman, the road was closed."
    assert set(found(geocoder, text)) == {"Texas"}


# A county the gazetteer files only under its full name ("Lanark County"): the span stops
# before the word, which says the county is meant, not a town sharing the bare name.
@pytest.mark.parametrize("text, name, full", [
    ("A canoe overturned on a river in Lanark County on Sunday.", "Lanark", "Lanark County"),
    ("A crash in Lambton County killed two, police in Ontario said.", "Lambton", "Lambton County"),
    ("A crash in Simcoe County killed two, police in Ontario said.", "Simcoe", "Simcoe County"),
    ("Floods in Shaoyang County killed nine, officials in Hunan said.", "Shaoyang", "Shaoyang County"),
    ("A typhoon struck Chengmai County on the island of Hainan, China.", "Chengmai", "Chengmai County"),
])
def test_county_filed_under_its_full_name(geocoder, text, name, full):
    m = found(geocoder, text).get(name)
    assert m is not None and m.level == "admin2" and m.name == full


def test_a_town_without_the_word_stays_the_town(geocoder):
    m = found(geocoder, "A crash in Simcoe killed two, police in Ontario said.").get("Simcoe")
    assert m is not None and m.level == "city"


# A country's name joined by "and" to a surname the model tagged a person, the pair doing
# what the verb after says, is a second person: no country the report is about, which
# would hold its towns to that country's rules.
@pytest.mark.parametrize("text, town, state", [
    ("A clerk was wounded at a store in Muncie on Friday. Police said Brown and Jordan fired at him.",
     "Muncie", "Indiana"),
    ("Two men were held in Muncie on Friday after Jordan and Brown robbed a store.", "Muncie", "Indiana"),
])
def test_country_name_paired_with_a_surname_is_a_person(geocoder, text, town, state):
    places = found(geocoder, text)
    assert "Jordan" not in places
    assert places.get(town) is not None and places[town].admin1 == state


@pytest.mark.parametrize("text", [
    "Egypt and Jordan signed the deal on Monday.",
    "Talks between Israel and Jordan were held in Amman on Monday.",
    "Teams from the universities of Jordan and Leeds found the gene.",
])
def test_countries_paired_with_each_other_stay_countries(geocoder, text):
    assert found(geocoder, text)["Jordan"].level == "country"
