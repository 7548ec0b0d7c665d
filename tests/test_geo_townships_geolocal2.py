"""Issue 3: a US civil township the gazetteer lacks ("X Township") is read as its
namesake town in the United States, never dropped and never a namesake abroad (an
English town of that name). Sentences are written for these tests; the towns are real,
the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_township_the_gazetteer_lacks_is_its_namesake_us_town(geocoder):
    got = found(geocoder, "A fire destroyed a barn in Cheltenham Township on Monday, officials said.")
    assert got["Cheltenham Township"].country_code == "US"


def test_the_township_is_read_in_the_reports_state(geocoder):
    got = found(geocoder, "Police in Jackson Township, Ohio, arrested a man after a robbery on Friday.")
    assert got["Jackson Township"].admin1 == "Ohio"


def test_the_plain_name_still_takes_its_largest_namesake(geocoder):
    got = found(geocoder, "A fire destroyed a barn in Cheltenham on Monday, officials said.")
    assert got["Cheltenham"].country_code == "GB"
