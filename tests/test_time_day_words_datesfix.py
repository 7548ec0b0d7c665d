"""The year's end ("by year-end") and a day counted in the present ("it's the second day") (datesfix
round); invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def days(text: str, anchor: date) -> list[tuple[str, list[date]]]:
    return [(m.text, m.days) for m in find_dates(text, anchor)]


def test_year_end_is_the_pages_year_end_at_a_months_precision():
    found = find_dates("The ministry hopes to disarm the militias by year-end.", D(2020, 10, 21))
    assert [(m.text, m.days, m.precision) for m in found] == [("year-end", [D(2020, 12, 31)], 3)]


def test_year_end_gone_after_since_or_on_a_january_page():
    assert days("Attacks on the road have doubled since year-end.", D(2021, 3, 2)) \
        == [("year-end", [D(2020, 12, 31)])]
    assert days("The end of the year brought clashes to Oruva.", D(2021, 1, 12)) \
        == [("The end of the year", [D(2020, 12, 31)])]
    # ... but a deadline ahead on a January page is this year's
    assert days("Troops must quit Oruva by year's end.", D(2021, 1, 12)) \
        == [("year's end", [D(2021, 12, 31)])]


def test_a_day_counted_in_the_present_is_the_pages_day():
    assert days("It's the third day of an offensive by the army on Oruva.", D(2020, 10, 21)) \
        == [("the third day", [D(2020, 10, 21)])]
    assert days("Today is the fifth straight day of the strike in Tarsh.", D(2020, 10, 21))[-1] \
        == ("the fifth straight day", [D(2020, 10, 21)])
    # ... told in the past it is some day gone, which the count alone does not date
    assert days("That was the third day of the siege.", D(2020, 10, 21)) == []
