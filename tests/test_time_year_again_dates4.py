"""A year told again: "later that year", "the same year" are the year of the latest time the report
told before them, "the current year" the page's; a year with no day in it (dates4 round).
Invented sentences and reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import find_dates

PAGE = date(2033, 3, 9)


def _mention(text: str, words: str, anchor: date | None = PAGE):
    found = [m for m in find_dates(text, anchor) if m.text.lower() == words.lower()]
    assert len(found) == 1, find_dates(text, anchor)
    return found[0]


def test_later_that_year_is_the_year_of_the_month_told_before():
    m = _mention("The envoy left Varnholt in June 2029 and went back later that year.", "later that year")
    assert m.days == [] and m.year == 2029


def test_the_same_year_follows_a_bare_year():
    m = _mention("Rebels held the ridge road in 2030. The same year, the garrison surrendered.", "The same year")
    assert m.days == [] and m.year == 2030


def test_the_current_year_is_the_page_year():
    m = _mention("Officials expect exports to grow in the current year.", "the current year")
    assert m.days == [] and m.year == 2033


def test_a_possessive_is_no_year_told_again():
    assert not [m for m in find_dates("That year's harvest failed across the valley.", PAGE)]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_a_killing_told_later_that_year_is_no_part_of_the_day_s_shooting(pipe):
    """A killing "later that year" (the year of an arrest told in June 2031) is an old incident with
    no day: its death is not added to the toll of the shooting the page dates to Monday."""
    text = ("Two men were shot dead in Tulsa, Oklahoma, on Monday.\n\n"
            "The gang leader was first arrested in June 2031. "
            "Later that year, gunmen killed his brother outside a bar in Tulsa.\n")
    a = pipe.analyse(Report(id="t", title="", text=text, published=PAGE))
    assert [(str(e.event_date), e.fatalities) for e in a.events] == [("2033-03-07", 2)]
