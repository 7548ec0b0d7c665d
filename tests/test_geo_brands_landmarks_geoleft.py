"""A landmark many cities have is no town of another state: "Capitol Hill" in a report from
Salt Lake City is that city's district, not Washington's (``data/geo/shared_landmarks.tsv``),
though a report from Washington keeps Washington's. Invented reports."""
from __future__ import annotations

from geo_helpers import place_named


def test_capitol_hill_in_a_utah_report_is_salt_lake_citys(geocoder):
    text = ("SALT LAKE CITY — Hundreds of protesters rallied on Capitol Hill on Saturday against a new law "
            "passed by Utah lawmakers; police arrested three people.")
    m = place_named(geocoder, text, "Capitol Hill")
    assert m is None or (m.admin1 == "Utah" and m.location == "Salt Lake City - Capitol Hill")


def test_capitol_hill_in_a_report_from_washington_stays_washingtons(geocoder):
    text = "WASHINGTON (Reuters) - Police arrested 20 protesters on Capitol Hill on Tuesday."
    m = place_named(geocoder, text, "Capitol Hill")
    assert m is not None and m.admin1 == "District of Columbia"
