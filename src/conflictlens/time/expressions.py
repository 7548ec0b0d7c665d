"""Resolve one matched date expression to days, family by family.

``_resolve`` turns a match of ``_MASTER`` (:mod:`.patterns`) into (days, precision, relative,
end) under spec §5: relative expressions count from the anchor (the page's day, a dateline
or an update stamp), anaphors ("the next day") from the story's latest day, weeks get
precision 2 and months, seasons and quarters precision 3.  The years a mention names
without a day ("last year", "two years ago") are read here too.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import (
    MONTH_WEEKS, QUARTER_ORDINALS, QUARTER_RELATIVE, SEASONS, _ANCHOR_PREPS, _DEADLINE_PREPS, _LEX, _SPAN_END_PREPS,
    _YEAR_END_GONE, _HOL_GATHERING, _HOL_WEEKEND, _INCIDENT_WORD, _PRESENT_LEAD
)
from .patterns import (
    _DAY_COUNT_LEAD, _DET_MONTH_BEFORE, _DET_YEAR_BEFORE, _FUTURATE, _FUTURATE_NOT_AFTER, _FUTURE, _FUTURE_CLAUSE,
    _GIVEN_NAME_AFTER, _MASTER, _MONTH_NOUN_AFTER, _NIGHT_FIRST, _NOUN_AFTER, _OF_MONTH, _OVERNIGHT_BEFORE,
    _PAST_FUTURE, _PASSIVE_AHEAD, _PASSIVE_AHEAD_NOT_AFTER, _PREV_WORD, _SENT_BREAK, _SPORT, _THE_YEAR_NOUN, _WD_ONLY
)
from .calendar_days import (
    _last_day, _month, _month_day, _num, _pick_year, _safe, _span, _two_digit_year, _weekday,
    _weekday_on_or_after, _weekday_on_or_before
)
from .named_days import _holiday_weekend, _resolve_holiday


def _future_cue(text: str, pos: int, lo: int) -> bool:
    """True when the words before ``pos`` in the same clause mark the future: a cue ("will",
    "would", "scheduled") or a clause of time in the present tense ("when the case is heard in"),
    which in English tells what is still to come, or a verb of a timetable in the present right before
    the date ("the leaders meet Monday"); not a later past ("would have", "would later")."""
    left = text[max(lo, pos - 60):pos]
    cut = None
    for cut in _SENT_BREAK.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    if _PAST_FUTURE.search(left):
        return False
    if _FUTURE.search(left) or _FUTURE_CLAUSE.search(left):
        return True
    pm = _PASSIVE_AHEAD.search(left)
    if pm and not _PASSIVE_AHEAD_NOT_AFTER & set(pm.group("lead").lower().split()):
        return True
    fm = _FUTURATE.search(left)
    return bool(fm) and _prev_word(left, fm.start()) not in _FUTURATE_NOT_AFTER


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""

class _Ctx:
    """State for one find_dates call: the anchor and the narrative reference day."""

    __slots__ = ("anchor", "last", "last_end", "last_kind", "last_year", "qtr", "told", "text", "lo", "month_first")

    def __init__(self, text: str, anchor: date | None, lo: int, month_first: bool = False):
        self.text = text
        self.anchor = anchor
        #: a US report: numeric dates are written month first ("12/6/16" is December 6)
        self.month_first = month_first
        self.last: tuple[date, int] | None = None  # (day, precision) of the last resolved mention
        self.last_end = -1  # where that mention ends
        self.last_kind = ""  # that mention's family ("qtr": a quarter of a year)
        self.qtr: date | None = None  # the day of the last quarter of a year the text named
        self.last_year: int | None = None  # the year of the latest mention that tells one
        self.told: tuple[date, ...] = ()  # with no anchor: the full dates (with a year) the text tells
        self.lo = lo


#: precision of a match passed over whole: no date, and nothing inside it is read as one
_PASSED_OVER = ([], -1, False)


def _resolve(m: re.Match, ctx: _Ctx) -> tuple[list[date], int, bool, int] | None:
    """Return (days, precision, relative, end) for a match, or None to drop it (then the
    words inside it are read again; precision -1: passed over whole)."""
    kind = m.lastgroup
    family = _FAMILIES.get(kind)
    if family is None:
        return None
    text = ctx.text

    def future() -> bool:
        return _future_cue(text, m.start(), ctx.lo)

    return family(m, ctx, future)


def _named_day(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A named day ("on Father's Day", "the day after Thanksgiving"), or its weekend."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    name = g("hol_n")
    if not name[0].isupper():  # "a good Friday night"
        return None
    if _HOL_GATHERING.match(text, m.end("hol_part") if g("hol_part") else m.end("hol_n")):
        return _PASSED_OVER + (end,)
    weekend = _HOL_WEEKEND.match(text, m.end("hol_n")) if not (g("hol_part") or g("hol_y") or g("hol_ba")) else None
    if weekend:
        return _holiday_weekend(name, a, future, weekend.end())
    # a one-word name ("home for Thanksgiving", "Christmas shoppers") is a day only told as
    # one: "on Thanksgiving", "Thanksgiving night", "the day after Thanksgiving"
    if not (" " in name.strip() or g("hol_ba") or g("hol_part") or _prev_word(text, m.start()) == "on"):
        return None
    r = _resolve_holiday(name, g("hol_y"), a, future, end)
    if r and r[0] and g("hol_ba"):
        shift = timedelta(days=1 if g("hol_ba").lower() == "after" else -1)
        r = ([d + shift for d in r[0]], *r[1:])
    return r


def _iso_date(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """An ISO date, "2013-01-25"."""
    g, end = m.group, m.end()
    d = _safe(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return ([d], 1, False, end) if d else None


def _numeric_date(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A numeric date, "25/01/2013", "12/6/16": day-month unless only the other reading is a date;
    month-day in a US report (``ctx.month_first``)."""
    g, a, end = m.group, ctx.anchor, m.end()
    x, y, yr = int(g("num_a")), int(g("num_b")), g("num_y")
    year = int(yr) if len(yr) == 4 else _two_digit_year(int(yr), a)
    if g("num_sep") == "." and len(yr) != 4:
        return None
    if x > 12 and y <= 12:
        d = _safe(year, y, x)
    elif y > 12 and x <= 12:
        d = _safe(year, x, y)
    elif ctx.month_first:
        # a US report writes the month first ("12/6/16": December 6), unless only the other
        # reading lies on or before its page's day
        first, other = _safe(year, x, y), _safe(year, y, x)
        d = other if a and first and other and first > a >= other else first or other
    else:
        # day-month by default; with a page date, the reading nearest before it ("12/6/16" on a
        # page of 6 December 2016 is that day, as US pages write it, not 12 June)
        readings = [r for r in (_safe(year, y, x), _safe(year, x, y)) if r is not None]
        d = min(readings, key=lambda r: (r > a, abs((a - r).days))) if a and readings else _safe(year, y, x)
    return ([d], 1, False, end) if d else None


def _range_end(yr: str | None, mo: int, d: int, a: date | None, future) -> tuple[date | None, bool] | None:
    """A range's last day and whether it is relative: in the year given, else in the year that puts
    it before the anchor (after it after a future cue); None when there is neither."""
    if yr:
        return _safe(int(yr), mo, d), False
    if a:
        return _pick_year(a, mo, d, future()), True
    return None


def _cross_month_range(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A range across months, "30 January to 2 February"."""
    p, g, end = m.lastgroup, m.group, m.end()
    m1, m2 = g(p + "_m1"), g(p + "_m2")
    if not (m1[0].isupper() and m2[0].isupper()):
        return None
    d1, d2 = int(g(p + "_d1")), int(g(p + "_d2"))
    mo1, mo2 = _month(m1), _month(m2)
    last = _range_end(g(p + "_y"), mo2, d2, ctx.anchor, future)
    if last is None:
        return ([], 1, True, end)
    e, rel = last
    if e is None:
        return None
    s = _safe(e.year if mo1 <= mo2 else e.year - 1, mo1, d1)
    if s is None or s > e or (e - s).days > 62:
        return None
    return (_span(s, e), 1, rel, end)


def _month_range(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A range within a month, "between 20 and 23 January", "January 20-23"."""
    p, g, end, text = m.lastgroup, m.group, m.end(), ctx.text
    mon = g(p + "_m")
    if not mon[0].isupper():
        return None
    d1, d2 = int(g(p + "_d1")), int(g(p + "_d2"))
    mo = _month(mon)
    if d1 >= d2:
        return None
    last = _range_end(g(p + "_y"), mo, d2, ctx.anchor, future)
    if last is None:
        return ([], 1, True, end)
    e, rel = last
    if e is None:
        return None
    s = e.replace(day=d1)
    conn = text[m.end(p + "_d1"):m.start(p + "_d2")].lower()
    if "and" in conn and not g(p + "_pre"):
        return ([s, e], 1, rel, end)
    return (_span(s, e), 1, rel, end)


def _day_month(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A day and a month, "3 March", "Saturday, April 25", "March 3 last year"."""
    kind, g, a, end = m.lastgroup, m.group, ctx.anchor, m.end()
    p = kind
    mon = g(p + "_m")
    if not mon[0].isupper():
        return None
    mo, dd = _month(mon), int(g(p + "_d"))
    yr = g(p + "_y")
    if kind == "dm" and g("dm_y2"):
        if mon.isupper() and len(mon) <= 4:  # "3 JAN 90" wire style
            yr = str(_two_digit_year(int(g("dm_y2")), a))
        else:
            end = m.end("dm_m")
    if yr:
        d = _safe(int(yr), mo, dd)
        return ([d], 1, False, end) if d else None
    if a is None:
        return ([], 1, True, end)
    if g(p + "_yrel"):  # "on March 3 last year"
        d = _safe(a.year + _RELATIVE_YEARS[g(p + "_yrel").lower()], mo, dd)
        return ([d], 1, True, end) if d else None
    wdm = _WD_ONLY.search(m.group(), 0, m.start(p + "_m" if kind == "md" else p + "_d") - m.start())
    if wdm:  # "Saturday, April 25": the year in which that day is a Saturday
        wd = _weekday(wdm.group())
        fits = [x for x in (_safe(y, mo, dd) for y in (a.year, a.year - 1, a.year + 1))
                if x and x.weekday() == wd]
        if fits:
            return ([min(fits, key=lambda x: abs((x - a).days))], 1, True, end)
    d = _pick_year(a, mo, dd, future())
    return ([d], 1, True, end) if d else None


def _weekday_range(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A range of weekdays, "from Friday to Sunday", "overnight Saturday into Sunday"."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    span_text = m.group()
    wds = [_weekday(w) for w in _WD_ONLY.findall(span_text)]
    if a is None:
        return ([], 1, True, end)
    conn = g("wr_conn").strip().lower()
    pre = (g("wr_pre") or "").lower()
    if future():
        first = _weekday_on_or_after(a, wds[0])
        days = [first]
        for wd in wds[1:]:
            days.append(_weekday_on_or_after(days[-1] + timedelta(days=1), wd))
    else:
        last = _weekday_on_or_before(a, wds[-1])
        days = [last]
        for wd in reversed(wds[:-1]):
            days.insert(0, _weekday_on_or_before(days[0] - timedelta(days=1), wd))
    if conn != "and" or pre == "between":
        days = _span(days[0], days[-1])
        if len(days) == 2 and (_NIGHT_FIRST.match(span_text)
                               or _OVERNIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            # one night across midnight ("overnight Saturday into Sunday", "between Saturday night
            # and Sunday morning"): the night's own day, as "Saturday night" is dated, not two days
            days = days[:1]
    return (days, 1, True, end)


def _day_offset(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A day told from the anchor: yesterday, today, tomorrow and the days either side."""
    kind, a, end = m.lastgroup, ctx.anchor, m.end()
    if a is None:
        return ([], 1, True, end)
    off = {"dby": -2, "dat": 2, "yday": -1, "today": 0, "tmrw": 1}[kind]
    return ([a + timedelta(days=off)], 1, True, end)


def _years_later(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"A year later": a year, no day; right after a quarter of a year, that quarter so many years
    off ("third-quarter profit rose to $5 million from $4 million a year earlier": a year before it)."""
    end = m.end()
    n = _num(m.group("yl_n"))
    if n is not None and ctx.last_kind == "qtr" and ctx.last is not None:
        return ([_years_off(ctx.last[0], n if re.search(r"later|after", m.group(), re.I) else -n)], 3, True, end)
    return ([], 0, True, end)  # a year, no day: its year is _years_told's


def _years_off(d: date, n: int) -> date:
    """The same day n years off (the 28th for the 29th of February)."""
    return _safe(d.year + n, d.month, d.day) or date(d.year + n, d.month, 28)


def _quarter_told(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A quarter told again once the report has named one: "the quarter", "that quarter" are the
    last quarter named; "the year-earlier quarter", "the year-ago period", "year-earlier profit" that
    quarter a year before ("the year-earlier third quarter": the third quarter before the page's,
    a year before).  Nothing when no quarter was named ("the old quarter" of a town)."""
    g, end, text = m.group, m.end(), ctx.text
    if g("qa_same"):
        if ctx.qtr is None or re.match(r"\s+of\s", text[end:end + 4]):
            return None
        return ([ctx.qtr], 3, True, end)
    if not g("qa_n") and not g("qa_ord"):
        # the comparison alone is an adjective ("year-earlier profit"): hyphenated, a noun after it
        if "-" not in g("qa_yb") or not re.match(r"\s+[a-z]", text[end:end + 3]):
            return None
    base = ctx.qtr
    if g("qa_ord"):
        q = QUARTER_ORDINALS.get(g("qa_ord").lower())
        a = ctx.anchor
        if a is None or q is None:
            return None
        y = a.year if date(a.year, 3 * q - 2, 1) <= a else a.year - 1
        base = date(y, 3 * q - 1, 15)
    if base is None:
        return None
    return ([_years_off(base, -1)], 3, True, end)


def _ago(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"Three days ago", "two weeks ago", "a month ago" (years: no day)."""
    g, a, end = m.group, ctx.anchor, m.end()
    n = _num(g("ago_n"))
    unit = g("ago_u").lower()
    if n is None or a is None:
        return ([], 1 if unit == "day" else 2, True, end)
    if unit == "day":
        return ([a - timedelta(days=n)], 1, True, end)
    if unit == "week":
        return ([a - timedelta(days=7 * n)], 2, True, end)
    if unit == "month":
        y, mo = a.year, a.month - n
        while mo < 1:
            y, mo = y - 1, mo + 12
        return ([date(y, mo, min(a.day, _last_day(y, mo)))], 3, True, end)
    if ctx.last_kind == "qtr" and ctx.last is not None:  # "from $4 million a year ago": that quarter then
        return ([_years_off(ctx.last[0], -n)], 3, True, end)
    return ([], 0, True, end)


def _after_interval(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"A week after the shooting": the incident an interval before the anchor or a day told just before."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    # "A week after the shooting, ..." opening a sentence speaks from the report's
    # present: the incident is the anchor minus the interval.  Inside a clause
    # ("died three days after the attack") the interval counts from another event.
    n = _num(g("aft_n"))
    unit = g("aft_u").lower()
    if n is None or a is None:
        return None
    head = text[max(ctx.lo, m.start() - 60):m.start()]
    lead = re.search(r"(?:^|(?<=[.!?\"“‘\n]))[^.!?\"“‘\n]*$", head)
    base = _counted_from(m, ctx)
    if base is None and (lead is None or not _PRESENT_LEAD.match(lead.group().strip())):
        return None
    a = base if base is not None else a
    tail = _SENT_BREAK.search(text, end)
    if _MASTER.search(text, end, tail.start() if tail else len(text)):
        return None  # "two days after the attack on Monday": the clause dates itself
    if not _INCIDENT_WORD.search(text, end, tail.start() if tail else len(text)):
        return None  # "a week after officials moved to dissolve the firm": no incident to date
    if unit == "day":
        return ([a - timedelta(days=n)], 1, True, end)
    if unit == "week":
        return ([a - timedelta(days=7 * n)], 2, True, end)
    y, mo = a.year, a.month - n
    while mo < 1:
        y, mo = y - 1, mo + 12
    return ([date(y, mo, min(a.day, _last_day(y, mo)))], 3, True, end)


def _anaphor(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"The next day", "two days later": counted from the story's latest day (narrative time)."""
    g, a, end = m.group, ctx.anchor, m.end()
    low = m.group().lower()
    if g("ana_nf"):
        off = 1 if g("ana_nf").lower() in ("next", "following") else -1
    elif g("ana_ba"):
        off = -1 if g("ana_ba").lower() == "before" else 1
    elif g("ana_n"):
        n = _num(g("ana_n"))
        if n is None:
            return None
        off = n if g("ana_dir").lower().startswith(("later", "after")) else -n
    elif low.startswith("the night before"):
        off = -1
    else:
        off = 0
    if ctx.last is not None:
        base, prec = ctx.last
    elif a is not None:
        base, prec = a, 1
    else:
        return ([], 1, True, end)
    return ([base + timedelta(days=off)], prec, True, end)


def _past_weeks(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"The past few weeks": about half the span back from the anchor."""
    g, a, end = m.group, ctx.anchor, m.end()
    if a is None:
        return ([], 3, True, end)
    n = _num(g("pw_n")) if g("pw_n") else None
    if n is None:
        low = m.group().lower()
        nums = [_num(w) for w in re.findall(r"\d+|[a-z]+", low)]
        nums = [x for x in nums if x]
        n = max(nums) if nums else 3
    return ([a - timedelta(days=max(1, round(7 * n / 2)))], 3, True, end)


def _week(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"Last week", "earlier this week", "the weekend": a day of that week (precision 2)."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    if a is None:
        return ([], 2, True, end)
    low = m.group().lower()
    monday = a - timedelta(days=a.weekday())
    if "weekend" in low:
        which = (g("we_which") or "").lower()
        sat = _weekday_on_or_before(a, 5)
        if which.startswith("last") and a.weekday() >= 5:
            sat -= timedelta(days=7)
        return ([sat], 2, True, end)
    if low.startswith("next"):  # the Wednesday of the calendar week after the page's
        return ([monday + timedelta(days=9)], 2, True, end)
    if g("wk_last"):
        if g("wk_last").lower() == "past" or (low.startswith("the last") and not _OF_MONTH.match(text, end)):
            # "the past week", "for the last week": the seven days up to the page's, not last
            # week's calendar week ("the last week of May" is May's, not this)
            return ([a - timedelta(days=4)], 2, True, end)
        # Thursday of last week; an American page's week begins on Sunday, so on a Sunday
        # "last week" is the seven days just ended, not the week before them
        sunday = a - timedelta(days=(a.weekday() + 1) % 7)
        return ([sunday - timedelta(days=3)], 2, True, end)
    if g("wk_mod") and g("wk_mod").lower() == "earlier":
        last = a - timedelta(days=1)
        if last < monday:
            return ([last], 2, True, end)
        return ([monday + (last - monday) // 2], 2, True, end)
    if g("wk_mod"):  # later this week
        return ([max(a, monday + timedelta(days=3))], 2, True, end)
    return ([monday + (a - monday) // 2], 2, True, end)


def _relative_month(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"Last month", "early this month": a day of that month (precision 3)."""
    g, a, end = m.group, ctx.anchor, m.end()
    which = (g("mr_which") or g("mr_which2") or "this").lower()
    mod = (g("mr_mod") or g("mr_mod2") or g("mr_mod3") or "").lower()
    if a is None:
        return ([], 3, True, end)
    if which == "the past":
        return ([a - timedelta(days=15)], 3, True, end)
    y, mo = a.year, a.month
    if which in ("last", "the previous"):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    elif which == "next":
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    d = _month_day(y, mo, mod if mod not in ("earlier", "later") else "")
    if which in ("this", "the") and mod in ("earlier", "") and d > a:
        d = max(date(y, mo, 1), a - timedelta(days=1)) if mod == "earlier" else a
    return ([d], 3, True, end)


def _month_named(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A month named, "in June", "late March 2012", "last September" (precision 3)."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    mon = g("mn_m")
    if not mon[0].isupper():
        return None
    yr = g("mn_y")
    mod = (g("mn_mod") or "").lower()
    full = bool(re.fullmatch(r"(?:january|february|march|april|may|june|july|august|september|october"
                             r"|november|december)", mon, re.I))
    if not (yr or g("mn_yrel")):
        if not full:
            return None
        if mon.lower() in ("may", "march") and not mod and _prev_word(text, m.start()) not in _ANCHOR_PREPS \
                and not _month_modifies_noun(text, m.start(), end):
            return None
        if not mod and _GIVEN_NAME_AFTER.match(text, end) and _prev_word(text, m.start()) not in _ANCHOR_PREPS:
            # a month name before a capitalised word, no preposition before it, is a given
            # name ("April Lane said"), not the month
            return None
    mo = _month(mon)
    if yr:
        y = int(yr)
        rel = False
    elif a is None:
        return ([], 3, True, end)
    else:
        rel = True
        if g("mn_yrel"):  # "in June last year", "mid-March of this year"
            y = a.year + _RELATIVE_YEARS[g("mn_yrel").lower()]
        elif mod in ("last", "past"):
            y = a.year - 1 if mo >= a.month else a.year
        elif mod == "this":  # "this September": the page's own year, before or after its day
            y = a.year
        elif mod == "next" or (mod != "this" and (future() or _prev_word(text, m.start()) in _DEADLINE_PREPS)):
            y = a.year + 1 if mo <= a.month and mod == "next" else (a.year if mo >= a.month else a.year + 1)
        elif not mod and _prev_word(text, m.start()) in _SPAN_END_PREPS:
            # "through January" on an October page: the nearest January, here the one ahead
            y = a.year + (mo < a.month) if (mo - a.month) % 12 < (a.month - mo) % 12 else a.year - (mo > a.month)
        elif not mod and mo == a.month and _indefinite_month_modifier(text, m.start(), end):
            y = a.year - 1  # "a December incident" on a December page: not this month's
        else:
            y = _named_month_year(mo, a)
    d = _month_day(y, mo, mod)
    if a is not None and rel and y == a.year and mo == a.month and d > a and not mod.startswith(("late", "the end")):
        d = a
    return ([d], 3, rel, end)


def _weekday_day(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A weekday, "on Friday", "last Tuesday"."""
    g, a, end = m.group, ctx.anchor, m.end()
    mod = (g("wd_mod") or "").lower().strip()
    wd = _weekday(g("wd_d"))
    if mod in _WEEKDAY_FROM_STORY and ctx.last is not None and ctx.last[1] == 1:
        # "the following Monday", "the previous Friday" count from the story's latest day, as "the
        # next day" does ("arrested on 3 March and charged the following Monday"), not the page's
        step = _weekday_on_or_after if mod == "the following" else _weekday_on_or_before
        return ([step(ctx.last[0], wd, strict=True)], 1, True, end)
    if a is None:
        # a report with no date that tells one full date falling on that weekday (a photo caption's
        # "Thursday, May 4, 2034", a quoted "at 2 a.m. on 5/6/2034"): that day
        fits = {d for d in ctx.told if d.weekday() == wd}
        if len(fits) == 1 and mod not in _WEEKDAY_FROM_PAGE:
            return ([fits.pop()], 1, True, end)
        return ([], 1, True, end)
    if mod in ("next", "this coming", "the following"):
        return ([_weekday_on_or_after(a, wd, strict=True)], 1, True, end)
    if mod in ("last", "this past", "the previous"):
        return ([_weekday_on_or_before(a, wd, strict=True)], 1, True, end)
    if not g("wd_poss") and (future() or (not mod and _opens_future_clause(ctx.text, m.start(), end, ctx.lo))):
        return ([_weekday_on_or_after(a, wd)], 1, True, end)
    return ([_weekday_on_or_before(a, wd)], 1, True, end)


#: after a weekday opening its sentence ("On Tuesday, the league plans to ..."): a comma, a subject
#: of a few words (no verb of the past, no verb of saying) and a future cue as the clause's verb
_FUTURE_AFTER = re.compile(
    r"\s*,\s*(?:(?!(?:" + "|".join(map(re.escape, _LEX["future"].get("clause_not_before", ()))) + r")\b)"
    r"(?![A-Za-z]*ed\b)[A-Za-z][\w'’&-]*\s+){1,8}?(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _LEX["future"].get("clause_verbs", ())) + r")\b", re.I)
_AFTER_SENTENCE_END = re.compile(r"[.!?\n][\"'”’)]*\s*(?:on\s+)?$", re.I)
_ONLY_ON = re.compile(r"\s*(?:on\s+)?$", re.I)


def _opens_future_clause(text: str, start: int, end: int, lo: int) -> bool:
    """A weekday opening its sentence whose clause tells the future after it ("On Tuesday, the
    league plans to screen an advert", "Friday, the council will vote"): that weekday ahead."""
    left_lo = max(lo, start - 12)
    left = text[left_lo:start]
    opens = bool(_AFTER_SENTENCE_END.search(left)) or (left_lo == lo and bool(_ONLY_ON.fullmatch(left)))
    return opens and bool(_FUTURE_AFTER.match(text, end))


def _season(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A season, "last summer" (precision 3)."""
    g, a, end = m.group, ctx.anchor, m.end()
    if a is None:
        return ([], 3, True, end)
    return ([_season_middle(SEASONS[g("ssn_s").lower()], " ".join(g("ssn_which").lower().split()), a)], 3, True, end)


def _season_told(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A season told with "the" ("over the summer", "during the winter"): the nearest one to the
    page's day, as "this summer", but not one still to come unless the sentence tells the future
    (precision 3)."""
    a, end = ctx.anchor, m.end()
    if a is None:
        return ([], 3, True, end)
    months = SEASONS[m.group("ssnt_s").lower()]
    day = _season_middle(months, "this", a)
    if day > a and not future():
        day = _season_middle(months, "last", a)
    return ([day], 3, True, end)


def _year_only(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A year told alone, "in 2012", "the 2012 shooting", "this year": no day."""
    g, end, text = m.group, m.end(), ctx.text
    yr = g("yr_y")
    if yr:
        if not g("yr_mod") and _prev_word(text, m.start()) not in _ANCHOR_PREPS \
                and not _THE_YEAR_NOUN.match(text, m.start() - 4 if m.start() >= 4 else 0) \
                and not _year_modifies_noun(text, m.start(), end):
            return None
        return ([], 0, False, end)
    return ([], 0, True, end)


def _day_counted(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"It's the second day of an offensive", "today is the eighth day of the strike": the page's day;
    a count told otherwise ("was the third day") is no date."""
    a, end = ctx.anchor, m.end()
    if not _DAY_COUNT_LEAD.search(ctx.text, max(ctx.lo, m.start() - 15), m.start()):
        return _PASSED_OVER + (end,)
    return ([a] if a else [], 1, True, end)


def _year_end(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"By year-end", "the end of the year": December 31 at a month's precision (as "late December"),
    of the page's year, or of the year before after "since" or on a January page telling no future (no
    cue, no "by")."""
    a, end = ctx.anchor, m.end()
    if a is None:
        return ([], 3, True, end)
    prev = _prev_word(ctx.text, m.start())
    gone = prev in _YEAR_END_GONE or (a.month == 1 and prev not in _DEADLINE_PREPS and not future())
    return ([date(a.year - gone, 12, 31)], 3, True, end)


def _year_said(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A year said in words ("in nineteen seventy-nine", "the year two thousand"): a year, no day, as
    "in 1979" is; only after "the year" or an anchoring preposition (else a count: "nineteen fifty-ton
    trucks")."""
    g, end = m.group, m.end()
    if not (g("ys_the") or g("ys_the2")) and _prev_word(ctx.text, m.start()) not in _ANCHOR_PREPS:
        return None
    return ([], 0, False, end)


def _spelled_year(m: re.Match) -> int | None:
    """The year a year said in words names."""
    sy = _LEX.get("spelled_years", {})
    words = lambda k: {" ".join(w.lower().split()): v for w, v in sy.get(k, {}).items()}  # noqa: E731
    key = lambda x: " ".join(re.split(r"[\s-]+", x.lower()))  # noqa: E731
    if m.group("ys_k"):
        n = m.group("ys_o2")
        return 2000 + ({**words("tens"), **words("ones")}.get(key(n), 0) if n else 0)
    c, t, o = m.group("ys_c"), m.group("ys_t"), m.group("ys_o")
    return words("centuries")[key(c)] + words("tens")[key(t)] + (words("ones")[key(o)] if o else 0)


def _year_again(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"Later that year", "the same year", "the current year": a year, no day (its year is
    :func:`_year_again_told`)."""
    return ([], 0, True, m.end())


def _year_again_told(m: re.Match, ctx: _Ctx) -> int | None:
    """The year "later that year", "the same year" name: the latest year the report told before them
    (none when it told none); "the current year" the page's."""
    if m.group("ty_cur"):
        return ctx.anchor.year if ctx.anchor else None
    return ctx.last_year


def _year_modifies_noun(text: str, start: int, end: int) -> bool:
    """A bare year before a noun, after a determiner or a possessive: "its 1990 invasion", "a 2016
    law", "the 1996 Olympic bombing", "the army's 2014 offensive" name the year of the thing."""
    return bool(_NOUN_AFTER.match(text, end) and _DET_YEAR_BEFORE.search(text, max(0, start - 40), start))


def _month_modifies_noun(text: str, start: int, end: int) -> bool:
    """"March" or "May" between a determiner and a lower-case noun ("the March accession", "a May
    deadline"): the month, as "the 2012 shooting" is a year, though neither name alone is one."""
    return bool(_MONTH_NOUN_AFTER.match(text, end) and _DET_MONTH_BEFORE.search(text, max(0, start - 30), start))


_INDEFINITE = frozenset(_LEX["anchoring"].get("month_modifier_indefinite", ()))


def _indefinite_month_modifier(text: str, start: int, end: int) -> bool:
    """The month modifies a noun after an indefinite article ("a December incident", "an April raid"):
    some such month, told as a known one would be ("this month", "the December shooting")."""
    return _prev_word(text, start) in _INDEFINITE and _month_modifies_noun(text, start, end)


def _named_month_year(mo: int, a: date) -> int:
    """The year of a month named alone (no cue ahead): the page's when the month has begun by its
    day, the next when it is the month just ahead (not eleven months back), else the year before."""
    if mo == a.month % 12 + 1:
        return a.year + (mo == 1)
    return a.year if mo <= a.month else a.year - 1


#: weekday modifiers told from the page's day ("last Friday", "next Monday"): no told date stands in for it
_WEEKDAY_FROM_PAGE = frozenset({"next", "this coming", "the following", "last", "this past", "the previous"})
#: ... and those told from the story's latest day when it tells one
_WEEKDAY_FROM_STORY = frozenset({"the following", "the previous"})

#: years a quarter's "of ... year" names, from the page's
_QUARTER_YEARS = {"this": 0, "the": 0, "last": -1, "next": 1}


def _quarter(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """A quarter of a year, dated to the 15th of its middle month (precision 3, as a month): its
    year given, told from the page's ("last year"), or for an ordinal alone the latest quarter
    begun by the page's day (the one just ahead after a future cue: "due to its third-quarter
    loss" is no cue of a quarter a year ahead); "last quarter" the one
    before the page's own.  The page's own quarter is dated no later than the page's day.  A
    quarter of anything else ("the third quarter of the match") is passed over."""
    g, a, end, text = m.group, ctx.anchor, m.end(), ctx.text
    if not (g("qtr_y2") or g("qtr_yrel")) and re.match(r"\s+of\s", text[end:end + 4]):
        return _PASSED_OVER + (end,)
    lo = max(ctx.lo, m.start() - 200)
    head = text[lo:m.start()]
    cut = max(head.rfind(c) for c in ".!?\n")
    tail = re.match(r"[^.!?\n]*", text[end:end + 200]).group()
    if _SPORT.search(head[cut + 1:]) or _SPORT.search(tail):
        return _PASSED_OVER + (end,)
    yr = g("qtr_y1") or g("qtr_y2") or g("qtr_y3") or g("qtr_y4")
    q = int(g("qtr_n")) if g("qtr_n") else QUARTER_ORDINALS.get((g("qtr_ord") or "").lower())
    if yr:
        y, rel = int(yr), False
    elif a is None:
        return ([], 3, True, end)
    else:
        rel = True
        if g("qtr_rel"):
            k = (a.month - 1) // 3 + QUARTER_RELATIVE[g("qtr_rel").lower()]
            y, q = a.year + k // 4, k % 4 + 1
        elif g("qtr_yrel"):
            y = a.year + _QUARTER_YEARS[g("qtr_yrel").lower()]
        else:
            y = a.year if date(a.year, 3 * q - 2, 1) <= a else a.year - 1
            if q == ((a.month - 1) // 3 + 1) % 4 + 1 and future():
                y = a.year + (q == 1)  # the quarter just ahead, after a future cue
    d = date(y, 3 * q - 1, 15)
    if rel and date(y, 3 * q - 2, 1) <= a < d:
        d = a
    return ([d], 3, rel, end)


def _month_week(m: re.Match, ctx: _Ctx, future) -> tuple[list[date], int, bool, int] | None:
    """"The last week of March", "the second week of June": the middle day of that week of the
    month (precision 2), the month's year chosen as for the month named alone; a week the page's
    day falls in is dated no later than that day."""
    g, a, end = m.group, ctx.anchor, m.end()
    mon = g("mw_m")
    if not mon[0].isupper():
        return None
    mo = _month(mon)
    if g("mw_y"):
        y, rel = int(g("mw_y")), False
    elif a is None:
        return ([], 2, True, end)
    else:
        rel = True
        if future() or _prev_word(ctx.text, m.start()) in _DEADLINE_PREPS:
            y = a.year if mo >= a.month else a.year + 1
        else:
            y = _named_month_year(mo, a)
    n, last = MONTH_WEEKS[g("mw_ord").lower()], _last_day(y, mo)
    first = 7 * (n - 1) + 1 if n > 0 else last - 6
    if first > last:
        return None
    d = date(y, mo, min(first + 3, last))
    if rel and date(y, mo, first) <= a < d:
        d = a
    return ([d], 2, rel, end)


def _season_middle(months: tuple[int, int], which: str, a: date) -> date:
    """The 15th of the middle month of the season "this", "last" or "next" names from the page's
    day: "last" the latest one over by then, "next" the first not begun, "this" the nearest."""
    first, last = months
    mid = (first + ((last - first) % 12) // 2 - 1) % 12 + 1

    def bounds(y: int) -> tuple[date, date, date]:  # the season beginning in year y
        end_y = y + (last < first)
        end = date(end_y + (last == 12), last % 12 + 1, 1)
        return date(y, first, 1), end, date(y + (mid < first), mid, 15)

    seasons = [bounds(y) for y in range(a.year - 2, a.year + 2)]
    if which in ("last", "this past", "the past"):
        return max(s for s in seasons if s[1] <= a)[2]
    if which in ("next", "this coming"):
        return min(s for s in seasons if s[0] > a)[2]
    return min(seasons, key=lambda s: 0 if s[0] <= a < s[1] else min(abs((s[0] - a).days), abs((a - s[1]).days)))[2]

#: a year told from the page's: "last year" is the year before the anchor's
_RELATIVE_YEARS = {"this": 0, "earlier": 0, "later": 0, "last": -1, "the previous": -1, "next": 1}


def _relative_year(expression: str, anchor: date | None) -> int | None:
    """The year "this year", "last year", "next year" name (not "the past year", twelve
    months): what a month or a day told beside it can be no later than."""
    if anchor is None:
        return None
    low = " ".join(expression.lower().split())
    shift = next((v for k, v in _RELATIVE_YEARS.items() if low.startswith(k + " ")), None)
    return None if shift is None else anchor.year + shift


def _years_ago(m: re.Match, anchor: date | None) -> int | None:
    """The year "two years ago" names from the page's, as "last year" does (no day in it)."""
    n = _num(m.group("ago_n"))
    return anchor.year - n if anchor and n and m.group("ago_u").lower() == "year" else None


def _years_told(m: re.Match, ctx: _Ctx) -> int | None:
    """The year "a year earlier", "two years later" name, counted from the story's latest day told
    before it (the page's when none): a year, no day in it, as "a year ago" is."""
    n = _num(m.group("yl_n"))
    base = ctx.last[0] if ctx.last is not None else ctx.anchor
    if n is None or base is None:
        return None
    return base.year + (n if re.search(r"later|after", m.group(), re.I) else -n)


def _counted_from(m: re.Match, ctx: _Ctx) -> date | None:
    """The day an interval right after it counts from: "arrested Monday, three days after the
    shots were fired" puts the shots three days before that Monday, not before the report."""
    if ctx.last is None or ctx.last[1] != 1 or ctx.last_end < ctx.lo:
        return None
    return ctx.last[0] if _COUNTED_GAP.fullmatch(ctx.text, ctx.last_end, m.start()) else None


# (a place may stand between: "arrested Monday in Dunmore, Pennsylvania, two days after ...")
_COUNTED_GAP = re.compile(r"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,3})?"
                          r"\s*[,(\u2014\u2013-]?\s*(?:just|only|nearly|almost|about|some|exactly)?\s*")


def _looks_back(m: re.Match, days: list[date], ctx: _Ctx) -> bool:
    """A backward anaphor ("the previous day") is a flashback told from the story's day: it
    does not move narrative time, so a second "the previous day" is the same day again, not
    the day before it (an incident dated two days early was split from its reports)."""
    back = m.lastgroup == "ana" or (m.lastgroup == "wd" and (m.group("wd_mod") or "").lower().strip() == "the previous")
    return back and ctx.last is not None and days[-1] < ctx.last[0]


#: the resolving function of each family (alternative) of ``_MASTER``, by its group name
_FAMILIES = {
    "hol": _named_day,
    "iso": _iso_date,
    "num": _numeric_date,
    "dmdm": _cross_month_range,
    "mdmd": _cross_month_range,
    "dmr": _month_range,
    "mdr": _month_range,
    "dm": _day_month,
    "md": _day_month,
    "wr": _weekday_range,
    "dby": _day_offset,
    "dat": _day_offset,
    "yday": _day_offset,
    "today": _day_offset,
    "tmrw": _day_offset,
    "yl": _years_later,
    "ago": _ago,
    "aft": _after_interval,
    "ana": _anaphor,
    "pw": _past_weeks,
    "wk": _week,
    "mr": _relative_month,
    "mw": _month_week,
    "qa": _quarter_told,
    "qtr": _quarter,
    "mn": _month_named,
    "wd": _weekday_day,
    "ssn": _season,
    "ssnt": _season_told,
    "nth": _day_counted,
    "ye": _year_end,
    "ys": _year_said,
    "ty": _year_again,
    "yr": _year_only,
}
