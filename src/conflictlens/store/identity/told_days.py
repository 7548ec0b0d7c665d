"""The days a report with no date tells, and whether an event fits them.

A report without a publication date still gives days of the month ("on March 3") and
weekdays ("was shot on Sunday") of its incident; the store keeps them (:func:`told`) and
compares them with another undated report's or with a dated event's window. Date stamps
of the page and days set ahead (deadlines) are left out: they bound no incident.
"""
from __future__ import annotations

import re
from datetime import date

from ...model import Event
from ...time import WEEKDAY_ABBR
from .settings import DedupeSettings, DEFAULT_SETTINGS
from .word_lists import _CALENDAR, _cue_list
from .windows import day_window, is_undated, PAGE_DATED_NOTE


_MONTH_DAY = re.compile(
    r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?(?![\d:])"
    r"|(?<![\d.,$])(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b",
    re.IGNORECASE)


_MONTH_NAMES = ("january february march april may june july august september october november december").split()


def told_days(text: str) -> str:
    """The days of the month a report's text gives ("on March 3", "Jan. 12", "3 March"),
    as sorted ``MM-DD`` joined by commas, ``YYYY-MM-DD`` when a year follows the day ("Sept.
    11, 2001": a day of that year only); the store keeps them for a report with no date
    (:func:`fits_told_days`). "May" counts only as a month's full name."""
    out = set()
    for m in _MONTH_DAY.finditer(text or ""):
        if _on_date_line(text, m):
            continue  # the page's date stamp: when the report appeared, not its incident's day
        if _deadline_day(text, m):
            continue  # a day set ahead ("a June 30 deadline"): not when its violence happened
        word = m.group(0).split()[0] if m.group("m1") else m.group(0).split()[-1]
        word = word.lower().rstrip(".")
        if not any(name.startswith(word) and len(word) >= 3 for name in _MONTH_NAMES):
            continue
        if word == "may" and m.group(0).split()[0 if m.group("m1") else -1] != "May":
            continue  # "may 3" is a verb and a number
        month = next(i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(word))
        day = int(m.group("d1") or m.group("d2"))
        try:
            date(2000, month, day)
        except ValueError:
            continue
        year = _YEAR_AFTER.match(text, m.end())
        out.add((year.group(1) + "-" if year else "") + f"{month:02d}-{day:02d}")
    return ",".join(sorted(out))


def _deadline_day(text: str, m: re.Match) -> bool:
    """Is the day ``m`` found told as a deadline or a day set ahead (data/store/deadline_words.txt:
    "the council set a June 30 deadline", "must pay by June 30")? News tells what is due on a later day
    beside the violence it reports; that day bounds no incident, and a report giving it would be
    kept from the reports of its own incident by a day weeks off theirs."""
    after = re.match(r"\s*(?:,\s*(?:1[89]|20)\d\d\s*)?([a-z]+)", text[m.end():].lower())
    before = re.search(r"([a-z]+)\s*$", text[max(0, m.start() - 30):m.start()].lower())
    return bool(after and after.group(1) in _DEADLINE_AFTER or before and before.group(1) in _DEADLINE_BEFORE)


def _on_date_line(text: str, m: re.Match) -> bool:
    """Is the day ``m`` found on a line of its own with nothing but a date, a clock time, a
    weekday and a page's date words (data/store/date_line_words.txt: "Posted Mar 2, 2020
    7:05 PM EST")? That line is the page's date stamp: the report appeared that day, and
    a trial or follow-up story appears weeks after its incident."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start:] if end < 0 else text[start:end]
    rest = (line[:m.start() - start] + " " + line[m.end() - start:]).lower()
    words = re.findall(r"[a-z][a-z.]*", rest)
    return all(w in _DATE_LINE_WORDS or w.rstrip(".") in _DATE_LINE_WORDS for w in words)


#: a year written after a day of the month ("Sept. 11, 2001"): the day is of that year
_YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?\s*,?\s*((?:1[89]|20)\d\d)\b(?!\s*(?:GMT|UTC|[ap]\.?m))")


def told(text: str, weekdays: str = "") -> str:
    """What the store keeps of a report with no date to bound its incident: the days of the
    month its text gives (:func:`told_days`) and the weekdays that date the violence it tells
    (``Report.incident_weekdays``: "was shot on Sunday", set by the pipeline)."""
    return ",".join(x for x in (told_days(text), weekdays) if x)


def _month_days(told: str) -> list[str]:
    return [t for t in (told or "").split(",") if "-" in t]


def told_weekdays(told: str) -> str:
    """The weekdays of what :func:`told` keeps, without its days of the month."""
    return ",".join(t for t in (told or "").split(",") if t in WEEKDAY_ABBR)


def told_days_meet(a: str, b: str, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Can two reports with no date tell one incident by the days of the month their texts
    give (:func:`told_days`; either giving none: yes)? One day of each within ``told_days``
    days of the other, whatever the year (across the new year too). The weekdays that date
    each report's violence (:func:`told`, ``told_weekdays``), when both give some, must
    come within a day of each other (an overnight crime is told on either day): a robbery
    told on a Thursday is not one told on a Monday."""
    if s.told_weekdays and not _weekdays_meet(a, b):
        return False
    a, b = ",".join(_month_days(a)), ",".join(_month_days(b))
    if not a or not b:
        return True
    def days(told):
        return [date(2001, int(md[-5:-3]), min(int(md[-2:]), 28 if md[-5:-3] == "02" else 31)).toordinal()
                for md in told.split(",")]
    return any(min(abs(x - y), 365 - abs(x - y)) <= s.told_days for x in days(a) for y in days(b))


def _weekdays_meet(a: str, b: str) -> bool:
    """Do two reports' told weekdays (:func:`told`) come within a day of each other (either
    giving none: yes)?"""
    wa, wb = ([WEEKDAY_ABBR.index(t) for t in told_weekdays(x).split(",") if t] for x in (a, b))
    return not wa or not wb or any(min((x - y) % 7, (y - x) % 7) <= 1 for x in wa for y in wb)


def told_exact_day(e: Event, told: str) -> bool:
    """Does a report with no date give the very day of the day-precise event ``e`` (:func:`told`)?
    A day of the month with the event's year ("Oct. 5, 2015"), or the event's month and day
    with a weekday the text dates its violence by that is the event's weekday that year ("on
    Monday ... Oct. 5"): a day and a weekday that meet by chance once in seven years."""
    if not told or is_undated(e) or e.time_precision != 1:
        return False
    d = e.event_date
    weekdays = {WEEKDAY_ABBR.index(t) for t in told.split(",") if t in WEEKDAY_ABBR}
    for md in _month_days(told):
        if (int(md[-5:-3]), int(md[-2:])) != (d.month, d.day):
            continue
        if len(md) > 5 and int(md[:4]) == d.year:
            return True
        if len(md) == 5 and d.weekday() in weekdays:
            return True
    return False


def fits_told_days(e: Event, told: str, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Can a dated event be what a report with no date tells, when the report's text gives
    days of the month (:func:`told_days`; none: anything fits)? Its date window (the event's
    year, or the year before or after) must come within ``told_days`` days of one of them.
    When weekdays date the report's violence (:func:`told`, ``told_weekdays``), a day-precise
    event must fall on one of them (or on the day before one, when it is dated only by its
    report's page date: an overnight shooting reported the next morning)."""
    if not told or is_undated(e) or not e.time_precision:
        return True
    weekdays = [WEEKDAY_ABBR.index(t) for t in told.split(",") if t in WEEKDAY_ABBR]
    if weekdays and s.told_weekdays and e.time_precision == 1:
        day = e.event_date.weekday()
        on = {day, (day - 1) % 7} if PAGE_DATED_NOTE in (e.notes or "") else {day}
        if not on & set(weekdays):
            return False
    days = _month_days(told)
    if not days:
        return True
    first, last = day_window(e, s)
    near = e.event_date.year - 1, e.event_date.year, e.event_date.year + 1
    # a day given with a year other than the event's (or the next or last) is another time the
    # report recalls ("the Sept. 11, 2001 attacks"): it says nothing of when its incident was
    days = [md for md in days if len(md) == 5 or int(md[:4]) in near]
    if not days:
        return True
    for md in days:
        month, day = int(md[-5:-3]), int(md[-2:])
        for year in ((int(md[:4]),) if len(md) > 5 else near):
            try:
                d = date(year, month, day).toordinal()
            except ValueError:
                d = date(year, 2, 28).toordinal()  # 29 February in a common year
            if first - s.told_days <= d <= last + s.told_days:
                return True
    return False


_DEADLINE_CUES = _cue_list("deadline_words.txt")


#: the words after a day (:func:`_deadline_day`) and just before it that make it a deadline
_DEADLINE_AFTER = frozenset(w.split(":", 1)[1] for w in _DEADLINE_CUES if w.startswith("after:"))


_DEADLINE_BEFORE = frozenset(w.split(":", 1)[1] for w in _DEADLINE_CUES if w.startswith("before:"))


#: a date line's words besides its date (:func:`_on_date_line`), with the months' and weekdays'
#: names and their abbreviations ("THURSDAY , APRIL 11 , 2013")
_DATE_LINE_WORDS = frozenset(_cue_list("date_line_words.txt")) | _CALENDAR
