"""A report with no date (no publication date, dateline or page stamp) that tells one full date
falling on the weekday it dates its violence by ("Thursday, October 16, 2031" in a photo caption,
"at 2 a.m. on 11/22/2031" in a quoted statement): the weekday is that day (dates4
round).  Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import find_dates

THU = date(2031, 10, 16)  # a Thursday; the 23rd is the next one


def _days_of(text: str, words: str, anchor: date | None = None) -> list[date]:
    found = [m for m in find_dates(text, anchor) if m.text == words]
    assert found, find_dates(text, anchor)
    return found[0].days


def test_a_caption_date_on_the_weekday_dates_it():
    text = ("Two men were found shot in a pickup near the levee on Thursday.\n\n"
            "Deputies work the scene along Levee Road on Thursday, October 16, 2031. (Photo: staff)")
    assert _days_of(text, "Thursday") == [THU]


def test_an_unambiguous_numeric_date_dates_the_weekday():
    text = ('A teenager was wounded early Saturday. "Our deputy fired once at 2 a.m. on 11/22/2031," '
            'the sheriff told reporters.')
    assert _days_of(text, "early Saturday") == [date(2031, 11, 22)]


def test_two_full_dates_on_that_weekday_leave_it_undated():
    text = ("A clerk was shot on Thursday. The store was robbed twice before, on Thursday, October 16, 2031 "
            "and on Thursday, October 23, 2031.")
    assert _days_of(text, "Thursday") == []


def test_no_full_date_on_that_weekday_leaves_it_undated():
    text = "A clerk was shot on Friday. The shop opened on Thursday, October 16, 2031."
    assert _days_of(text, "Friday") == []


def test_an_update_stamp_date_does_not_date_the_weekday():
    """An update may come years after the story: its date is no stand-in for the page's."""
    text = "Updated: Monday, July 7, 2031 6:44 PM\n\nFour people were shot on Monday outside a bar."
    assert _days_of(text, "Monday") == []


def test_a_numeric_date_read_either_way_does_not_date_the_weekday():
    text = "A guard was shot on Thursday. The contract was signed 3/4/2031."
    assert _days_of(text, "Thursday") == []


def test_a_weekday_told_from_the_page_is_not_dated_by_it():
    text = "A guard was shot last Thursday. The building was sold Thursday, October 16, 2031."
    assert _days_of(text, "last Thursday") == []


def test_with_a_page_date_the_weekday_counts_from_the_page():
    text = "A guard was shot on Thursday. The building was sold Thursday, October 16, 2031."
    assert _days_of(text, "Thursday", anchor=date(2031, 10, 25)) == [date(2031, 10, 23)]


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_a_report_with_no_date_codes_the_caption_day(wide):
    text = ("Three men found shot dead in car near Tulsa\n\n"
            "On Thursday three men lay shot dead inside a sedan left on a Tulsa, Oklahoma, road shoulder.\n\n"
            "Police investigate the scene along the road Thursday, October 16, 2031 in Tulsa. (Photo: staff)\n")
    a = wide.analyse(Report(id="t", title="", text=text))
    assert [str(e.event_date) for e in a.events] == ["2031-10-16"]
