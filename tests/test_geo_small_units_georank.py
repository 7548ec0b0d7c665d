"""Issue 3: a first-level unit of fewer than SMALL_UNIT people (a municipality of Puerto
Rico, a Slovenian one, a Maltese council: GeoNames lists them as first-level units) says
its country and state only when the report's other names say that country. Its name is as
often a street's or a plain word in a report from elsewhere; read as a province it
outweighed a dateline of a city of a million and a half. The reports are written for these
tests; the places are real, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_tiny_unit_abroad_does_not_outweigh_the_dateline(geocoder):
    text = ("SAN ANTONIO - Police are looking for a man who robbed a gas station near Culebra and "
            "Westover Hills late Tuesday, officers said.")
    got = found(geocoder, text)
    assert got["SAN ANTONIO"].admin1 == "Texas"
    assert "Culebra" not in got or got["Culebra"].country_code != "PR"


def test_a_tiny_unit_of_the_reports_country_is_still_its_province(geocoder):
    # (the report is about Puerto Rico: the municipality is a place of it)
    text = ("Two fishermen were rescued off Culebra on Tuesday after their boat sank, Puerto Rico "
            "police said.")
    assert found(geocoder, text)["Culebra"].country_code == "PR"
