"""An incident its sentence dates to a month only ("last month"), which the report's next
sentences narrow to a day of that month, is coded on that day, as a week window is
(extractor._day_in_window): its row on the month's middle lay a fortnight from the day its
other reports give (datesweek round). Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def _rows(text: str, published: date):
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=text, published=published))
    return [(e.event_date, e.time_precision) for e in a.events if e.event_type == "Other violence"]


def test_a_month_narrowed_to_a_day_of_it_is_that_day():
    text = ("A cashier was shot and killed at a gas station in Dayton, Ohio, last month, police said. "
            "Detectives said the robbery happened shortly after 9 p.m. on Feb. 3.\n")
    assert _rows(text, date(2026, 3, 20)) == [(date(2026, 2, 3), 1)]


def test_a_day_of_another_month_leaves_the_month():
    text = ("A cashier was shot and killed at a gas station in Dayton, Ohio, last month, police said. "
            "The station had reopened on March 2 after repairs.\n")
    assert _rows(text, date(2026, 3, 20)) == [(date(2026, 2, 15), 3)]
