"""Tolls told with a part of a group (branch muc4fix): "one of her escorts" counts one of the escorts,
beside the other victims of its sentence. Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _toll(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e.fatalities


def test_one_of_her_escorts_is_counted_beside_her_driver(pipeline):
    assert _toll(pipeline, "Gunmen sprayed the car of a deputy interior minister with bullets in Tegucigalpa on "
                           "Monday, badly wounding her; her driver and one of her escorts were killed.") == 2
