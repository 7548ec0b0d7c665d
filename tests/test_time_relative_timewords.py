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


def test_last_season_is_the_latest_one_over_by_the_page_date():
    # a spring report: "last autumn" is the autumn before, its middle month the day
    m = one("The depot was shelled last fall by the militia.", D(2022, 4, 20))
    assert m.days == [D(2021, 10, 15)] and m.precision == 3


def test_this_season_ahead_of_the_page_is_the_coming_one():
    m = one("Marches are planned in the port this summer.", D(2022, 3, 1))
    assert m.days == [D(2022, 7, 15)] and m.precision == 3


def test_this_past_winter_runs_across_the_new_year():
    # December to February: a March report's "this past winter" is dated to its January
    m = one("Fuel protests spread this past winter across the north.", D(2022, 3, 9))
    assert m.days == [D(2022, 1, 15)] and m.precision == 3


def test_the_last_week_is_the_seven_days_up_to_the_page():
    # "for the last week" on a Friday is mostly this calendar week, not the one before it
    m = one("The shelter has housed the families for the last week.", D(2022, 5, 13))
    assert m.days == [D(2022, 5, 9)] and m.precision == 2


def test_the_last_week_of_a_month_is_not_the_rolling_week():
    found = find_dates("Patrols were doubled in the last week of March.", D(2022, 5, 13))
    assert all(d != D(2022, 5, 9) for m in found for d in m.days)


def test_years_ago_names_a_year_from_the_page():
    m = one("The bridge was blown up two years ago by rebels.", D(2022, 5, 9))
    assert m.days == [] and m.year == 2020


def test_by_a_month_ahead_is_a_deadline_this_year():
    # "by June" in a February report is four months ahead, not eight months back
    m = one("The council wants the camp cleared by June.", D(2022, 2, 14))
    assert m.days == [D(2022, 6, 15)] and m.precision == 3
