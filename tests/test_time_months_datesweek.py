"""Month names resolved to the right year (datesweek round), pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def one(text: str, anchor: date):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_this_month_name_is_the_pages_own_year_even_ahead_of_it():
    # "this September" in a February report is seven months ahead, not five months back
    m = one("The council vote is planned for this September.", D(2023, 2, 10))
    assert m.days == [D(2023, 9, 15)] and m.precision == 3


def test_this_month_name_already_past_is_still_this_year():
    m = one("The market was burned this April.", D(2023, 6, 2))
    assert m.days == [D(2023, 4, 15)] and m.precision == 3


def test_the_month_just_after_the_pages_is_ahead_not_eleven_months_back():
    # a hearing "set for August" in a mid-July report is next month's, not last August's
    m = one("A hearing in the case is set for August.", D(2023, 7, 16))
    assert m.days == [D(2023, 8, 15)] and m.precision == 3


def test_a_month_two_ahead_of_the_page_is_still_last_years():
    m = one("The depot was burned in September.", D(2023, 7, 16))
    assert m.days == [D(2022, 9, 15)]


def test_a_year_told_from_the_page_has_its_year():
    page = D(2023, 5, 2)
    assert one("The mill closed last year.", page).year == 2022
    assert one("The mill reopened this year.", page).year == 2023
    assert one("The mill will close next year.", page).year == 2024
    # twelve months back, no calendar year
    assert one("The mill lost money over the past year.", page).year is None
