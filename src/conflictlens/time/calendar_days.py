"""Calendar arithmetic the date rules share, free of any text.

Month and weekday numbers from their names, safe day construction, the weekday on or before
(or after) a day, the year that puts a day-month before the page's day (spec §5: a past
event never lands after the anchor, save a deadline just ahead), two-digit years, a month's
early/middle/late day and a span of days.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from .lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    from ..events.fatalities import parse_number  # lazy: keeps time importable on its own

    return parse_number(s)


def _month(s: str) -> int:
    return MONTHS[s[:3].lower()]


def _weekday(s: str) -> int:
    return WEEKDAYS[s[:3].lower()]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _weekday_on_or_before(ref: date, wd: int, strict: bool = False) -> date:
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _weekday_on_or_after(ref: date, wd: int, strict: bool = False) -> date:
    ahead = (wd - ref.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + timedelta(days=ahead)


#: a day-month that would lie more than this many days back...
NEAR_FUTURE_PAST_DAYS = 300
#: ...but this close ahead is read as ahead (a deadline, a meeting): never an event date
NEAR_FUTURE_DAYS = 45


def _pick_year(anchor: date, m: int, d: int, future: bool) -> date | None:
    """The year that puts day-month on or before the anchor (on or after when future).

    The one exception is a day-month just ahead of the anchor that would otherwise be
    read as almost a year back; events dated after the anchor are never coded anyway.
    """
    years = (anchor.year, anchor.year - 1, anchor.year + 1)
    cands = [x for x in (_safe(y, m, d) for y in years) if x]
    if future:
        after = [x for x in cands if x >= anchor]
        return min(after) if after else None
    before = [x for x in cands if x <= anchor]
    after = [x for x in cands if x > anchor]
    if before and after and (max(before) - anchor).days < -NEAR_FUTURE_PAST_DAYS \
            and (min(after) - anchor).days <= NEAR_FUTURE_DAYS:
        # "by Jan. 14" in a report of 5 January: next week, not eleven months ago
        return min(after)
    if before:
        return max(before)
    for y in range(anchor.year - 2, anchor.year - 8, -1):  # 29 February
        if (x := _safe(y, m, d)) is not None:
            return x
    return None


def _two_digit_year(yy: int, anchor: date | None) -> int:
    """'90' -> 1990, '13' -> 2013: the century that puts the year closest to the anchor."""
    if anchor is None:  # no anchor: 00-30 -> 20xx, else 19xx
        return 2000 + yy if yy <= 30 else 1900 + yy
    cands = [c + yy for c in (1900, 2000, 2100)]
    return min(cands, key=lambda y: (abs(y - anchor.year), -y))


def _month_day(y: int, m: int, mod: str | None) -> date:
    """Spec §5.3: middle of the month; the 1st if early, the last day if late."""
    mod = (mod or "").lower()
    if mod.startswith(("early", "the beginning", "the start", "the first", "beginning", "start")):
        return date(y, m, 1)
    if mod.startswith(("late", "the end", "the last", "the final", "the second", "the latter", "end")):
        return date(y, m, _last_day(y, m))
    return date(y, m, 15)

def _span(s: date, e: date) -> list[date]:
    return [s + timedelta(days=i) for i in range((e - s).days + 1)]
