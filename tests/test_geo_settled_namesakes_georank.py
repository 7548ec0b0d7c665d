"""Issue 3: a town among the report's settled towns takes the gain of a state where the
report's other names are towns too, however much larger a capital abroad of its name is.
Settlers' towns share their names with those of the old country (Woodstock, Tavistock
are Ontario's and England's), so that country's state gains from them as well; the
capital's size must not then keep the gain from the town beside the report's own towns.
The report is written for this test; the towns are real places, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_town_among_the_settled_towns_is_no_namesake_of_the_capital_abroad(geocoder):
    text = ("Parents in Tillsonburg and Brantford complained about long bus rides to the schools "
            "in Woodstock and Tavistock. One mother, who moved from Luton, wrote to the London "
            "District School Board.")
    got = found(geocoder, text)
    assert got["Woodstock"].admin1 == "Ontario"
    assert got["Luton"].country_code == "GB"
    assert got["London"].admin1 == "Ontario"


def test_the_capital_keeps_its_name_far_from_the_settled_towns(geocoder):
    # (no town of the report lies near the Ontario town: London is the capital)
    text = ("Parents in Luton and Swindon complained about long bus rides. One mother wrote to "
            "the London District School Board.")
    assert found(geocoder, text)["London"].country_code == "GB"
