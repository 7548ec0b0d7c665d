"""A month told with a year from the page's ("in June last year", "on March 3 of this year") and the
halves and last days of a month ("the second half of April", "late in April") (timeweeks round),
pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date
PAGE = D(2024, 5, 20)


def one(text: str, anchor: date = PAGE):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_a_month_of_last_year_is_last_years_not_the_coming_one():
    m = one("The Dovra checkpoint was overrun in June last year.")
    assert (m.text, m.days, m.precision) == ("June last year", [D(2023, 6, 15)], 3)


def test_a_month_part_of_last_year():
    assert one("Raiders burned the Kelm granary in mid-March of last year.").days == [D(2023, 3, 15)]


def test_a_day_of_last_year():
    m = one("A convoy was ambushed near Ostrel on March 3 last year.")
    assert (m.days, m.precision) == ([D(2023, 3, 3)], 1)


def test_a_year_told_for_something_else_stays_apart():
    found = find_dates("In March, last year's toll in Ostrel was revised.", PAGE)
    assert [(m.text, m.days) for m in found] == [("March", [D(2024, 3, 15)]), ("last year", [])]


def test_the_halves_and_last_days_of_a_month():
    assert one("Gunfire was heard in Marrow in the second half of April.").days == [D(2024, 4, 30)]
    assert one("Gunfire was heard in Marrow in the first half of April.").days == [D(2024, 4, 1)]
    assert one("Gunfire was heard in Marrow late in April.").days == [D(2024, 4, 30)]
    assert one("Gunfire was heard in Marrow in the final days of April.").days == [D(2024, 4, 30)]
