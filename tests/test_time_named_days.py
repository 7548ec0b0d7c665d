"""Named days (issue 6): "on Father's Day", "the Fourth of July", "the day after
Thanksgiving" resolve to their calendar day (data/time/holidays.toml); a name that
tells a gathering ("a Halloween party") or a purpose ("home for Thanksgiving") is no
date. Invented text."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_dates

D = date
MON = D(2015, 6, 22)  # the day after the third Sunday of June 2015


def dated(text: str, anchor: date = MON) -> list[tuple[str, list[date]]]:
    return [(m.text, m.days) for m in find_dates(text, anchor)]


@pytest.mark.parametrize("text, day", [
    ("The couple was found dead on Father's Day.", D(2015, 6, 21)),
    ("The couple was found dead on Fathers Day.", D(2015, 6, 21)),
    ("A boy was shot on the Fourth of July.", D(2015, 7, 4)),     # last year's: not after the page
    ("A boy was shot on Mother\u2019s Day.", D(2015, 5, 10)),
    ("Two men were stabbed on Christmas Eve.", D(2014, 12, 24)),
    ("A woman was shot on New Year's Day.", D(2015, 1, 1)),
    ("A clerk was shot on Thanksgiving night.", D(2014, 11, 27)),
    ("A clerk was shot the day after Thanksgiving.", D(2014, 11, 28)),
    ("A guard was shot on Memorial Day.", D(2015, 5, 25)),
    ("A man was killed on Christmas Day 2012.", D(2012, 12, 25)),
])
def test_named_day_is_latest_on_or_before_page(text, day):
    found = dated(text, D(2015, 7, 5) if "Fourth" in text else MON)
    assert [d for _, ds in found for d in ds] == [day], found


def test_july_fourth_is_the_day_not_the_month():
    assert dated("his July Fourth killing", D(2015, 7, 6)) == [("July Fourth", [D(2015, 7, 4)])]


def test_named_day_ahead_after_a_future_cue():
    assert dated("A vigil will be held on Labor Day.")[0][1] == [D(2015, 9, 7)]


@pytest.mark.parametrize("text", [
    "Four people were shot at a Halloween party.",
    "She was home from college for Thanksgiving when she was shot.",
    "Christmas shoppers fled the gunfire.",
])
def test_name_of_a_gathering_or_purpose_is_no_date(text):
    assert dated(text) == []


@pytest.mark.parametrize("text, anchor, day", [
    # days counted from Easter (2015: 5 April)
    ("A deacon was shot on Easter Sunday.", D(2015, 6, 22), D(2015, 4, 5)),
    ("Two men were stabbed on Good Friday.", D(2015, 6, 22), D(2015, 4, 3)),
    ("A patrol was ambushed on Easter Monday.", D(2015, 6, 22), D(2015, 4, 6)),
    # US days counted by weekday, and fixed days beyond the first table
    ("A clerk was shot on Martin Luther King Jr. Day.", D(2016, 2, 1), D(2016, 1, 18)),
    ("A clerk was shot on Presidents Day.", D(2016, 3, 1), D(2016, 2, 15)),
    ("A veteran was shot on Veterans' Day.", D(2015, 12, 1), D(2015, 11, 11)),
    ("A teenager was shot on St. Patrick's Day.", D(2016, 4, 1), D(2016, 3, 17)),
])
def test_more_named_days(text, anchor, day):
    assert [d for _, ds in dated(text, anchor) for d in ds] == [day]


def test_a_named_day_is_written_with_a_capital():
    # "a good Friday" is no Good Friday: the weekday alone is read
    assert dated("They had a good Friday night out before the shooting.", D(2015, 6, 22)) == [
        ("Friday night", [D(2015, 6, 19)])]


def test_a_month_inside_a_gathering_named_after_a_day_is_no_month():
    assert dated("Three people were shot at a Fourth of July party in Corlan.", D(2015, 7, 8)) == []


@pytest.mark.parametrize("text, anchor, day", [
    # the weekend nearest the day, dated to its Saturday at a week's precision
    ("Nine people were shot over the Memorial Day weekend.", D(2015, 5, 26), D(2015, 5, 23)),
    # told on the Sunday before Memorial Day: this year's weekend, not last year's
    ("Nine people were shot over the Memorial Day weekend.", D(2015, 5, 24), D(2015, 5, 23)),
    ("Two men were shot during the Fourth of July weekend.", D(2015, 7, 9), D(2015, 7, 4)),
])
def test_a_named_days_weekend_is_a_week_window(text, anchor, day):
    found = find_dates(text, anchor)
    assert [(m.days, m.precision) for m in found] == [([day], 2)]
