"""A clock time's "a.m." or "p.m." spelt out as tokenised text does ("9 : 40 p . m .") is
read as one abbreviation: the parser ends no sentence inside it, so the violence told before
it keeps the weekday the rest of its sentence gives. Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.model import Report
from conflictlens.nlp import prepare_text
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_the_spaced_clock_words_close_up_with_the_same_length():
    text = ("It began at 9 : 15 a . m . and ended at 4 p . m . Sunday ; at 8 p . m . Police left . "
            "Plan a . Map")
    prepared = prepare_text(text)
    assert len(prepared) == len(text)
    assert "9 : 15 a.m." in prepared and "4 p.m." in prepared
    assert "8 p . m . Police" in prepared  # the period may end the sentence: left as written
    assert "Plan a . Map" in prepared  # a lone letter is no clock time


def test_a_report_with_no_date_keeps_the_weekday_of_its_shooting(wide):
    text = ("Officers fire on a man in a parking lot\n\n"
            "Two officers shot a man in a parking lot in Camden , New Jersey , shortly after 3 : 05 a . m . "
            "on Sunday after he raised a rifle , police said .\n")
    a = wide.analyse(Report(id="u", title="", text=text))
    assert "Sun" in a.report.incident_weekdays.split(","), a.report.incident_weekdays
