"""Issue 6 / issue 3: a bare town name in a US local report. A town of another state that
no dateline list lets stand alone (Madison, Wisconsin's capital) is a stray in a report that
names its own state; in a local outlet's report that names no state, the outlet's state is
the report's, and a far town of a name many states share stands for a local place near the
outlet. Invented reports; real place names."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.home_state import event_places, stray_towns
from conflictlens.model import PlaceMention, Report
from conflictlens.pipeline import Pipeline, Settings


def _place(name, admin1, level="city", population=5000, lat=0.0, lon=0.0, units=1):
    return PlaceMention(start=0, end=len(name), text=name, name=name, geonameid=None, latitude=lat,
                        longitude=lon, country_code="US", admin1=admin1, level=level, population=population,
                        name_units=units)


HOME = PlaceMention(start=0, end=0, text="", name="Nashville", geonameid=None, latitude=36.17, longitude=-86.78,
                    country_code="US", admin1="Tennessee", location="Nashville", geo_precision=2)


def test_a_state_capital_of_another_state_is_a_stray_but_a_dateline_city_is_not():
    state = _place("Tennessee", "Tennessee", level="admin1", population=6_000_000)
    town = _place("Nashville", "Tennessee", population=690_000)
    madison = _place("Madison", "Wisconsin", population=280_000, lat=43.07, lon=-89.40, units=25)
    cleveland = _place("Cleveland", "Ohio", population=365_000)
    places = [state, town, madison, cleveland]
    assert stray_towns(places) == {id(madison)}


def test_a_local_outlets_state_is_the_reports_when_it_names_none():
    madison = _place("Madison", "Wisconsin", population=280_000, lat=43.07, lon=-89.40, units=25)
    out = event_places([madison], HOME)
    assert len(out) == 1 and out[0].admin1 == "Tennessee" and out[0].geo_precision == 2
    assert (out[0].start, out[0].end) == (madison.start, madison.end)
    # no outlet: the town stands
    assert event_places([madison]) == [madison]


def test_the_home_rule_spares_near_towns_famous_names_and_reports_with_other_places():
    # across the state line, within the station's area
    near = _place("Franklin", "Kentucky", lat=36.72, lon=-86.58, units=20)
    assert stray_towns([near], HOME) == set()
    # a name two states share, told bare for the far city ("Kansas City")
    famous = _place("Kansas City", "Kansas", population=150_000, lat=39.11, lon=-94.63, units=2)
    assert stray_towns([famous], HOME) == set()
    # a far common name beside a town of the home's state: dropped, not moved to the home
    madison = _place("Madison", "Wisconsin", population=280_000, lat=43.07, lon=-89.40, units=25)
    local = _place("Antioch", "Tennessee", lat=36.06, lon=-86.67, units=4)
    assert event_places([madison, local], HOME) == [local]


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(pipeline, text, url=""):
    title, body = text.split("\n\n", 1)
    r = Report(id="t", title=title, text=text, published=date(2024, 5, 8), url=url)
    return [e for e in pipeline.process(r) if e.event_type == "Other violence"]


def test_a_tennessee_dateline_keeps_a_bare_madison_out_of_wisconsin(wide):
    text = ("Man wounded at Madison apartment\n\n"
            "NASHVILLE, Tenn. - A man was shot Tuesday night at a Madison apartment complex, police said. "
            "Officers found him in the parking lot of the Brillwood Apartments.")
    events = _events(wide, text)
    assert events and {e.admin1 for e in events} == {"Tennessee"}


def test_a_nashville_stations_bare_madison_is_placed_near_nashville(wide):
    text = ("Teen wounded in shooting at Madison apartment\n\n"
            "A teenager was shot Tuesday night inside an apartment in Madison, police said. "
            "Detectives have not named a suspect.")
    events = _events(wide, text, url="https://www.wsmv.com/story/1/teen-wounded")
    assert events and {(e.admin1, e.geo_precision) for e in events} == {("Tennessee", 2)}
