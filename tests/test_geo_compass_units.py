"""A compass word and a unit word ("Eastern Province", "Northern Region") name a
first-level unit together: the unit word stays in the name, so the unit is found where
the compass word alone names no unit of the report's country, and never a town named
like the compass word. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_a_compass_province_named_only_with_its_unit_word(geocoder):
    # Saudi Arabia's Eastern Province is "Ash Sharqiyah" in GeoNames; "Eastern" alone is
    # no Saudi unit
    places = found(geocoder, "Two nurses fell ill with the virus in the Eastern Province "
                             "of Saudi Arabia, the ministry said.")
    m = places["Eastern Province"]
    assert (m.level, m.country_code) == ("admin1", "SA")


def test_a_compass_region_of_the_reports_country(geocoder):
    places = found(geocoder, "Ghana's Northern Region recorded twelve new cases of meningitis "
                             "this week.")
    m = places["Northern Region"]
    assert (m.level, m.country_code, m.admin1) == ("admin1", "GH", "Northern")

