""""Indian" names India in ``geoparse`` output only where the report names a place in
India ("Indian troops reached Patna"); in a report that names none ("the Caddo and
Atakapa Indians of the river valley") it is the native peoples of the Americas."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def demonyms(geocoder, text):
    return [(m.text, m.country_code) for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_indians_in_a_report_naming_no_place_in_india_are_no_toponym(geocoder):
    text = "Long before the ranchers came, Caddo and Wichita Indians hunted the valley near Lufkin, Texas."
    assert demonyms(geocoder, text) == []


def test_indian_in_a_report_naming_a_place_in_india_stays_one(geocoder):
    got = demonyms(geocoder, "Indian relief teams reached flooded villages outside Patna on Monday.")
    assert ("Indian", "IN") in got
