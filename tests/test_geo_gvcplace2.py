"""US local shooting news, where the event's place is the scene, not a home or a far namesake:
a famous foreign city's name beside a county's sheriff is the county's town; "the Western
Slope" names a region, not a far county called Slope; a sentence that names only the county
whose coroner or deputies speak is placed at the report's town of that county; a town told
only as a victim's address is no scene; an English word that is a town ("Mentor") before its
police is the town when the report names its county."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_helpers import coded

DAY = date(2021, 6, 15)


def shootings(pipeline, text: str) -> list:
    """The shooting rows a report codes (GVC-like crime news is coded as other violence)."""
    return [e for e in coded(pipeline, text, DAY) if e.sub_event_type in ("Shooting", "Accidental shooting")]


@pytest.mark.parametrize("text, town, state", [
    ("Gunfire left one man dead late Friday inside a duplex in Vienna, the Wood County sheriff "
     "told reporters. A Parkersburg roofer sits in jail.", "Vienna", "West Virginia"),
    ("Bullets wounded a cashier Sunday behind a laundromat in Moscow, Latah County deputies "
     "reported.", "Moscow", "Idaho"),
    ("Deputies found a retiree with fatal gunshot wounds inside his cabin in Berlin, Coos County "
     "staff confirmed.", "Berlin", "New Hampshire"),
])
def test_a_famous_foreign_name_beside_a_county_office_is_the_countys_town(violence_pipeline, text, town, state):
    rows = shootings(violence_pipeline, text)
    assert [(e.location, e.admin1) for e in rows] == [(town, state)]


def test_a_foreign_city_with_its_country_named_stays_abroad(violence_pipeline):
    text = ("A tourist from Latah County was shot and wounded Sunday in Moscow, Russia, "
            "his family told reporters.")
    rows = shootings(violence_pipeline, text)
    assert rows and all(e.country == "Russia" for e in rows)


def test_the_western_slope_is_no_far_county_called_slope(violence_pipeline):
    text = ("An elk hunter died of an accidental gunshot Saturday up on the Western Slope, rangers "
            "reported. Montrose County deputies opened an inquiry.")
    rows = shootings(violence_pipeline, text)
    assert [(e.admin1, e.admin2) for e in rows] == [("Colorado", "Montrose County")]


BY_THE_CORONER = (
    "Three dead in Loris murder-suicide\n\n"
    "LORIS, S.C. -- The Horry County coroner says three people hurt in a shooting "
    "before dawn Saturday have died.\n\n"
    "Troopers went to a cottage along Pine Lane in Loris near midnight."
)


def test_a_sentence_naming_only_the_coroners_county_takes_the_reports_town(violence_pipeline):
    rows = shootings(violence_pipeline, BY_THE_CORONER)
    assert [(e.location, e.admin2, e.geo_precision) for e in rows] == [("Loris", "Horry County", 1)]


def test_a_county_told_as_the_shootings_own_place_stays(violence_pipeline):
    # "the latest Horry County shooting": the county is where the sentence places it, no office
    text = ("Neighbors in Loris said they were shaken. Deputies said the latest Horry County shooting "
            "left a man dead Saturday.")
    rows = shootings(violence_pipeline, text)
    assert rows and all(e.admin2 == "Horry County" for e in rows)


@pytest.mark.parametrize("text, county", [
    ("A teen archer was fatally shot Sunday while out at dawn, a sheriff's spokesman said.\n\n"
     "Jo Reyes, 15, of Palisade, was out with his uncle.\n\n"
     "Mesa County detectives continue to look into it.", "Mesa County"),
    ("A welder died Saturday once a quarrel turned to gunfire, deputies said.\n\n"
     "The welder, Sam Lee, 40, of Rifle, was flown to a trauma ward.\n\n"
     "Garfield County deputies still seek a suspect.", "Garfield County"),
])
def test_a_town_told_only_as_the_victims_address_is_no_scene(violence_pipeline, text, county):
    # the victim's home town lies in the county, but nothing says the shooting was there
    rows = shootings(violence_pipeline, text)
    assert [(e.admin2, e.geo_precision) for e in rows] == [(county, 3)]


@pytest.mark.parametrize("text, town, state", [
    ("Teen slain on Center Street\n\nMentor police said gunfire killed a teen Saturday along Center "
     "Street. Lake County prosecutors plan a review.", "Mentor", "Ohio"),
    ("Clerk slain at fuel stop\n\nIndependence police said gunfire killed a clerk Friday at a fuel "
     "stop. Jackson County prosecutors charged a suspect.", "Independence", "Missouri"),
])
def test_an_english_word_town_before_its_police_is_the_town_when_its_county_is_named(
        violence_pipeline, text, town, state):
    rows = shootings(violence_pipeline, text)
    assert [(e.location, e.admin1) for e in rows] == [(town, state)]


def test_a_common_word_before_police_stays_a_word(violence_pipeline):
    text = ("Teen slain at rail stop\n\nTransit police said gunfire killed a teen Saturday at a rail "
            "stop in Cleveland. Cuyahoga County prosecutors plan a review.")
    rows = shootings(violence_pipeline, text)
    assert [e.location for e in rows] == ["Cleveland"]
