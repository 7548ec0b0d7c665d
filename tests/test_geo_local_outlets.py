"""US local outlets (papers and stations) as weak evidence for a report's places: the table
gives their homes; their country alone makes no near spelling or other name of a town out
of a name the model took for a person or body; and a report of theirs that names no state
means no small town far from home."""
from __future__ import annotations

import pytest

from conflictlens.geo.context import CountryPrior
from conflictlens.geo.gazetteer import Candidate
from conflictlens.geo.outlet import OUTLET_KEY, OUTLET_WEIGHT, OutletHome, far_from_home
from conflictlens.nlp.parser import parse


def places(geocoder, text, url):
    home = geocoder.outlet_home(url=url)
    return {m.text: m for m in geocoder.find_places(parse(text), outlet=home)}


@pytest.mark.parametrize("url, source, town, state", [
    ("https://www.ksat.com/news/local/2024/05/06/story/", "KSAT", "San Antonio", "US.TX"),
    ("https://www.tennessean.com/story/news/crime/x/", "The Tennessean", "Nashville", "US.TN"),
    ("https://www.wral.com/story/x/", "WRAL", "Raleigh", "US.NC"),
    ("http://www.jsonline.com/news/crime/x.html", "Milwaukee Journal Sentinel", "Milwaukee", "US.WI"),
    ("https://www.kltv.com/story/x/", "KLTV", "Tyler", "US.TX"),
])
def test_local_papers_and_stations_have_their_home_towns(geocoder, url, source, town, state):
    for home in (geocoder.outlet_home(url=url), geocoder.outlet_home(source=source)):
        assert (home.country_code, home.admin1_code, home.name, home.how) == ("US", state, town, "table")
        assert home.latitude is not None


def test_a_local_stations_report_naming_no_state_means_no_small_town_far_away(geocoder):
    # a San Antonio neighbourhood the gazetteer lacks is no Colorado town 1,100 km away
    text = "A man was shot in Monte Vista on Sunday, deputies said."
    assert "Monte Vista" not in places(geocoder, text, "https://www.ksat.com/news/x")
    text = "A teenager was hurt in Universal City on Sunday, deputies said."
    assert places(geocoder, text, "https://www.ksat.com/news/x")["Universal City"].admin1 == "Texas"


def test_a_far_small_town_stays_when_the_report_names_its_state(geocoder):
    text = "A man was shot in Monte Vista, Colorado, on Sunday, deputies said."
    assert places(geocoder, text, "https://www.ksat.com/news/x")["Monte Vista"].admin1 == "Colorado"


def test_far_from_home_spares_big_towns_and_other_countries():
    home = OutletHome("US", "US.TX", 29.42, -98.49, "San Antonio", "table")

    def town(pop, cc="US", lat=34.14, lon=-118.35):
        return Candidate(1, 1, "T", lat, lon, cc, "", "", "", pop, "city", "PPL", primary=True)
    assert far_from_home(town(5_000), home)
    assert not far_from_home(town(500_000), home)
    assert not far_from_home(town(5_000, lat=29.58, lon=-98.30), home)
    assert not far_from_home(town(5_000, cc="MX"), home)
    # a paper whose home is only a country (or a state) has no point to measure from
    assert not far_from_home(town(5_000), OutletHome("US", how="table"))


def test_a_body_taken_for_a_place_by_a_near_spelling_needs_more_than_the_outlets_country(geocoder):
    text = "Medics carried the boy to Children's Hospital, where doctors could not save him."
    assert "Children's" not in places(geocoder, text, "https://www.ksat.com/news/x")


def _prior(report_weight: float) -> CountryPrior:
    prior = CountryPrior()
    prior.outlet = OutletHome("US", "US.TX", 29.42, -98.49, "San Antonio", "table")
    prior.add("US", OUTLET_WEIGHT, OUTLET_KEY)
    if report_weight:
        prior.add("US", report_weight)
    return prior


@pytest.mark.parametrize("primary, report_weight, credible", [
    (True, 0.0, True),     # the town's own name: the outlet's country is enough
    (False, 0.0, False),   # another of its names: not on the outlet's word alone
    (False, 1.0, True),    # ... but in a country the report itself names
])
def test_a_name_taken_for_a_person_is_a_towns_other_name_only_where_the_report_says_its_country(
        geocoder, primary, report_weight, credible):
    c = Candidate(1, 1, "Alverton", 31.0, -97.0, "US", "Texas", "", "US.TX", 5_000, "city", "PPL",
                  match="exact", primary=primary)
    assert geocoder._credible(c, _prior(report_weight), strict=True, label="PERSON") is credible


def test_a_county_with_no_state_leans_to_the_one_near_the_outlets_home(geocoder):
    # a Shreveport station's "Marion County" is the Texas county across the state line, not
    # Indiana's far larger one
    text = "Deputies of Marion County looked into how a rifle wounded Cal Brenn, 9, at a deer stand."
    m = places(geocoder, text, "https://www.ksla.com/story/1/x")["Marion"]
    assert (m.level, m.admin1) == ("admin2", "Texas")


def test_local_papers_bare_dateline_is_its_states_town_over_a_larger_one_abroad(geocoder):
    # Waterloo, Ontario is larger than Waterloo, Iowa; a Des Moines paper that says nothing
    # Canadian means the Iowa town
    text = "Waterloo opens new library. WATERLOO -- The city opened its new library on Monday."
    found = places(geocoder, text, "https://www.desmoinesregister.com/story/news/x/")
    assert (found["Waterloo"].country_code, found["Waterloo"].admin1) == ("US", "Iowa")


def test_local_papers_town_gives_way_to_the_country_the_report_names(geocoder):
    text = ("Waterloo opens new library. WATERLOO, Ontario -- The Canadian city opened its new "
            "library on Monday.")
    found = places(geocoder, text, "https://www.desmoinesregister.com/story/news/x/")
    assert found["Waterloo"].country_code == "CA"
