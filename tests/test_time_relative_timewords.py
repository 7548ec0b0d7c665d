"""Relative weeks and seasons told from the page's day (timewords round), pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def one(text: str, anchor: date):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_next_week_is_the_calendar_week_after_the_pages():
    # a Friday report: "next week" is the Monday-to-Sunday week that follows, dated by its Wednesday
    m = one("The two sides are to meet again next week in the capital.", D(2023, 3, 10))
    assert m.days == [D(2023, 3, 15)] and m.precision == 2
