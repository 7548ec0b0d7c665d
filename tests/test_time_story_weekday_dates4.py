""""The following Monday", "the previous Friday" count from the story's latest day when the report
tells one, as "the next day" does, not from the page's (dates4 round).  Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2031, 3, 20)  # a Thursday


def _days(text: str, words: str, anchor: date | None = PAGE) -> list[date]:
    found = [m for m in find_dates(text, anchor) if m.text.lower() == words.lower()]
    assert len(found) == 1, find_dates(text, anchor)
    return found[0].days


def test_the_following_weekday_counts_from_the_day_told_before():
    text = "Militiamen seized the Orvane bridge on March 3 and blew it up the following Monday."
    assert _days(text, "the following Monday") == [date(2031, 3, 10)]


def test_the_previous_weekday_counts_from_the_day_told_before():
    text = "Troops left Kessary on Friday, February 7. The previous Tuesday, rebels had shelled the depot."
    assert _days(text, "The previous Tuesday") == [date(2031, 2, 4)]


def test_a_flashback_weekday_does_not_move_the_story_s_time():
    """After "the previous Tuesday", "the next day" still follows the story's Friday, 7 February."""
    text = ("Troops left Kessary on Friday, February 7. The previous Tuesday, rebels had shelled the depot. "
            "The next day the convoy reached Orvane.")
    assert _days(text, "The next day") == [date(2031, 2, 8)]


def test_with_no_day_told_before_it_counts_from_the_page():
    assert _days("The talks resume the following Monday.", "the following Monday") == [date(2031, 3, 24)]
    assert _days("The index fell 4% from the previous Friday.", "the previous Friday") == [date(2031, 3, 14)]


def test_a_report_with_no_date_dates_it_from_the_day_it_tells():
    text = "Gunmen raided the Orvane market on March 3, 2031 and returned the following Monday."
    assert _days(text, "the following Monday", anchor=None) == [date(2031, 3, 10)]
