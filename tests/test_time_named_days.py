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
