"""Issue 6: a town the gazetteer reads in a state the report never names (a surname, or a
namesake of a local town the gazetteer lacks) is no place of the report's violence, in a
report that names its state. Invented reports and places only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.home_state import event_places, report_states, stray_towns
from conflictlens.model import PlaceMention, Report
from conflictlens.pipeline import Pipeline, Settings


def _place(name, cc, admin1, level="city", population=5000):
    return PlaceMention(start=0, end=len(name), text=name, name=name, geonameid=None, latitude=0.0,
                        longitude=0.0, country_code=cc, admin1=admin1, level=level, population=population)


def test_towns_outside_the_named_states_are_strays():
    state = _place("Oregon", "US", "Oregon", level="admin1", population=3_000_000)
    home = _place("Alverton", "US", "Oregon")
    namesake = _place("Brill", "US", "Florida")
    big = _place("Chicago", "US", "Illinois", population=2_700_000)
    abroad = _place("Gori", "GE", "Shida Kartli")
    places = [state, home, namesake, big, abroad]
    assert report_states(places) == ("US", {"Oregon"})
    assert stray_towns(places) == {id(namesake)}
    assert event_places(places) == [state, home, big, abroad]


def test_a_state_named_once_and_holding_no_town_of_the_report_is_none_of_its_states():
    state = _place("Ohio", "US", "Ohio", level="admin1", population=11_000_000)
    town = _place("Brill", "US", "Alaska")
    assert report_states([state, town]) == ("US", set())
    assert stray_towns([state, town]) == set()
    assert stray_towns([state, state, town]) == {id(town)}


def test_counties_name_their_states():
    county = _place("Lane", "US", "Oregon", level="admin2", population=300_000)
    namesake = _place("Brill", "US", "Florida")
    assert stray_towns([county, county, namesake]) == {id(namesake)}
    # a state named in passing beside the report's county: the county's towns stay
    passing = _place("Georgia", "US", "Georgia", level="admin1", population=10_000_000)
    home = _place("Alverton", "US", "Oregon")
    assert stray_towns([passing, county, home]) == set()


def test_no_state_named_leaves_every_town():
    towns = [_place("Alverton", "US", "Oregon"), _place("Brill", "US", "Florida")]
    assert stray_towns(towns) == set()
    # a country outside the table (whose reports need not name a town's state)
    assert stray_towns([_place("Anbar", "IQ", "Anbar", level="admin1"), _place("Hit", "IQ", "Nineveh")]) == set()


def test_a_state_of_another_country_named_in_passing_does_not_switch_the_rule_off():
    places = [_place("Oregon", "US", "Oregon", level="admin1"), _place("Brittany", "FR", "Bretagne", level="admin1"),
              _place("Alverton", "US", "Oregon"), _place("Brill", "US", "Florida")]
    assert report_states(places) == ("US", {"Oregon"})
    assert len(stray_towns(places)) == 1


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_a_namesake_in_another_state_does_not_place_the_event(wide):
    title = "Oregon man dies after shooting at his home"
    body = ("A man died Sunday after he was shot at his home in Tavares, deputies said. "
            "The Oregon State Police are investigating.")
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 5, 6))
    events = [e for e in wide.process(r) if e.event_type == "Other violence"]
    assert events and {e.admin1 for e in events} == {"Oregon"}
