"""A county the report names lends a town in a county of that name nothing when the
report names a state holding such a county and not the town's (geo/ranking.py
``_county_of_named_state``): a county name is shared by many states, and the one the
report means is in the state it names."""
from __future__ import annotations

from geo_helpers import found


def test_a_county_of_a_named_state_lends_a_town_of_another_state_nothing(geocoder):
    text = ("Debaters claim title. A debate squad from Bowling Green took the Kentucky "
            "championship on Saturday, edging the Pike County team in the last round, "
            "the organisers said.")
    # (Bowling Green, Missouri lies in a Pike County too, but the report names Kentucky)
    assert found(geocoder, text)["Bowling Green"].admin1 == "Kentucky"
    # (a county of the town's own state, named, still places it: the Henry County Paris)
    text = ("Flood warning. Rain closed roads around Paris on Monday, and the Henry County "
            "emergency office asked Tennessee drivers to stay home, an official said.")
    assert found(geocoder, text)["Paris"].admin1 == "Tennessee"
