"""A weekday opening its sentence whose clause tells the future after it ("On Tuesday, the league
plans to hold a briefing", "Friday, the council will vote") is the weekday ahead of the page's day;
a clause in the past or told by someone keeps it behind (dates4 round).  Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2031, 3, 20)  # a Thursday


def _days(text: str, words: str) -> list[date]:
    found = [m for m in find_dates(text, PAGE) if m.text == words]
    assert len(found) == 1, find_dates(text, PAGE)
    return found[0].days


def test_a_plan_after_an_opening_weekday_is_ahead():
    text = "The truce held overnight. On Tuesday, the Orvane relief league plans to hold a briefing."
    assert _days(text, "Tuesday") == [date(2031, 3, 25)]


def test_will_after_an_opening_weekday_is_ahead():
    assert _days("Monday, the district council will vote on the curfew.", "Monday") == [date(2031, 3, 24)]


def test_a_past_clause_keeps_the_weekday_behind():
    text = "On Monday, gunmen killed two guards who were due to testify."
    assert _days(text, "Monday") == [date(2031, 3, 17)]


def test_a_statement_keeps_the_weekday_behind():
    text = "On Monday, police said the driver will be charged."
    assert _days(text, "Monday") == [date(2031, 3, 17)]


def test_a_weekday_inside_its_sentence_is_not_read_so():
    text = "Rebels shelled the depot on Monday, the army will respond."
    assert _days(text, "Monday") == [date(2031, 3, 17)]
