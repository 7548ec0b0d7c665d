"""A month's abbreviation whose period stands apart, as in tokenised text ("Nov . 30"), is
read as the abbreviation: the parser ends no sentence there, so the violence told after it
keeps the day the same sentence gives it, not a later day of the report. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.nlp import prepare_text
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_the_spaced_period_goes_back_to_its_month_with_the_same_length():
    text = "He fled on Nov . 30 , 2009 and was seen in Oct . 2010 ; Dec . is cold ."
    prepared = prepare_text(text)
    assert len(prepared) == len(text)
    assert "Nov.  30" in prepared and "Oct.  2010" in prepared
    assert "Dec . is" in prepared  # no day or year after it: left as written


def test_a_day_after_a_spaced_month_dates_the_violence_of_its_sentence(wide):
    text = ("Fugitive found after a week on the run\n\n"
            "A fugitive who escaped from a jail van was found Monday , police in Lubbock , Texas , said .\n\n"
            "Roe , 38 , was in the van Nov . 30 when he shot a deputy in the arm on a highway near Lubbock .\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=date(2009, 12, 7)))
    days = sorted(str(e.event_date) for e in a.events if e.event_type != "Strategic developments"
                  and e.sub_event_type != "Arrests")
    assert days and all(d == "2009-11-30" for d in days), days
