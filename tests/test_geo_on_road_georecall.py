"""A town the model runs on over "on" and a numbered road into one organisation
("north of Fairmont on Highway 15") is a place on that road, split off as "in" and "to"
are; a body's own "on" ("the Council on Aging") names no road and stays whole."""
from __future__ import annotations

from geo_helpers import found


def test_a_town_before_on_and_a_numbered_road_is_a_place(geocoder):
    got = found(geocoder, "The pickup left the road about a mile south of Fairmont on Highway 15 after "
                          "its driver fell asleep, deputies said.")
    assert "Fairmont" in got and got["Fairmont"].country_code == "US"


def test_a_bodys_own_on_is_no_road(geocoder):
    got = found(geocoder, "Members of the Brindleford Council on Aging met on Tuesday in Marlow Heights.")
    assert set(got) == {"Marlow Heights"}
