"""Named days ("Father's Day", "the Fourth of July", Easter and the days told from it).

Dates a named day in the year given, else the latest one on or before the page's day (the
next after a future cue), as a weekday is; "over the Memorial Day weekend" is the weekend
nearest the day.  The names themselves are in ``data/time/holidays.toml`` (:mod:`.lexicon`).
"""
from __future__ import annotations

from datetime import date, timedelta

from .lexicon import _HOLIDAYS, _holiday_key
from .calendar_days import _last_day, _weekday_on_or_after, _weekday_on_or_before


def _easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _holiday_in(year: int, spec: tuple) -> date:
    if spec[0] == "easter":
        return _easter(year) + timedelta(days=spec[1])
    if len(spec) == 2:
        return date(year, spec[0], spec[1])
    month, wd, nth = spec
    if nth < 0:
        return _weekday_on_or_before(date(year, month, _last_day(year, month)), wd)
    return _weekday_on_or_after(date(year, month, 1), wd) + timedelta(weeks=nth - 1)


def _resolve_holiday(name: str, year: str | None, a: date | None, future, end: int):
    """A named day: in the year given, else the latest on or before the anchor (the next on
    or after it after a future cue), as a weekday is."""
    spec = _HOLIDAYS.get(_holiday_key(name))
    if spec is None:
        return None
    if year:
        return ([_holiday_in(int(year), spec)], 1, False, end)
    if a is None:
        return ([], 1, True, end)
    d = _holiday_in(a.year, spec)
    if future():
        d = d if d >= a else _holiday_in(a.year + 1, spec)
    elif d > a:
        d = _holiday_in(a.year - 1, spec)
    return ([d], 1, True, end)


def _holiday_weekend(name: str, a: date | None, future, end: int):
    """"Over the Memorial Day weekend": the weekend nearest the named day, dated to its Saturday
    with a week's precision, as "the weekend" is; the latest such Saturday on or before the
    anchor (a report of the Sunday before Memorial Day tells this year's), the next after a
    future cue."""
    spec = _HOLIDAYS.get(_holiday_key(name))
    if spec is None:
        return None
    if a is None:
        return ([], 2, True, end)

    def saturday(year: int) -> date:
        day = _holiday_in(year, spec)
        sats = [day + timedelta(days=k) for k in range(-6, 7) if (day + timedelta(days=k)).weekday() == 5]
        return min(sats, key=lambda x: (abs((x - day).days), x > day))

    sats = [saturday(y) for y in (a.year - 1, a.year, a.year + 1)]
    if future():
        return ([min(x for x in sats if x >= a)], 2, True, end)
    return ([max(x for x in sats if x <= a)], 2, True, end)
