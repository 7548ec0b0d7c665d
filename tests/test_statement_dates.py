"""A date that dates a statement ("police said Friday") dates no event: not the event of its
own sentence (time.governing_date) and not, as the paragraph's date, the event of another
sentence or one the governing date left undated. The event then takes the narrative's or the
page's date. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import dates_statement, find_dates

PAGE = date(2019, 3, 9)  # a Saturday


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_a_date_of_saying_is_a_statements():
    from conflictlens.nlp import load_nlp
    text = "A gunman killed two workers at a bakery in Columbus, police said Friday."
    doc = load_nlp()(text)
    (d,) = find_dates(text, PAGE)
    assert dates_statement(d, doc)
    text = "A gunman killed two workers at a bakery in Columbus on Friday, police said."
    doc = load_nlp()(text)
    (d,) = find_dates(text, PAGE)
    assert not dates_statement(d, doc)


def test_the_statement_date_does_not_date_the_event(wide):
    text = ("A gunman who had been fired returned to a bakery in Columbus, Ohio, and shot two workers "
            "dead, police said Friday.\n\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=PAGE))
    days = {str(e.event_date) for e in a.events if e.location == "Columbus"}
    assert days == {"2019-03-09"}  # the page's day, not Friday's: a one-day window matches it


def test_a_told_day_still_dates_it(wide):
    text = "A gunman shot two workers dead on Thursday at a bakery in Columbus, Ohio, police said Friday.\n\n"
    a = wide.analyse(Report(id="t", title="", text=text, published=PAGE))
    assert {str(e.event_date) for e in a.events if e.location == "Columbus"} == {"2019-03-07"}
