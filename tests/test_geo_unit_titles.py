"""A state's name before an official's title and name ("Missouri Gov. Jane Doe") is the
office, not the place of the event (the event was placed at the state's capital); it stays a
toponym for geoparse output. Invented sentences; the places are real (the gazetteer has no
invented ones), the people and incidents invented."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.nlp.parser import parse
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(p: Pipeline, text: str):
    return p.analyse(Report(id="t", title="", text=text, published=date(2021, 9, 14))).events



def test_a_state_before_a_governors_title_is_no_event_place(geocoder):
    doc = parse("A fire destroyed a chapel early Tuesday and arson was suspected.\n\n"
                "Missouri Gov. Alan Pemberly said the state would help the congregation rebuild.")
    assert "Missouri" not in [m.text for m in geocoder.find_places(doc)]
    # (still a toponym of the text for geoparse output)
    assert "Missouri" in [m.text for m in geocoder.toponyms(doc)]


def test_a_state_before_a_governors_title_does_not_place_the_event_at_its_capital(wide):
    text = ("A fire destroyed a chapel early Tuesday and arson was suspected.\n\n"
            "Missouri Gov. Alan Pemberly said the state would help the congregation rebuild.\n")
    assert "Jefferson City" not in [e.location for e in _events(wide, text)]


def test_a_state_told_as_the_place_stays_a_place(geocoder):
    doc = parse("A fire destroyed a chapel in rural Missouri early Tuesday, the governor said.")
    assert "Missouri" in [m.text for m in geocoder.find_places(doc)]
