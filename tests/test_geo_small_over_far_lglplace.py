"""A small US town (``zipcodes``) replacing the gazetteer's reading of its name:
where the report's other names bear out the small town's state and lie beside it, not
the reading's (a village whose namesakes are towns in other states), the village is
meant. Run on the session's gazetteer; skipped where the small towns are absent."""
from __future__ import annotations

import pytest

from geo_helpers import place_named, with_small_towns

# (invented reports)
NEIGHBOURS = ("A grass fire burned two barns in Weston on Monday. Crews from Celina and Anna "
              "helped put it out, officials in McKinney said.")
FAR = "A grass fire burned two barns in Weston on Monday, officials in Austin and San Antonio said."


@pytest.fixture(scope="module")
def small(geocoder):
    return with_small_towns(geocoder, "Weston")


def test_a_village_among_the_reports_towns_is_meant_not_a_namesake_elsewhere(small):
    # (Weston, Texas, a village beside Celina, Anna and McKinney, not the Florida city)
    m = place_named(small, NEIGHBOURS, "Weston")
    assert m is not None and (m.admin1, m.level) == ("Texas", "city")
    assert m.population == 0  # the small town itself


def test_a_village_far_from_the_reports_towns_is_not_meant(small):
    # (towns of the state, but none within a county's width of the village)
    m = place_named(small, FAR, "Weston")
    assert m is not None and m.admin1 != "Texas"

