"""Issue 3: a state's name is no village's when the report's counties are weighed. "Florida"
in a report on the Orange County deputies is the state, not the village of Florida that
Orange County, New York holds; read as that village it made the New York county the
report's (a town of the report in the county's state, and a town beside it). Invented
sentences only."""
from __future__ import annotations

from conflictlens.geo.outlet import OutletHome
from conflictlens.nlp.parser import parse

from geo_helpers import found

#: a station of Orlando, Florida: weak evidence, that a village of the report's names must not outweigh
ORLANDO_STATION = OutletHome("US", "US.FL", 28.53834, -81.37924, "Orlando", "table")


def test_state_name_is_no_village_of_a_county(geocoder):
    text = ("Orange County deputies said a man was stabbed outside a gas station on Tuesday. "
            "It was the third stabbing in Central Florida this month.")
    orange = found(geocoder, text)["Orange"]
    assert (orange.admin1, orange.level) == ("Florida", "admin2")


def test_state_name_is_no_town_beside_a_county(geocoder):
    text = ("Shots hit a house on Elm Road late Sunday, and the Orange County Sheriff's Office is investigating. "
            "Get alerts on crime in Central Florida.")
    places = {m.text: m for m in geocoder.find_places(parse(text), outlet=ORLANDO_STATION)}
    assert (places["Orange"].admin1, places["Orange"].level) == ("Florida", "admin2")
