"""Issue 3: a lake, river or shore named after a first-level unit ("Lake Ontario") is
weak evidence for that unit in the ranking too, not only for a paper's home: its country
counts by half a name, and its towns gain as those of a state where another name of the
report is a town. The reports are written for these tests; the places are real, the
events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_lake_named_after_a_province_backs_the_provinces_town(geocoder):
    text = ("Two fishermen drowned on Tuesday when their boat capsized on Lake Ontario. Police in "
            "Kingston said the men had left port at dawn.")
    got = found(geocoder, text)
    assert got["Kingston"].country_code == "CA"
    assert got["Kingston"].admin1 == "Ontario"


def test_without_the_lake_the_capital_keeps_its_name(geocoder):
    text = "Two fishermen drowned on Tuesday. Police in Kingston said the men had left port at dawn."
    assert found(geocoder, text)["Kingston"].country_code != "CA"
