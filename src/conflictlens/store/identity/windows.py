"""When and where an event may have happened, as the matching rules compare them.

An event's date window (its day, or the week or month its time precision gives), the
undated event's placeholder day, the distance and shared units between two places, and
the notes that tell a row dated only by its report's page: a crime reported the morning
after is dated a day late, so such rows get a wider window.
"""
from __future__ import annotations

import calendar
from datetime import date

from ...geo.gazetteer import haversine_km
from ...model import Event
from .settings import DedupeSettings, DEFAULT_SETTINGS
from .kinds import family, is_crime


#: the event_date of an undated event: one told only by reports with no date (and no date
#: in their text), stored with time_precision 0 until a dated report of it arrives; it is
#: never exported as a dated row (store/event_queries.py: events)
UNDATED = date(1, 1, 1)


def is_undated(e: Event) -> bool:
    return e.event_date == UNDATED


km = haversine_km


def _half_window(precision: int, s: DedupeSettings) -> int:
    return {1: 0, 2: s.week_half_days}.get(precision or 1, s.month_half_days)


#: days a month-precision event's window may reach from its row's date: to the far end of
#: its calendar month ("early March" is coded 1 March, "late March" 31 March)
MONTH_REACH = 30


def day_window(e: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> tuple[int, int]:
    """The first and last day (as ordinals: an undated event's day 1 has no day before it)
    the event may have happened on: its day, or the week or month around it that its
    time_precision says (the row's date is the window's centre). A month-precision event
    spans its whole calendar month too: its row's date is the 1st for "early March", the
    last day for "late March", the page's day for "in March" on a March page, and a day
    of that month is its incident's however far from that date."""
    day, half = e.event_date.toordinal(), _half_window(e.time_precision, s)
    if (e.time_precision or 1) < 3 or is_undated(e):
        return day - half, day + half
    first = e.event_date.replace(day=1).toordinal()
    last = first + calendar.monthrange(e.event_date.year, e.event_date.month)[1] - 1
    return min(day - half, first), max(day + half, last)


def window_reach(precision: int, s: DedupeSettings = DEFAULT_SETTINGS) -> int:
    """The most days :func:`day_window` reaches from an event's date, at this precision."""
    half = _half_window(precision, s)
    return max(half, MONTH_REACH) if (precision or 1) >= 3 else half


def day_gap(a: Event, b: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> int:
    """Days between the two events' date windows (0 when they overlap)."""
    (lo_a, hi_a), (lo_b, hi_b) = day_window(a, s), day_window(b, s)
    return max(0, lo_b - hi_a, lo_a - hi_b)


def distance(a: Event, b: Event) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return km(a.latitude, a.longitude, b.latitude, b.longitude)


def same_place(a: Event, b: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    if (a.country_code or a.country) and (b.country_code or b.country):
        if (a.country_code and b.country_code and a.country_code != b.country_code) or \
                (not (a.country_code and b.country_code) and a.country != b.country):
            return False
    d = distance(a, b)
    if d is not None and d <= s.place_window_km:
        return True
    # a region (geo_precision 3) and a place inside it
    if (a.geo_precision == 3 or b.geo_precision == 3) and a.admin1 and a.admin1 == b.admin1:
        return True
    if d is None:
        return bool(a.location) and a.location == b.location
    return False


def near(a: Event, b: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """Are two events placed within ``place_window_km`` of each other (same_place without its
    region rule: a county-level event and a town of its state are not near)?"""
    d = distance(a, b)
    return d is not None and d <= s.place_window_km


def same_area(a: Event, b: Event) -> bool:
    """Do two events lie in the same second-level unit (a county, a district) of the same
    first-level unit: a town and the next town of its county, a district and its city?"""
    return bool(a.admin2 and a.admin1) and (a.country_code, a.admin1, a.admin2) == \
        (b.country_code, b.admin1, b.admin2)


#: rows.py's note on a row dated by the report's publication date (or its narrative)
PAGE_DATED_NOTE = "Date taken from the report's publication date"


def page_dated(e: Event) -> bool:
    """A crime dated only by its report's page date (events/rows.py), which may be the day
    after it: crime news reports an overnight shooting the next morning."""
    return is_crime(e) and PAGE_DATED_NOTE in (e.notes or "")


#: rows.py's note on a row dated by a relative expression ("Sunday", "two days ago")
RELATIVE_NOTE = "Date worked out from a relative expression"


def page_day_only(e: Event) -> bool:
    """A crime dated by its report's page (or a narrative date told as a calendar day), no
    relative day of its text counted back from the page: the page's day itself, as a rule."""
    return page_dated(e) and RELATIVE_NOTE not in (e.notes or "")


def soft_day(e: Event) -> bool:
    """Is an event's day one its report's text does not tell as a calendar day: a week or a
    month ("last month", "in March"), a relative day counted from the page ("Sunday", "two
    weeks ago"), or the page's day itself? A follow-up, an anniversary or a trial story
    published weeks or months after the incident codes such a day far from the incident's."""
    notes = e.notes or ""
    return (e.time_precision or 1) > 1 or RELATIVE_NOTE in notes or PAGE_DATED_NOTE in notes


def later_day_soft(a: Event, b: Event) -> bool:
    """Of two dated events, is the later one's day soft (:func:`soft_day`): it may be the
    earlier one told by a report published long after it, its day counted from that page?"""
    if is_undated(a) or is_undated(b):
        return False
    return soft_day(a if a.event_date >= b.event_date else b)


def page_dated_after_told(a: Event, b: Event, s: DedupeSettings = DEFAULT_SETTINGS) -> bool:
    """One of two crimes is dated only by its page, up to ``page_dated_after`` days after the
    day the other's text tells: the page came out after the incident, never before it."""
    for page, told in ((a, b), (b, a)):
        if page_day_only(page) and not page_day_only(told) and told.time_precision == 1 \
                and 0 < (page.event_date - told.event_date).days <= s.page_dated_after:
            return True
    return False


def page_dated_armed(a: Event, b: Event) -> bool:
    """Two battles or explosions both dated only by their reports' page dates (events/rows.py
    notes it): reports published a day apart may tell one blast, and neither tells its day."""
    return all(family(e.event_type, e.sub_event_type) == "armed" and PAGE_DATED_NOTE in (e.notes or "")
               for e in (a, b))


def unplaced(e: Event) -> bool:
    """Told with no place at all (events/rows.py: undated_rows): no town, no country."""
    return not (e.location or e.country or e.country_code) and e.latitude is None
