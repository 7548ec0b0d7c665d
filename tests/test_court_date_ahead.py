"""A court date ahead is no day of the incident: "is due in court Thursday" names the coming
Thursday, not the past one (the past one dated the violence a day off). Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

WED = date(2016, 5, 11)  # a Wednesday


def _days(sentence: str) -> list[date]:
    return [d for m in find_dates(sentence, WED) for d in m.days]


def test_due_in_court_names_the_coming_weekday():
    assert _days("The three men charged in the killing are due in court Thursday morning.") == [date(2016, 5, 12)]


def test_due_back_in_court_names_the_coming_weekday():
    assert _days("She is due back in court on Monday.") == [date(2016, 5, 16)]


def test_a_court_appearance_told_as_past_stays_past():
    assert _days("He appeared in court Tuesday and was held without bail.") == [date(2016, 5, 10)]


def test_due_in_part_is_no_court_date():
    assert _days("The delay was due in part to rain on Monday.") == [date(2016, 5, 9)]
