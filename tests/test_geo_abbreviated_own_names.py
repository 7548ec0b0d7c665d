"""A town whose own name is the name as written with its abbreviated words in full
("St. George" for Saint George, Utah, where GeoNames lists the short form only among
its alternate names) is called by its own name: it places the report's county beside
it like any town. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_a_short_form_of_a_towns_own_name_counts_as_its_own(gazetteer_file):
    from conflictlens.geo import Gazetteer

    cands = Gazetteer(gazetteer_file).lookup("St. George")
    utah = next(c for c in cands if c.admin1 == "Utah" and c.level == "city")
    assert utah.primary


def test_a_county_beside_a_town_written_short(geocoder):
    places = found(geocoder, "A St. George woman was hurt when her car left the road in "
                             "Washington County.")
    m = places["Washington"]
    assert (m.level, m.admin1) == ("admin2", "Utah")
