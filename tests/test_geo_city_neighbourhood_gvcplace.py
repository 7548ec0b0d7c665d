"""Issue 3: "the city's X neighborhood" in a local paper's report with no dateline (nor the
city's police quoted) is a part of the paper's city, not a namesake town far away; so is
a hyphenated neighbourhood name whose first word is a far town's ("the city's Fargo-Linden
neighborhood"). A town of the paper's state named with "area" and no "the city's" stays
the town. Invented sentences only."""
from __future__ import annotations

from conflictlens.geo.outlet import OutletReader
from conflictlens.nlp.parser import parse


def _places(geocoder, text, url):
    home = OutletReader(geocoder.gaz).home(url=url)
    assert home is not None and home.latitude is not None
    return {m.text: m for m in geocoder.find_places(parse(text), outlet=home)}


def test_the_citys_neighbourhood_is_in_the_papers_city(geocoder):
    text = "A teenager was wounded by gunfire on Sunday evening in the city's Allentown neighborhood, police said."
    m = _places(geocoder, text, "https://www.post-gazette.com/local/x")["Allentown"]
    assert (m.name, m.admin1) == ("Pittsburgh", "Pennsylvania")


def test_a_hyphenated_neighbourhood_opening_with_a_far_towns_name(geocoder):
    text = "Two men were shot outside a corner store in the city's Fargo-Linden neighborhood late Friday."
    m = _places(geocoder, text, "https://www.chicagotribune.com/news/x")["Fargo"]
    assert (m.name, m.admin1) == ("Chicago", "Illinois")


def test_a_town_of_the_papers_state_named_with_area_stays_the_town(geocoder):
    text = "Deputies were called to a farmhouse in the Anadarko area after a man was shot on Monday."
    m = _places(geocoder, text, "https://www.oklahoman.com/story/x")["Anadarko"]
    assert (m.name, m.admin1) == ("Anadarko", "Oklahoma")


def test_a_county_of_the_name_is_no_reading_of_a_neighbourhood(geocoder):
    # (Marion is also many a county's name: a neighbourhood is never a county)
    text = "A woman was shot in the arm on Tuesday in the city's Marion neighborhood, police said."
    m = _places(geocoder, text, "https://www.chicagotribune.com/news/x")["Marion"]
    assert (m.name, m.admin1) == ("Chicago", "Illinois")
