"""Issue 3: a US civil township the gazetteer lacks ("X Township") is read as its
namesake town in the United States, never dropped and never a namesake abroad (an
English town of that name). Sentences are written for these tests; the towns are real,
the events invented."""
from __future__ import annotations

from dataclasses import replace

from conflictlens.geo.area import NameReading, area_state
from conflictlens.geo.gazetteer import Candidate
from geo_helpers import found


def test_a_township_the_gazetteer_lacks_is_never_a_namesake_abroad(geocoder):
    got = found(geocoder, "A fire destroyed a barn in Cheltenham Township on Monday, officials said.")
    assert "Cheltenham Township" not in got or got["Cheltenham Township"].country_code == "US"


def test_a_township_is_read_as_its_namesake_town_in_the_reports_area(geocoder):
    got = found(geocoder, "A fire destroyed a barn in Cheltenham Township on Monday. Crews from Abington and "
                          "Jenkintown helped, Montgomery County officials said.")
    assert got["Cheltenham Township"].admin1 == "Pennsylvania"


def test_a_township_in_no_area_is_no_namesake_village(geocoder):
    # (its namesakes are villages of many states: none is the township's place)
    got = found(geocoder, "A fire destroyed a barn in Jerome Township on Monday, officials said.")
    assert "Jerome Township" not in got


def test_the_plain_name_still_takes_its_largest_namesake(geocoder):
    got = found(geocoder, "A fire destroyed a barn in Cheltenham on Monday, officials said.")
    assert got["Cheltenham"].country_code == "GB"


def test_a_township_lies_in_the_county_the_report_names(geocoder):
    got = found(geocoder, "A man was hurt in a crash in Webster Township on Friday, Rice County deputies said. "
                          "He was taken to a hospital in Minneapolis.")
    assert got["Webster Township"].name == "Rice County"


def test_the_county_is_read_in_the_reports_state_first(geocoder):
    got = found(geocoder, "A woman was hurt in a fall in Jefferson Township on Friday, Washington County deputies "
                          "in Indiana said. She was flown to Indianapolis.")
    assert (got["Jefferson Township"].name, got["Jefferson Township"].admin1) == ("Washington County", "Indiana")


def test_a_township_with_no_namesake_in_the_reports_state_lies_in_that_state(geocoder):
    got = found(geocoder, "Crews from Columbus and Hilliard put out a house fire in Jerome Township, in central "
                          "Ohio, on Sunday. Residents of Dublin and Marysville saw the smoke.")
    assert (got["Jerome Township"].level, got["Jerome Township"].admin1) == ("admin1", "Ohio")


def _c(pid, admin1, level="city"):
    return Candidate(place_id=pid, geonameid=None, name="Brill", latitude=0.0, longitude=0.0, country_code="US",
                     admin1="", admin2="", admin1_code=f"US.{admin1}", population=1000, level=level,
                     feature_code="PPL", primary=True)


def test_a_township_read_through_its_namesakes_does_not_choose_the_reports_state():
    # invented towns: two names each with a namesake in states AA and BB; a township whose
    # namesake villages lie in AA (and CC) would break the tie for AA, but it is no town of AA
    a, b = NameReading("x", _c(1, "AA"), [_c(1, "AA"), _c(2, "BB")]), NameReading("y", _c(3, "BB"), [_c(4, "AA"), _c(3, "BB")])
    township = NameReading("z township", _c(5, "AA"), [_c(5, "AA"), _c(6, "CC")], votes=False)
    assert area_state([a, b, township]) == ""
    assert area_state([a, b, replace(township, votes=True)]) == "US.AA"
