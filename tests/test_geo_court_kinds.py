"""A court's kind before "Court" ("Superior Court", "Supreme Court") names no town of
that name; a town opening a court's name still does (data/geo/court_kinds.tsv)."""
from __future__ import annotations

from geo_helpers import found


def test_a_courts_kind_is_no_town(geocoder):
    text = ("Prosecutors must answer the motion by Friday, and Superior Court Judge Dana Wells "
            "will rule on it next week.")
    assert "Superior" not in found(geocoder, text)
    text = "The Supreme Court will hear the appeal of the zoning ruling in the spring."
    assert "Supreme" not in found(geocoder, text)


def test_a_town_opening_a_courts_name_is_still_read(geocoder):
    got = found(geocoder, "The case moved to Danbury Superior Court on Monday, the clerk said.")
    assert got["Danbury"].admin1 == "Connecticut"
    # (the town of Superior itself, named as a place)
    assert "Superior" in found(geocoder, "A barn burned down in Superior, Wisconsin, on Sunday.")
