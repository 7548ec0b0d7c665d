"""Names that are a landmark many cities have, a brand or an institution's are no town of
another state: "Capitol Hill" in a report from Salt Lake City is that city's district, not
Washington's (``data/geo/shared_landmarks.tsv``), though a report from Washington keeps
Washington's; a loose spelling of a small town far from the report's towns ("Lego" for El
Lago, Texas; "San Andres University" for San Andreas, California) is no reading. Invented
reports."""
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


def test_a_brand_spelt_like_a_far_small_town_is_no_place(geocoder):
    text = ("SALT LAKE CITY — A man shot his neighbor on Friday in Murray, Utah, police said. Friends said "
            "the boy loved playing in Lego towns he built with his brother.")
    assert place_named(geocoder, text, "Lego") is None


def test_a_university_named_like_a_far_small_town_is_no_place(geocoder):
    text = ("LA PAZ, Bolivia — Police detained twenty students in La Paz on Monday after a march on the U.S. "
            "embassy. The students of the San Andres University called a strike until they are freed, "
            "and U.S. officials declined to comment.")
    m = place_named(geocoder, text, "San Andres")
    assert m is None or m.country_code != "US"
