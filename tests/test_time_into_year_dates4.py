"""A bare year or month after "into" is a date ("the fighting dragged on into 2032", "talks ran into
March"), as after "in" or "until" (dates4 round).  Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2031, 10, 2)


def test_a_year_after_into_is_that_year():
    found = find_dates("Officials expect the siege of Orvane to drag on into 2032.", PAGE)
    assert [(m.text, m.year, m.days) for m in found] == [("2032", 2032, [])]


def test_march_after_into_is_the_month():
    found = find_dates("The ceasefire talks in Kessary ran into March.", PAGE)
    assert [m.text for m in found] == ["March"] and found[0].precision == 3
