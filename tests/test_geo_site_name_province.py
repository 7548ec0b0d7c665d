"""A name the model took for an organisation's, opening a site's name ("died at Alverton
Hospital"), says nothing of the country of the province it also names: the report's own
town stays. Invented sentences; the places are real towns and a real province name."""
from __future__ import annotations

from geo_helpers import found


def test_a_hospital_named_like_a_province_abroad_leaves_the_town(geocoder):
    text = ("A man was shot on Friday outside a store in Kennesaw, police said.\n\n"
            "He died later at Trinity Hospital.")
    got = found(geocoder, text)
    assert got["Kennesaw"].admin1 == "Georgia"
    assert "Trinity" not in got or got["Trinity"].country_code == "US"


def test_a_state_opening_a_university_name_still_counts(geocoder):
    # (no town abroad is named like the state: the name still says its country)
    got = found(geocoder, "Students of Northern Illinois University cleaned alleys in DeKalb on Monday.")
    assert got["DeKalb"].admin1 == "Illinois"
