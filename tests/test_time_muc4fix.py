"""A month modifying a noun after an indefinite article (branch muc4fix): "a December incident" on a
December page is a December before, not this month's. Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def days(text: str, anchor: date) -> list[tuple[str, list[date]]]:
    return [(m.text, m.days) for m in find_dates(text, anchor)]


def test_an_indefinite_month_of_the_pages_own_month_is_a_year_back():
    assert days("He was convicted of endangerment over a December incident in which he wounded his cousin.",
                D(2016, 12, 21)) == [("December", [D(2015, 12, 15)])]


def test_the_pages_own_month_told_otherwise_stays_this_year():
    assert days("The December shooting at the mall left two men wounded.", D(2016, 12, 21)) \
        == [("December", [D(2016, 12, 15)])]
    # ... and an earlier month after an indefinite article is this year's, as any month named alone
    assert days("He was convicted over an April incident in which he wounded his cousin.", D(2016, 12, 21)) \
        == [("April", [D(2016, 4, 15)])]
