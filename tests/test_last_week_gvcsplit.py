"""'last week' read against the publication weekday: an American week begins on Sunday."""
from datetime import date

from conflictlens.time import resolve_expression


def test_last_week_on_a_sunday_is_the_week_just_ended():
    # Sunday 5 June 2016: the week just ended ran Sunday 29 May - Saturday 4 June
    assert resolve_expression("last week", date(2016, 6, 5)).days == [date(2016, 6, 2)]


def test_last_week_on_other_days_is_unchanged():
    assert resolve_expression("last week", date(2016, 6, 4)).days == [date(2016, 5, 26)]
    assert resolve_expression("last week", date(2016, 6, 6)).days == [date(2016, 6, 2)]
