"""Datelines and update stamps: the dates a report prints about itself.

A wire dateline ("KABUL, Afghanistan (Jan. 25, 2013) -", "Kabul, May 3:") gives the
report's place and anchor date and dates no event of the sentence it opens; a paragraph's
opening update stamp ("UPDATE 4:10 p.m., Tuesday") re-anchors that paragraph's relative days.
"""
from __future__ import annotations

import re
from datetime import date

from ..geo.tables import headline_labels  # (one list of headline labels, shared with the geocoder)
from .lexicon import PAGE_LINE_AFTER_WORDS, PAGE_LINE_WORDS, PAGE_STAMP_WORDS, WEEKDAYS, _UPDATE_STAMP
from .patterns import _MASTER, _MON, _WD, _day
from .calendar_days import _month, _safe, _two_digit_year
from .expressions import _Ctx, _resolve


def _update_stamps(text: str, anchor: date | None, start: int, end: int) -> list[tuple[int, int, date]]:
    """(start, end, day) of each paragraph that opens with a dated update stamp: its relative
    days count from the stamp's day.  A stamp alone on its line stamps the next paragraph.
    An undated report gets none: without a page day to check it against, a stamp is as often
    a later edit's day as the report's own."""
    if anchor is None:
        return []
    out = []
    for m in _UPDATE_STAMP.finditer(text, start, end):
        line_end = text.find("\n", m.start(), end)
        line_end = end if line_end < 0 else line_end
        day = _stamp_day(text, m.end(), line_end, anchor)
        if day is None:
            continue
        if not re.search(r"[a-z]{3}", text[day[1]:line_end]):  # the stamp alone: the next paragraph
            nxt = re.search(r"[^\s][^\n]*", text[line_end:end])
            line_end = line_end + nxt.end() if nxt else line_end
        out.append((m.start(), line_end, day[0]))
    return out


def _stamp_day(text: str, pos: int, line_end: int, anchor: date) -> tuple[date, int] | None:
    """The day a stamp's date names and where that date ends, when the date starts at ``pos``."""
    m = _MASTER.match(text, pos, min(line_end, pos + 40))
    r = _resolve(m, _Ctx(text, anchor, pos)) if m else None
    days = [d for d in r[0] if d] if r and r[1] == 1 else []
    if len(days) != 1 or abs((anchor - days[0]).days) > 7:  # a week off the page: no stamp of this report
        return None
    return days[0], r[3]


def _anchor_at(stamps: list[tuple[int, int, date]], pos: int, anchor: date | None) -> date | None:
    return next((day for s, e, day in stamps if s <= pos < e), anchor)

_DL_PLACE = (r"(?P<place>[A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,4}(?:[ \t]*\([A-Z][A-Za-z .'’\-]{1,30}\)(?=,))?"
             r"(?:,(?![ \t]*NO[ \t]+DATE)[ \t]*[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,3})?)")
_DL_DATE = (rf"(?P<date>{_MON}\s+{_day('dl_md_d')}(?:,?\s+(?P<dl_md_y>\d{{4}}|\d\d))?"
            rf"|{_day('dl_dm_d')}\s+(?P<dl_dm_m>{_MON})(?:,?\s+(?P<dl_dm_y>\d{{4}}|\d\d))?"
            rf"|(?P<dl_iso>\d{{4}}-\d\d-\d\d)|(?P<dl_none>NO[ \t]+DATE))")
_DATELINE_BODY = (
    rf"[ \t]*{_DL_PLACE}"
    rf"(?:[ \t]*,[ \t]*{_DL_DATE})?"
    rf"(?:[ \t]*\((?:{_DL_DATE.replace('?P<', '?P<p_')}|(?P<source>[^()\n]{{1,60}}))\))?"
    rf"(?:[ \t]*\n)?[ \t]*(?P<dash>--|-|–|—|_|:)"
)
_DATELINE = re.compile(rf"^{_DATELINE_BODY}", re.I | re.M)
#: the same, anywhere: a colon dateline after a headline on the same line
#: ("Blast kills two. QUETTA, May 3: A bomb ..."), as South Asian papers print them
_DATELINE_ANYWHERE = re.compile(_DATELINE_BODY, re.I)


def _dateline_match(text: str) -> re.Match | None:
    """The report's dateline: at one of its first lines, or a colon dateline after
    the headline's full stop.  Its place is upper case ("KABUL -"), or, before a
    colon, any case when a date follows it ("Kabul, May 3:"): "Warning: ..." and
    "Update - ..." open headlines, not datelines."""
    head = text[:600]
    starts = [0] + [i + 1 for i, c in enumerate(head) if c == "\n"]
    starts = [i for i in starts if head[i:i + 200].strip() and not head[i:i + 1].isspace()][:4]
    for pos in starts:
        m = _DATELINE.match(head, pos)
        if m and _dateline_place_ok(m):
            return m
    for stop in re.finditer(r"[.!?][ \t]+(?=[A-Z])", head[:400]):
        m = _DATELINE_ANYWHERE.match(head, stop.end())
        if m and m.group("dash") == ":" and _dateline_place_ok(m):
            return m
    return None


#: a place name in ordinary case: capitalised words, no full stop ("Kabul", "Dera Ismail Khan")
_TITLE_PLACE = re.compile(r"[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){0,3}")


def _dateline_place_ok(m: re.Match) -> bool:
    first = m.group("place").split(",")[0].strip()
    letters = [c for c in first if c.isalpha()]
    if len(letters) < 2 or first.casefold() in headline_labels():
        return False
    if all(c.isupper() for c in letters):
        return True
    dated = m.group("date") or m.group("p_date")
    return bool(m.group("dash") == ":" and dated and _TITLE_PLACE.fullmatch(first))


def find_dateline(text: str, year: int | None = None) -> tuple[date | None, str]:
    """The date and place of a wire dateline at the start of a report.

    Handles "KABUL, Afghanistan (Jan. 25, 2013) -", "SAN SALVADOR, 3 JAN 90 (RADIO
    ...) --", "BAGHDAD, March 3 (Reuters) -", "MOGADISHU, Somalia — " and the colon
    form, "BEIRUT:", "Kabul, May 3:", also after a headline.  A date
    without a year is returned only when ``year`` is given; otherwise the date is
    ``None`` and the place is still returned.  ``(None, "")`` when there is no dateline.
    """
    m = _dateline_match(text)
    if not m:
        return None, ""
    return _dateline_date(m, year), m.group("place").strip().rstrip(",")


def dateline_day(text: str, published: date | None = None) -> date | None:
    """The report's own day by its dateline, or by a date line among its first lines, when it
    prints no year ("BAGHDAD, March 3 (Reuters) -", "Tuesday, 14 May" alone on its line).

    With a publication date, the dateline gives the day and the publication date the year: a
    dateline month after the publication month is of the year before (a page of January 2 with
    a dateline of December 30); a dateline day after the publication day in the same month is
    no day of this page (None).  Without one, an ACLED coder takes the year only from the
    report's own words: the year of a full date it writes at most 60 days before the dateline's
    day ("on March 1, 2013" under "March 3": 2013), else the one year it writes ("the 2013
    season") when it writes no other, and with a weekday named ("Tuesday, 14 May") only a year
    written (or the next) whose calendar puts that weekday on that day.  A report that writes
    several years and no such date stays undated: a coder does not guess a year."""
    md = _yearless_dateline(text) or _yearless_date_line(text)
    if md is None:
        return None
    mo, dd, wd = md
    if published is not None:
        y = published.year - (mo > published.month)
        day = _safe(y, mo, dd)
        return day if day is not None and day <= published and (wd is None or day.weekday() == wd) else None
    return _day_by_written_years(text, mo, dd, wd)


def _yearless_dateline(text: str) -> tuple[int, int, int | None] | None:
    m = _dateline_match(text)
    if not m or _dateline_date(m, None) is not None:
        return None
    for p in ("", "p_"):
        if m.group(p + "dl_md_d") and not m.group(p + "dl_md_y"):
            return _month(m.group(p + "date").split()[0]), int(m.group(p + "dl_md_d")), None
        if m.group(p + "dl_dm_d") and not m.group(p + "dl_dm_y"):
            return _month(m.group(p + "dl_dm_m")), int(m.group(p + "dl_dm_d")), None
    return None


#: a year written in the report: four digits alone, not a figure's ("2,013", "$2013", "2013.5")
_WRITTEN_YEAR = re.compile(r"(?<![\d$£€,.])\b(?:19|20)\d\d\b(?![,.]?\d)")
_WRITTEN_DATE = re.compile(rf"\b(?:(?P<mon>{_MON})[ \t]*\.?[ \t]*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<mon2>{_MON})[ \t]*\.?)"
                           rf"[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d)\b", re.I)


def _day_by_written_years(text: str, mo: int, dd: int, wd: int | None) -> date | None:
    fits = lambda d: d is not None and (wd is None or d.weekday() == wd)  # noqa: E731
    best = None
    for m in _WRITTEN_DATE.finditer(text):
        told = _safe(int(m.group("y")), _month(m.group("mon") or m.group("mon2")), int(m.group("d") or m.group("d2")))
        if told is None:
            continue
        for y in (told.year, told.year + 1):
            day = _safe(y, mo, dd)
            if fits(day) and 0 <= (day - told).days <= 60 and (best is None or day > best):
                best = day
    if best is not None:
        return best
    years = {int(y.group()) for y in _WRITTEN_YEAR.finditer(text)}
    if not years:
        return None
    if wd is None:
        return _safe(years.pop(), mo, dd) if len(years) == 1 else None
    days = [d for y in (max(years), max(years) + 1) if fits(d := _safe(y, mo, dd))]
    return days[0] if len(days) == 1 else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character range of the dateline ("KABUL, Afghanistan (Jan. 25, 2013) -"), if any.

    Its date anchors the report; it never dates an event of the sentence it opens.
    """
    m = _dateline_match(text)
    return (m.start(), m.end()) if m else None


def _dateline_date(m: re.Match, year: int | None) -> date | None:
    for p in ("", "p_"):
        g = lambda k: m.group(p + k)  # noqa: E731
        if g("dl_iso"):
            y, mo, d = (int(x) for x in g("dl_iso").split("-"))
            return _safe(y, mo, d)
        if g("dl_md_d"):
            mon, dd, yr = g("date").split()[0], int(g("dl_md_d")), g("dl_md_y")
        elif g("dl_dm_d"):
            mon, dd, yr = g("dl_dm_m"), int(g("dl_dm_d")), g("dl_dm_y")
        else:
            continue
        mo = _month(mon)
        if yr:
            y = int(yr) if len(yr) == 4 else _two_digit_year(int(yr), None if year is None else date(year, 7, 1))
        elif year is not None:
            y = year
        else:
            return None
        return _safe(y, mo, dd)
    return None


_FULL_DATE = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?P<mon>" + _MON + r")[ \t]+(?P<d>\d{1,2})"
              r"(?:st|nd|rd|th)?,?[ \t]+(?P<y>(?:19|20)\d\d)\b")
_PAGE_STAMP = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in PAGE_STAMP_WORDS),
                                                   key=len, reverse=True))
                         + r")\b[ \t]*:?[ \t]*" + _FULL_DATE, re.I)
#: a first line that is a full date alone, a clock time at most after it ("May 6, 2016 4:10 PM")
_DATE_LINE = re.compile(r"^[ \t]*" + _FULL_DATE + r"(?:[ \t]+\d{1,2}:\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?[ \t]*$",
                        re.I | re.M)


def find_page_stamp(text: str) -> date | None:
    """The day a report with no publication date prints it was put out: the latest of its
    "(Published Friday, May 6, 2016)" / "Posted on: May 6, 2016" stamps (``[page_stamp]`` in the
    lexicon; a page's older videos carry older stamps, the page is no earlier than its latest), else
    a full date alone on one of its first lines. None when it prints neither."""
    days = [d for m in _PAGE_STAMP.finditer(text) if (d := _full_date(m)) is not None]
    if days:
        return max(days)
    head = text[:300]
    m = _DATE_LINE.search(head)
    return _full_date(m) if m else _page_date_line(text)


def _words_re(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in words), key=len, reverse=True))


#: a date in a page's date line: weekday (whole or short) at most before it, month first or day first
_LINE_DATE = re.compile(rf"(?:\b(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?[ \t]*,?[ \t]*)?"
                        rf"(?:\b(?P<mon>{_MON})[ \t]*\.?[ \t]*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{_MON})[ \t]*\.?)"
                        rf"[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d)\b"
                        r"|\b(?P<n1>\d{1,2})[ \t]*/[ \t]*(?P<n2>\d{1,2})[ \t]*/[ \t]*(?P<ny>(?:19|20)\d\d)\b", re.I)
_CLOCK = (r"\d{1,2}(?:[ \t]*:[ \t]*\d\d){1,2}(?:[ \t]*[ap][ \t]*\.?[ \t]*m\b[ \t]*\.?)?"
          r"|\d{1,2}[ \t]*[ap][ \t]*\.?[ \t]*m\b[ \t]*\.?"
          r"|(?-i:[A-Z]{1,4}T|UTC)(?:[ \t]*[+\-][ \t]*\d\d?(?:[ \t]*:?[ \t]*\d\d)?)?\b"
          r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|\b" + _WD + r"\b")
_LINE_BEFORE = re.compile(rf"(?:{_CLOCK}|\b(?:{_words_re(PAGE_LINE_WORDS)})\b|[\s,|:;@\-–—()\[\]/.])*", re.I)
_LINE_AFTER = re.compile(rf"(?:{_CLOCK}|\b(?:{_words_re(PAGE_LINE_WORDS + PAGE_LINE_AFTER_WORDS)})\b"
                         r"|[\s,|:;@\-–—()\[\]/.])*", re.I)
_UPDATE_LINE_BEFORE = _LINE_AFTER


def _page_date_line(text: str) -> date | None:
    """The day of a date line among a report's first lines: a date with nothing else on its
    line but a weekday, clock times, time zones and the words of ``[page_stamp] line_words``
    before it (and ``line_after_words`` after it): "Sunday, 12 May 2019", "Published : May 21 ,
    2019 , 4 : 12 PM" (spaces before the punctuation, as tokenised copy prints it), "8:56am
    Thursday 4th March 2021", "Friday, Jul 2, 2021 | Updated 7:40 PM EDT", "Posted 11/25/2020"
    (a numeric date only when its order cannot be mistaken: a part above 12, or day and month
    alike).  A weekday that is not the date's puts the line aside.  Only when no line is such, an
    edit's line ("Updated Mon 8 Feb 2021, 6:15pm"): the page's one date, the day after it was put
    out at most as such stamps go."""
    lines = [ln for ln in [ln for ln in text[:600].split("\n") if ln.strip()][:4] if len(ln) <= 100]
    for before in (_LINE_BEFORE, _UPDATE_LINE_BEFORE):
        for line in lines:
            m = _LINE_DATE.search(line)
            if not m or before.fullmatch(line, 0, m.start()) is None or _LINE_AFTER.fullmatch(line, m.end()) is None:
                continue
            if m.group("ny"):
                a, b = int(m.group("n1")), int(m.group("n2"))
                if a <= 12 and b <= 12 and a != b:
                    continue
                d = _safe(int(m.group("ny")), min(a, b), max(a, b))
            else:
                d = _safe(int(m.group("y")), _month(m.group("mon") or m.group("mon2")),
                          int(m.group("d") or m.group("d2")))
            wd = m.group("wd")
            if d is not None and (not wd or WEEKDAYS.get(wd[:3].lower()) == d.weekday()):
                return d
    return None


#: a first line that is a day and month with no year: "Tuesday, 14 May", "Posted: May 14 | 9:10 AM"
_LINE_DATE_NO_YEAR = re.compile(rf"(?:\b(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?[ \t]*,?[ \t]*)?"
                                rf"(?:\b(?P<mon>{_MON})[ \t]*\.?[ \t]*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                                rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{_MON})[ \t]*\.?)"
                                r"(?![ \t]*,?[ \t]*\d)", re.I)


def _yearless_date_line(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, weekday) of a date line with no year among the first lines, as
    :func:`_page_date_line` reads date lines; the weekday None when the line names none."""
    lines = [ln for ln in [ln for ln in text[:600].split("\n") if ln.strip()][:4] if len(ln) <= 100]
    for line in lines:
        m = _LINE_DATE_NO_YEAR.search(line)
        if not m or _LINE_BEFORE.fullmatch(line, 0, m.start()) is None or _LINE_AFTER.fullmatch(line, m.end()) is None:
            continue
        mo, dd = _month(m.group("mon") or m.group("mon2")), int(m.group("d") or m.group("d2"))
        if _safe(2000, mo, dd) is None:  # (a leap year: February 29 may be a day)
            continue
        wd = m.group("wd")
        return mo, dd, (WEEKDAYS.get(wd[:3].lower()) if wd else None)
    return None


def _full_date(m: re.Match) -> date | None:
    return _safe(int(m.group("y")), _month(m.group("mon")), int(m.group("d")))
