"""An event placed by a town's kind alone ("south of the city") is at the town the report last
named, near it after a direction. Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

REPORT = """Houthi missile kills three in Marib
The Houthis fired a missile at Marib city on Tuesday, killing three civilians, officials said.
Separately, government forces and Houthi fighters clashed {where} on Tuesday, leaving 12 fighters dead.
"""


def _rows(pipeline, where):
    text = REPORT.format(where=where)
    return pipeline.process(Report(id="t", text=text, published=date(2024, 5, 15)))


def test_a_clash_south_of_the_city_is_near_the_city_last_named(pipeline):
    clash = [e for e in _rows(pipeline, "south of the city") if e.event_type == "Battles"]
    assert [(e.location, e.geo_precision, e.fatalities) for e in clash] == [("Ma'rib", 2, 12)]


def test_a_clash_in_the_city_is_in_it(pipeline):
    clash = [e for e in _rows(pipeline, "in the city") if e.event_type == "Battles"]
    assert [(e.location, e.geo_precision) for e in clash] == [("Ma'rib", 1)]


def test_a_city_council_is_no_town_referred_to(pipeline):
    rows = _rows(pipeline, "according to the city council")
    assert not [e for e in rows if e.event_type == "Battles"]
