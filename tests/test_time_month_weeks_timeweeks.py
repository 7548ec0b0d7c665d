"""A week of a named month ("the last week of March") dates that week of the month, not the week
before the page (timeweeks round), pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def one(text: str, anchor: date):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_the_last_week_of_a_month_is_that_months_last_week_not_last_week():
    m = one("Gunmen raided the Pellora market during the last week of March.", D(2024, 5, 20))
    assert m.text == "the last week of March"
    assert m.days == [D(2024, 3, 28)] and m.precision == 2


def test_an_ordinal_week_of_a_month_with_its_year():
    m = one("Two wells near Tavrin were torched during the second week of June 2023.", D(2024, 5, 20))
    assert m.days == [D(2023, 6, 11)] and m.precision == 2


def test_a_week_of_a_month_later_than_the_pages_is_last_years():
    m = one("Militia fighters held the Osko bridge for the third week of October.", D(2024, 5, 20))
    assert m.days == [D(2023, 10, 18)]


def test_a_week_of_the_pages_month_not_yet_over_is_dated_no_later_than_the_page():
    m = one("Shelling of Vantu villages went on through the third week of May.", D(2024, 5, 17))
    assert m.days == [D(2024, 5, 17)]


def test_the_last_week_alone_is_still_the_week_before_the_page():
    m = one("Looters hit the Derrow depot over the last week.", D(2024, 5, 20))
    assert m.days == [D(2024, 5, 16)] and m.precision == 2
