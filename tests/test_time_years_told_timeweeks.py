"""Years counted from the story's time ("a year earlier", "two years later") name a year, no day
(timeweeks round), pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2024, 5, 20)


def test_a_year_earlier_from_the_page():
    found = find_dates("A year earlier, raiders had torched the Velko depot.", PAGE)
    assert [(m.text, m.days, m.year) for m in found] == [("A year earlier", [], 2023)]


def test_years_later_count_from_the_story_day_told_before():
    found = find_dates("A mine tore through the Ardo bus in June 2019. Two years later its driver died.", PAGE)
    assert [(m.text, m.year) for m in found][1] == ("Two years later", 2021)


def test_a_year_before_an_event_named_is_left_alone():
    assert find_dates("The Tessa clinic closed a year before the siege.", PAGE) == []
