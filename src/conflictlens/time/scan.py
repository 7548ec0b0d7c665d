"""Find every date expression in a report's text and resolve it (spec §5).

A rule-based scan built on one precompiled regular expression, because the pipeline must run
near spaCy-NER speed and ``dateparser.search_dates`` costs ~20 ms a report.  :func:`find_dates`
keeps the narrative time anaphors follow and the update stamps that re-anchor a paragraph;
``dateparser`` is only used by :func:`resolve_expression` as a fallback for a single
expression.  Offsets are always offsets into the full text given to :func:`find_dates`.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from ..model import DateMention
from .patterns import _MASTER, _TODAY, _TRIGGER, _WD_ONLY
from .calendar_days import _weekday
from .expressions import (_Ctx, _looks_back, _relative_year, _resolve, _spelled_year, _year_again_told, _years_ago,
                          _years_told)
from .datelines import _anchor_at, _update_stamps
from .lexicon import UPDATE_STAMP_WORDS


def find_dates(text: str, anchor: date | None, start: int = 0, end: int | None = None,
               month_first: bool = False) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``anchor``.

    ``anchor`` is the publication date or dateline; with ``None`` only absolute dates
    that carry a year get days.  Anaphoric expressions ("the next day") follow the
    most recent resolved mention earlier in this call (narrative time). ``month_first``: the
    report is a US one (its outlet, else its places: pipeline.month_first), whose numeric dates
    put the month first ("12/6/16" is December 6, not 12 June).
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    end = len(text) if end is None else end
    if not _TRIGGER.search(text, start, end):
        return []
    out = _scan(text, anchor, start, end, (), month_first)
    if anchor is None:
        # no page date: a weekday takes the one full date the report tells on that weekday
        told = tuple(sorted({m.days[0] for m in out if not m.relative and m.precision == 1 and len(m.days) == 1
                             and not _AMBIGUOUS_NUMERIC.match(m.text)
                             and not _UPDATE_BEFORE.search(text, max(start, m.start - 40), m.start)}))
        if told and any(not m.days and _WD_ONLY.search(m.text) for m in out):
            out = _scan(text, anchor, start, end, told, month_first)
    return out


#: a numeric date either way round ("12/6/16"): no day to stand in for a weekday without a page date
_AMBIGUOUS_NUMERIC = re.compile(r"(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])[/.]\d+$")
#: an update stamp's date ("Updated: Monday, July 7, 2014"): an edit may come long after the story
_UPDATE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in UPDATE_STAMP_WORDS) + r")\b[^.\n]{0,25}$", re.I)


def _scan(text: str, anchor: date | None, start: int, end: int, told: tuple[date, ...],
          month_first: bool = False) -> list[DateMention]:
    ctx = _Ctx(text, anchor, start, month_first)
    ctx.told = told
    stamps = _update_stamps(text, anchor, start, end)
    out: list[DateMention] = []
    pos = start
    search = _MASTER.search
    while True:
        m = search(text, pos, end)
        if m is None:
            break
        ctx.anchor = _anchor_at(stamps, m.start(), anchor) if stamps else anchor
        r = _resolve(m, ctx)
        if r is None:  # a rejected match must not hide a date inside it ("last Oct. 23")
            pos = m.start() + 1
            continue
        if r[1] == -1:
            pos = max(r[3], m.start() + 1)
            continue
        pos = max(r[3], m.start() + 1)
        days, prec, rel, stop = r
        days = [d for d in days if d is not None]
        s = m.start()
        yr = (m.group("yr_y") or _relative_year(m.group(), ctx.anchor)) if m.lastgroup == "yr" \
            else _years_ago(m, ctx.anchor) if m.lastgroup == "ago" \
            else _years_told(m, ctx) if m.lastgroup == "yl" \
            else _year_again_told(m, ctx) if m.lastgroup == "ty" \
            else _spelled_year(m) if m.lastgroup == "ys" else None
        if yr or days:
            ctx.last_year = int(yr) if yr else days[-1].year
        out.append(DateMention(start=s, end=stop, text=text[s:stop], days=days,
                               precision=prec, relative=rel, year=int(yr) if yr else None))
        kind = m.lastgroup
        if days and prec in (1, 2, 3) and kind not in ("yr", "aft", "yl", "qa") and not _looks_back(m, days, ctx) \
                and not (kind == "ago" and prec == 3 and m.group("ago_u").lower() == "year"):
            # (a year counted back from a quarter is a comparison, not the story's time)
            ctx.last, ctx.last_end, ctx.last_kind = (days[-1], prec), stop, kind
            if kind == "qtr":
                ctx.qtr = days[-1]
    return out

#: two base days apart in year, month and day: with no anchor, an expression dateparser reads differently from
#: them is relative (or echoed), and is not resolved
_NO_ANCHOR_BASES = (datetime(1950, 3, 10, 12), datetime(2050, 9, 20, 12))


def resolve_expression(expression: str, anchor: date | None) -> DateMention | None:
    """Resolve one date expression; ``dateparser`` (English only) is the fallback.

    Used for expressions other stages isolate (a dateline, a metadata field); the
    rules run first because they know ACLED's precision conventions.
    """
    found = find_dates(expression, anchor)
    if found:
        best = max(found, key=lambda mm: (bool(mm.days), mm.end - mm.start))
        if best.days or anchor is None:
            return best
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return found[0] if found else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}

    def parse(base: datetime):
        try:
            return dateparser.parse(expression, languages=["en"], settings={**settings, "RELATIVE_BASE": base})
        except Exception:  # dateparser raises on odd input; treat as unresolved
            return None

    if anchor is not None:
        dt = parse(datetime(anchor.year, anchor.month, anchor.day, 12))
    else:
        # no anchor: only a date that reads the same from any base day (dateparser would
        # otherwise count "a fortnight ago" or "May 4" from the clock's day, and echo it)
        dts = {parse(base) for base in _NO_ANCHOR_BASES}
        dt = dts.pop() if len(dts) == 1 else None
    if dt is None or (anchor is not None and dt.date() == anchor and not _TODAY.search(expression)):
        return found[0] if found else None  # dateparser echoes the base date when it gives up
    return DateMention(start=0, end=len(expression), text=expression, days=[dt.date()],
                       precision=1, relative=anchor is not None)

WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekdays_named(expression: str) -> list[str]:
    """The weekdays a date expression names ("late Sunday night" -> ["Sun"]), as ``Mon``...
    ``Sun`` in week order: what dates an event told by weekday in a report with no date to
    resolve it against (the store bounds such a report's incident by it)."""
    found = {_weekday(w) for w in _WD_ONLY.findall(expression or "")}
    return [WEEKDAY_ABBR[i] for i in sorted(found)]
