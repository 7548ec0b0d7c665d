"""Issue 3: the town names of a local report are read together, in the one state they
share, not each as its largest namesake. Sentences are written for these tests; the
names in them are real places (the gazetteer has no invented ones), the people and
events invented; the unit tests use invented places."""
from __future__ import annotations

import pytest

from conflictlens.geo.area import NameReading, area_reading, area_state
from conflictlens.geo.gazetteer import Candidate
from geo_helpers import found


def _c(pid, name, admin1, pop, level="city", lat=0.0, lon=0.0, cc="US"):
    return Candidate(place_id=pid, geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc,
                     admin1="", admin2="", admin1_code=f"{cc}.{admin1}" if admin1 else "", population=pop,
                     level=level, feature_code="PPL", primary=True)


# Brill: a city in state BB and a small town in state AA beside Alverton (AA)
_BRILL_BIG = _c(1, "Brill", "BB", 500_000, lat=10.0, lon=10.0)
_BRILL_SMALL = _c(2, "Brill", "AA", 3_000, lat=40.0, lon=-80.0)
_ALVERTON = _c(3, "Alverton", "AA", 8_000, lat=40.1, lon=-80.1)
_ALVERTON_CC = _c(4, "Alverton", "CC", 1_000, lat=30.0, lon=-90.0)
_STATE_AA = _c(5, "Aaland", "AA", 4_000_000, level="admin1")


def _readings(*extra):
    return [NameReading("brill", _BRILL_BIG, [_BRILL_BIG, _BRILL_SMALL]),
            NameReading("alverton", _ALVERTON, [_ALVERTON, _ALVERTON_CC]), *extra]


def test_the_state_holding_most_names_is_the_area_and_its_namesake_beside_the_town_wins():
    readings = _readings(NameReading("aaland", _STATE_AA, [_STATE_AA]))
    assert area_state(readings) == "US.AA"
    assert area_reading(readings[0], "US.AA", readings) is _BRILL_SMALL
    assert area_reading(readings[1], "US.AA", readings) is None  # already there


def test_a_village_beside_the_town_takes_a_citys_name_only_in_a_report_naming_the_state():
    readings = _readings()
    assert area_state(readings) == "US.AA"
    assert area_reading(readings[0], "US.AA", readings) is None
    # (a small town, a fiftieth of the city or more, needs no state named)
    town = _c(9, "Brill", "AA", 12_000, lat=40.0, lon=-80.0)
    readings[0] = NameReading("brill", _BRILL_BIG, [_BRILL_BIG, town])
    assert area_reading(readings[0], "US.AA", readings) is town


def test_no_area_when_the_states_tie_or_another_state_is_named():
    lone = [NameReading("brill", _BRILL_BIG, [_BRILL_BIG, _BRILL_SMALL])]
    assert area_state(lone) == ""
    other = _c(6, "Bbland", "BB", 2_000_000, level="admin1")
    assert area_state(_readings(NameReading("bbland", other, [other]))) == ""
    assert area_state(_readings(NameReading("aaland", _STATE_AA, [_STATE_AA]))) == "US.AA"


def test_no_area_when_the_names_are_read_mostly_in_another_state():
    # a report on several cities: two names read in state DD, one in AA
    readings = _readings()
    for pid, key in ((10, "cobb"), (20, "dunmore")):
        city = _c(pid, key.title(), "DD", 300_000, lat=35.0, lon=-100.0)
        small = _c(pid + 1, key.title(), "AA", 2_000, lat=40.0, lon=-80.2)
        readings.append(NameReading(key, city, [city, small]))
    assert area_state(readings) == ""
    assert area_state(readings[:3]) == "US.AA"


def test_a_far_small_namesake_does_not_take_a_citys_name():
    far = _c(7, "Brill", "AA", 3_000, lat=45.0, lon=-70.0)
    readings = [NameReading("brill", _BRILL_BIG, [_BRILL_BIG, far]),
                NameReading("alverton", _ALVERTON, [_ALVERTON, _ALVERTON_CC])]
    assert area_state(readings) == "US.AA"
    assert area_reading(readings[0], "US.AA", readings) is None
    # a real town of the name (a twentieth of the city or more) moves however far
    town = _c(8, "Brill", "AA", 40_000, lat=45.0, lon=-70.0)
    readings[0] = NameReading("brill", _BRILL_BIG, [_BRILL_BIG, town])
    assert area_reading(readings[0], "US.AA", readings) is town


def test_a_name_the_report_places_itself_stays():
    readings = _readings()
    readings[0] = NameReading("brill", _BRILL_BIG, [_BRILL_BIG, _BRILL_SMALL], placed=True)
    assert area_reading(readings[0], "US.AA", readings) is None


@pytest.mark.parametrize("text", [
    "A Middletown man was hurt when his car struck a tree in Portland on Sunday, Connecticut state police said.",
    "Firefighters from Middletown and Cromwell helped put out a house fire in Portland on Sunday, "
    "officials in Connecticut said.",
])
def test_a_small_town_named_like_a_city_is_read_in_the_reports_state(geocoder, text):
    assert found(geocoder, text)["Portland"].admin1 == "Connecticut"


def test_a_lone_city_name_keeps_its_largest_reading(geocoder):
    got = found(geocoder, "A delivery van caught fire outside a bakery in Portland on Sunday, police said.")
    assert got["Portland"].admin1 == "Oregon"


@pytest.mark.parametrize("text, name, unit", [
    ("A Hanover man was hurt when his car struck a tree in Lebanon on Sunday, New Hampshire state police said.",
     "Lebanon", "New Hampshire"),
    ("Firefighters from Rumford and Dixfield put out a barn fire in Mexico on Sunday, officials in Maine said.",
     "Mexico", "Maine"),
    ("A Logansport man was hurt when his truck rolled over near Peru on Sunday, Indiana state police said.",
     "Peru", "Indiana"),
])
def test_a_country_name_beside_the_reports_towns_is_the_town_of_its_state(geocoder, text, name, unit):
    got = found(geocoder, text)[name]
    assert got.level == "city" and got.admin1 == unit


def test_a_country_name_far_from_the_reports_towns_stays_the_country(geocoder):
    text = "A Concord soldier who served two tours in Lebanon returned home on Sunday, New Hampshire officials said."
    assert found(geocoder, text)["Lebanon"].level == "country"


def test_of_states_holding_as_many_names_the_one_the_report_names_is_the_area():
    # Brill and Alverton are towns of AA and of EE alike; the report names AA, whose
    # name is a town of EE too
    brill_ee = _c(11, "Brill", "EE", 4_000, lat=20.0, lon=-100.0)
    alverton_ee = _c(12, "Alverton", "EE", 4_000, lat=20.1, lon=-100.1)
    aaland_ee = _c(13, "Aaland", "EE", 900, lat=20.2, lon=-100.2)
    brill = NameReading("brill", _BRILL_BIG, [_BRILL_BIG, _BRILL_SMALL, brill_ee])
    state = NameReading("aaland", _STATE_AA, [_STATE_AA, aaland_ee])
    alverton = NameReading("alverton", _ALVERTON, [_ALVERTON, alverton_ee])
    assert area_state([brill, alverton]) == ""  # a tie, no state named
    assert area_state([brill, alverton, state]) == "US.AA"
    # (not where the other state holds a name's reading: a report on two states)
    alverton = NameReading("alverton", alverton_ee, [_ALVERTON, alverton_ee])
    assert area_state([brill, alverton, state]) == ""


@pytest.mark.parametrize("text", [
    "A Manhattan student was hurt when his pickup hit a deer on Sunday, Kansas troopers said.",
    "Storms knocked down trees across Manhattan on Monday, and officials in Kansas said power was out for hours.",
])
def test_a_big_citys_name_in_a_report_naming_a_state_with_a_real_town_of_it(geocoder, text):
    assert found(geocoder, text)["Manhattan"].admin1 == "Kansas"


def test_a_county_moves_only_to_a_county():
    county = _c(20, "Brill County", "BB", 200_000, level="admin2", lat=10.0, lon=10.0)
    parish = _c(21, "Brill Parish", "AA", 30_000, level="admin2", lat=40.0, lon=-80.05)
    readings = _readings(NameReading("aaland", _STATE_AA, [_STATE_AA]))
    readings.append(NameReading("brill county", county, [county, parish]))
    assert area_state(readings) == "US.AA"
    assert area_reading(readings[-1], "US.AA", readings) is None
    same = _c(22, "Brill County", "AA", 30_000, level="admin2", lat=40.0, lon=-80.05)
    readings[-1] = NameReading("brill county", county, [county, same])
    assert area_reading(readings[-1], "US.AA", readings) is same
