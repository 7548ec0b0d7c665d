"""An incident told on a day ("on Saturday") and again by a window ("the second shooting this
week") is coded on that day only: the window tells the same incident less exactly, and its
middle day is no second day of it (a second row took the deaths split onto the wrong day).
Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def _rows(text: str, published: date):
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=text, published=published))
    return [(e.event_date, e.fatalities) for e in a.events if e.event_type == "Other violence"]


def test_a_week_window_beside_a_day_adds_no_row():
    text = ("Police said a 5-year-old girl was shot and killed outside her home in Dayton, Ohio, on Saturday. "
            "Dayton has now seen two children shot this week, officers said.\n")
    assert _rows(text, date(2026, 3, 16)) == [(date(2026, 3, 14), 1)]


def test_a_window_alone_still_dates_the_incident():
    text = ("Police said a 5-year-old girl was shot and killed outside her home in Dayton, Ohio, "
            "earlier this week.\n")
    rows = _rows(text, date(2026, 3, 19))
    assert len(rows) == 1 and rows[0][1] == 1
