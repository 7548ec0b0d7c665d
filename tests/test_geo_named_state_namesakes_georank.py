"""Issue 3: a US state whose name a first-level unit abroad shares (Maryland and the
Liberian county, Montana and the Bulgarian province, Florida and the Uruguayan
department) is still a state the report names once its other names bear it out, as a
province named like a town abroad is (geo/prior.py). Before, any second unit of the name
anywhere kept the state out of the report's evidence, whatever the report's towns said.
The reports are written for these tests; the towns are real places, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_state_named_like_a_county_abroad_holds_the_reports_towns(geocoder):
    text = ("Deputies in Havre de Grace and Aberdeen arrested a man on Tuesday. Maryland "
            "officials said the blaze was set on purpose.")
    got = found(geocoder, text)
    assert got["Havre de Grace"].admin1 == "Maryland"
    assert got["Aberdeen"].admin1 == "Maryland"


def test_a_state_named_like_a_province_abroad_is_a_place_of_the_report(geocoder):
    text = ("Officers in Livingston and Sidney are looking for two men. Montana troopers said "
            "a car was stolen in Missoula.")
    got = found(geocoder, text)
    assert got["Montana"].country_code == "US"
    assert got["Livingston"].admin1 == "Montana"

