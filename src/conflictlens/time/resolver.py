"""Find date expressions in report text and resolve them to calendar days.

A rule-based resolver built on one precompiled regular expression, because the
pipeline must run near spaCy-NER speed and ``dateparser.search_dates`` costs ~20 ms a
report.  Resolution follows spec §5: relative expressions are anchored on the
publication date or dateline, a past-tense weekday or day-month never lands after
the anchor, week windows get precision 2 and months precision 3.  ``dateparser`` is
only used by :func:`resolve_expression` as a fallback for a single expression.

Offsets are always offsets into the full text given to :func:`find_dates`.
"""
from __future__ import annotations

import calendar
import re
import tomllib
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources

from ..geo.tables import headline_labels  # (one list of headline labels, shared with the geocoder)
from ..model import DateMention

__all__ = ["dates_condition", "dates_discovery", "find_dates", "find_dateline", "resolve_expression", "governing_date", "names_incident", "counts_from_trigger", "weekdays_named", "WEEKDAY_ABBR"]

# --------------------------------------------------------------------------- lexicon

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """Word lists kept in ``data/time/lexicon.toml`` so they can be edited without code."""
    path = resources.files("conflictlens").joinpath("data/time/lexicon.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


_LEX = _lexicon()
NUMBER_WORDS: dict[str, int] = {k.lower(): int(v) for k, v in _LEX["number_words"].items()}
SPEECH_VERBS = frozenset(v.lower() for v in _LEX["speech"]["verbs"])
AFTERMATH_VERBS = frozenset(v.lower() for v in _LEX["aftermath"]["verbs"])
AFTERMATH_NOUNS = frozenset(v.lower() for v in _LEX["aftermath"].get("nouns", ()))
CONDITION_NOUNS = frozenset(v.lower() for v in _LEX["condition"]["nouns"])
STATE_VERBS = frozenset(v.lower() for v in _LEX["condition"].get("state_verbs", ()))
PRESENT_STATE_VERBS = frozenset(v.lower() for v in _LEX["condition"].get("present_state_verbs", ()))
DISCOVERY_WORDS = frozenset(v.lower() for v in (*_LEX["discovery"]["verbs"], *_LEX["discovery"]["nouns"]))
_DEADLINE_PREPS = frozenset(p.lower() for p in _LEX["future"].get("month_prepositions", ()))
_ANCHOR_PREPS = frozenset(p.lower() for p in _LEX["anchoring"]["prepositions"])
_PRESENT_LEAD = re.compile(r"^(?:(?:" + "|".join(
    sorted((re.escape(w) for w in _LEX["present_interval"]["lead_words"]), key=len, reverse=True))
    + r")(?:\s+|$))*$", re.I)
#: a paragraph's opening update stamp, up to where its date may begin: "UPDATE 4:10 p.m., ",
#: "Updated at 9 a.m. ", "Update (" -- a clock time at most between the word and the date
_UPDATE_STAMP = re.compile(r"^[ \t(\[]*(?:" + "|".join(re.escape(w) for w in _LEX["update_stamp"]["words"])
                           + r")\b[ \t]*(?:at\b)?[ \t:,(\-–—]*"
                           r"(?:\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.?[ \t]?m\.?)?(?:[ \t]*(?-i:[A-Z]{1,3}T)\b)?[ \t,]*)?", re.I | re.M)
_INCIDENT_WORD = re.compile(r"\b(?:" + "|".join(
    sorted((re.escape(w) for w in _LEX["present_interval"]["incident_stems"]), key=len, reverse=True)) + r")", re.I)



@lru_cache(maxsize=1)
def _holidays() -> dict:
    """Named days ("Father's Day", "the Fourth of July"), kept in ``data/time/holidays.toml``."""
    path = resources.files("conflictlens").joinpath("data/time/holidays.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _holiday_key(name: str) -> str:
    return re.sub(r"['\u2019]", "", re.sub(r"\s+", " ", name.lower()))


#: a named day's key (lower case, no apostrophe) -> (month, day) or (month, weekday, nth)
_HOLIDAYS: dict[str, tuple] = {}
for _h in _holidays().get("fixed", []):
    for _n in _h["names"]:
        _HOLIDAYS[_holiday_key(_n)] = (_h["month"], _h["day"])
for _h in _holidays().get("counted", []):
    for _n in _h["names"]:
        _HOLIDAYS[_holiday_key(_n)] = (_h["month"], WEEKDAYS[_h["weekday"][:3].lower()], _h["nth"])
for _h in _holidays().get("easter", []):
    for _n in _h["names"]:
        _HOLIDAYS[_holiday_key(_n)] = ("easter", _h["offset"])
_HOL_NAMES = sorted({n for kind in ("fixed", "counted", "easter") for h in _holidays().get(kind, []) for n in h["names"]},
                    key=len, reverse=True)
_HOL = "(?:" + "|".join(re.sub(r"\\?'", "['\u2019]?", re.escape(n)).replace(r"\ ", r"\s+") for n in _HOL_NAMES) + ")"
_HOL_NOT_BEFORE = "|".join(sorted(map(re.escape, _holidays().get("not_before", [])), key=len, reverse=True))
#: a gathering or season named after the day ("a Halloween party"): checked after the match, so that
#: the whole name is passed over (a month inside it, "a Fourth of July party", is no month either)
_HOL_GATHERING = re.compile(rf"\s+(?:{_HOL_NOT_BEFORE})(?![a-z])", re.I)
_HOL_WEEKEND = re.compile(r"\s+weekend\b", re.I)
_HOL_FIRST = "|".join(sorted({re.escape(n.split()[0].split("'")[0]) + ("(?:['\u2019]?s)?" if "'" in n.split()[0] else "")
                              for n in _HOL_NAMES}, key=len, reverse=True))

# --------------------------------------------------------------------------- patterns

_NUMW = "(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
_MON = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|jul(?:y|\.)?"
        r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])")
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART = r"(?:morning|afternoon|evening|night|midnight|noon)"


def _day(name: str) -> str:
    return rf"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1[89]|20)\d\d)(?![\d])"


def _told_year(p: str) -> str:
    """A year told from the page's after a month or a day ("in June last year", "March 3 of this year")."""
    return rf"\s+(?:of\s+)?(?P<{p}_yrel>last|this|next)\s+year(?![a-z]|['’]s)"


SEASONS = {k.lower(): tuple(v) for k, v in _LEX.get("seasons", {}).items()}
_SEASON = "(?:" + "|".join(sorted(SEASONS, key=len, reverse=True)) + ")"
MONTH_WEEKS = {k.lower(): int(v) for k, v in _LEX.get("month_weeks", {}).items()}
_MWEEK = "(?:" + "|".join(sorted(MONTH_WEEKS, key=len, reverse=True)) + ")"
QUARTER_ORDINALS = {k.lower(): int(v) for k, v in _LEX.get("quarters", {}).get("ordinals", {}).items()}
QUARTER_RELATIVE = {k.lower(): int(v) for k, v in _LEX.get("quarters", {}).get("relative", {}).items()}
_QORD = "(?:" + "|".join(sorted(map(re.escape, QUARTER_ORDINALS), key=len, reverse=True)) + ")"
_QREL = "(?:" + "|".join(sorted(map(re.escape, QUARTER_RELATIVE), key=len, reverse=True)) + ")"
#: a game's quarter: a sports word in the quarter's sentence
_SPORT = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in _LEX.get("quarters", {}).get("sport_stems", ())),
                                               key=len, reverse=True)) + ")", re.I)
_WDP = rf"(?:{_WD}\s?,?\s+(?:the\s+)?)?"  # "Thursday, April 6"
_PRE = (r"(?:(?:(?:late|early)\s+)?(?:at\s+night\s+|in\s+the\s+(?:morning|afternoon|evening)\s+)?on\s+"
        r"|the\s+(?:morning|afternoon|evening|night)(?:\s+and\s+(?:morning|afternoon|evening|night))?\s+of\s+)?")
_CONN = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|and|until|till|through|thru)\s+)"

_ALTS = [
    # named days: "on Father's Day", "the Fourth of July" (before "mn", which would take "July")
    ("hol", rf"(?:(?:the\s+)?day[\s-]+(?P<hol_ba>before|after)[\s-]+|(?:late|early)\s+(?:on\s+)?)?(?:the\s+)?"
            rf"(?P<hol_n>{_HOL})(?P<hol_part>\s+{_PART})?(?![\w'\u2019])(?:\s?,?\s+{_year('hol_y')})?"),
    ("iso", rf"(?<![\d-])(?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d])"),
    ("num", r"(?<![\d/.])(?P<num_a>[0-3]?\d)(?P<num_sep>[/.])(?P<num_b>[0-3]?\d)(?P=num_sep)"
            r"(?P<num_y>(?:1[89]|20)\d\d|\d\d)(?![\d/]|\.\d)"),
    # cross-month ranges: "30 January to 2 February", "from Jan. 30 to Feb. 2, 2013"
    ("dmdm", rf"{_PRE}(?:(?P<dmdm_pre>between|from)\s+)?{_day('dmdm_d1')}(?:\s+of)?\s+(?P<dmdm_m1>{_MON}){_CONN}"
             rf"{_day('dmdm_d2')}(?:\s+of)?\s+(?P<dmdm_m2>{_MON})(?:\s?,?\s+{_year('dmdm_y')})?"),
    ("mdmd", rf"{_PRE}(?:(?P<mdmd_pre>between|from)\s+)?(?P<mdmd_m1>{_MON})\s+{_day('mdmd_d1')}{_CONN}"
             rf"(?P<mdmd_m2>{_MON})\s+{_day('mdmd_d2')}(?:\s?,?\s+{_year('mdmd_y')})?"),
    # same-month ranges: "between 20 and 23 January", "January 20-23, 2022"
    ("dmr", rf"{_PRE}(?:(?P<dmr_pre>between|from)\s+)?(?<![\d.,])(?:the\s+)?{_day('dmr_d1')}{_CONN}(?:the\s+)?{_day('dmr_d2')}"
            rf"(?:\s+of)?\s+(?P<dmr_m>{_MON})(?:\s?,?\s+{_year('dmr_y')})?"),
    ("mdr", rf"{_PRE}(?:(?P<mdr_pre>between|from)\s+)?(?P<mdr_m>{_MON})\s+{_day('mdr_d1')}{_CONN}{_day('mdr_d2')}"
            rf"(?:\s?,?\s+{_year('mdr_y')})?"),
    ("dm", rf"{_PRE}{_WDP}(?<![\d.,$£€])(?:the\s+)?{_day('dm_d')}(?:\s+of)?\s+(?P<dm_m>{_MON})"
           rf"(?:\s?,?\s+{_year('dm_y')}|{_told_year('dm')}|\s+(?P<dm_y2>\d\d)(?![\d]))?"),
    ("md", rf"{_PRE}{_WDP}(?P<md_m>{_MON})\s+(?:the\s+)?{_day('md_d')}(?:\s?,?\s+{_year('md_y')}|{_told_year('md')})?"),
    ("wr", rf"(?:(?P<wr_pre>between|from|throughout|during|over)\s+)?{_WD}(?:\s+{_PART})?"
           rf"(?:\s*,\s*{_WD}(?:\s+{_PART})?)*\s*,?(?P<wr_conn>\s*(?:-|–)\s*|\s+(?:to|and|until|till|through|into)\s+)"
           rf"{_WD}(?:\s+{_PART})?"),
    ("dby", r"(?:the\s+)?day\s+before\s+yesterday"),
    ("dat", r"(?:the\s+)?day\s+after\s+tomorrow"),
    ("yday", r"(?:(?:late|early)\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night"),
    ("today", r"(?:(?:late|early|earlier|later)\s+)?today|(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening)|tonight"),
    ("tmrw", rf"tomorrow(?:\s+{_PART})?"),
    ("aft", rf"(?P<aft_n>\d+|{_NUMW})\s+(?P<aft_u>day|week|month)s?\s+after(?=\s+[A-Za-z])"),
    # years counted from the story's time: "a year earlier", "two years later", "a year before."
    ("yl", rf"(?P<yl_n>\d+|{_NUMW})\s+years?\s+(?:earlier|later|afterwards?(?![a-z])|(?:before|after)(?=\s*[.,;:!?)]))"),
    ("ago", rf"(?P<ago_n>\d+|{_NUMW})\s+(?P<ago_u>day|week|month|year)s?(?:\s+or\s+so)?\s+ago"),
    ("ana", rf"the\s+(?P<ana_nf>next|following|previous|preceding)\s+(?:day|{_PART})"
            rf"|the\s+day\s+(?P<ana_ba>before|after)(?!\s+(?:yesterday|tomorrow))"
            rf"|(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?:day|{_PART})"
            rf"|the\s+night\s+before"
            rf"|(?P<ana_n>\d+|{_NUMW})\s+days?\s+(?P<ana_dir>later|earlier|afterwards?)"),
    ("pw", rf"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few|couple\s+of|\d+|{_NUMW})"
           rf"(?:\s+(?:or|to)\s+(?P<pw_n>\d+|{_NUMW}))?\s+weeks"),
    # quarters of a year: "the third quarter of 2012", "a second-quarter loss", "Q2 2013", "last quarter"
    ("qtr", rf"(?:the\s+)?(?:{_year('qtr_y1')}\s+)?(?:fiscal\s+)?(?P<qtr_ord>{_QORD})[\s-]+quarter(?![a-z])"
            rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:{_year('qtr_y2')}|(?P<qtr_yrel>this|last|next|the)\s+year(?![a-z]))"
            rf"|\s?,\s+{_year('qtr_y3')})?"
            rf"|(?:the\s+)?(?P<qtr_rel>{_QREL})\s+(?:fiscal\s+)?quarter(?![a-z])"
            rf"|(?-i:Q)(?P<qtr_n>[1-4])(?!\w)(?:\s+(?:of\s+)?{_year('qtr_y4')})?"),
    # a week of a named month: "the last week of March", "the second week of June 2023" (before "wk",
    # which would read "the last week" as the week before the page)
    ("mw", rf"(?:the\s+)?(?P<mw_ord>{_MWEEK})\s+(?:full\s+)?week\s+(?:of|in)\s+(?P<mw_m>{_MON})"
           rf"(?!\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))(?:\s?,?\s+{_year('mw_y')})?"),
    ("wk", r"(?P<wk_mod>earlier|later)\s+(?:this|in\s+the)\s+week"
           r"|this\s+week(?!s|end)"
           r"|next\s+week(?![a-z])"
           r"|(?:the\s+)?(?P<wk_last>last|past|previous)\s+week(?![a-z])"
           r"|(?:(?:over|during|at|on)\s+)?(?P<we_which>the|this|last|this\s+past|the\s+past)\s+weekend"),
    ("mr", r"(?:(?P<mr_mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?)?(?P<mr_which>this|last|next|the\s+previous|the\s+past)\s+month(?![a-z])"
           r"|(?:the\s+)?(?P<mr_mod2>beginning|start|end|middle)\s+of\s+(?P<mr_which2>this|last|next|the)\s+month(?![a-z])"
           r"|(?P<mr_mod3>earlier|later)\s+in\s+the\s+month"),
    ("mn", rf"(?:(?P<mn_mod>early(?:\s+in)?|late(?:\s+in)?|mid|the\s+(?:beginning|start|end|middle)\s+of"
           rf"|the\s+(?:first|last|final)\s+days?\s+of|the\s+(?:first|second|latter|last)\s+half\s+of"
           rf"|this|last|next|past)[\s-]+(?:of\s+)?)?(?P<mn_m>{_MON})"
           rf"(?!\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))(?:\s?,?\s+{_year('mn_y')}|{_told_year('mn')})?"),
    ("wd", rf"(?P<wd_mod>(?:late|early)\s+(?:on\s+)?|last\s+|this\s+past\s+|this\s+coming\s+|next\s+|the\s+previous\s+|the\s+following\s+)?"
           rf"(?P<wd_d>{_WD})(?P<wd_poss>['’]s(?![a-z]))?(?:\s+{_PART})?"),
    ("ssn", rf"(?P<ssn_which>this\s+past|this\s+coming|the\s+past|this|last|next)\s+(?P<ssn_s>{_SEASON})(?![a-z])"),
    ("yr", rf"(?:(?P<yr_mod>early|late|mid|the\s+(?:beginning|start|end|middle)\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+)?"
           rf"(?<![\d.,$£€-])(?P<yr_y>(?:1[89]|20)\d\d)(?![\d-]|s\b|['’]s)"
           rf"|(?:this|last|next|the\s+past|the\s+previous|earlier\s+this|later\s+this)\s+year(?![a-z])"),
]

#: First words any alternative can start with; checked by a lookahead so most word
#: starts are rejected before the long alternation is tried (3-4x faster).
_FIRST = (r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
          r"|(?:late|early|earlier|later|at|in|the|on|between|from|throughout|during|over|yesterday|q[1-4]|" + _MWEEK + "|" + _QORD + "|" + _QREL
          + r"|last|today|this|tonight|tomorrow|that|mid|past|next|spring|summer|autumn|fall|winter"
          r"|day|" + _HOL_FIRST + "|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r")(?![a-z]))")
_MASTER = re.compile(r"\b" + _FIRST + r"(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _ALTS) + r")", re.I)
#: Cheap prefilter: a text with none of these words or digits holds no date.
_TRIGGER = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|yesterday|today|tonight|tomorrow|night|week|month|quarter|year|day|morning|afternoon|evening"
    r"|" + _SEASON + r"|" + _HOL_FIRST + r")", re.I)
_WD_ONLY = re.compile(_WD, re.I)
_OF_MONTH = re.compile(rf"\s+(?:of|in)\s+{_MON}", re.I)
#: a weekday range told as one night: the first day's night named, or "overnight" before it
_NIGHT_FIRST = re.compile(rf"(?:(?:between|from|during|over)\s+)?{_WD}\s+(?:night|midnight)\b", re.I)
_OVERNIGHT_BEFORE = re.compile(r"\bovernight\s+$", re.I)
_SENT_BREAK = re.compile(r"(?<![A-Z])[.!?]\s|[\n,;:]")
_FUTURE = re.compile(
    r"(?:^|[^a-z])(?:" + "|".join(re.escape(c) for c in _LEX["future"]["cues"]) + r")(?![a-z])", re.I)
_TODAY = re.compile(r"\b(?:today|now|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
#: "the 2012 shooting": a year between "the" and a noun is a date too
_THE_YEAR_NOUN = re.compile(r"(?i:the)\s(?:1[89]|20)\d\d\s+[a-z]")
#: "its 1990 invasion", "the army's 2014 offensive": a determiner or a possessive, at most one word
#: (no count's, no participle's: "their estimated 2000 fighters") and then the year before a noun
_DET_YEAR_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:" + "|".join(map(re.escape, _LEX["anchoring"].get("year_determiners", ())))
    + r")|[a-z]['’]s)\s+(?:(?!(?:" + "|".join(map(re.escape, _LEX["anchoring"].get("year_not_between", ())))
    + r")\s)(?![a-z]+ed\s)[a-z]+\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")
_PREV_WORD = re.compile(r"([a-z]+)[\s-]*$", re.I)
#: a capitalised word right after a bare month name ("April Lane"): a person's given name
_GIVEN_NAME_AFTER = re.compile(r"\s(?!(?:" + "|".join(m.capitalize() for m in MONTHS)
                               + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[A-Z][a-z]*[A-Z]?[a-z]+\b")

# --------------------------------------------------------------------------- calendar helpers


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


def _future_cue(text: str, pos: int, lo: int) -> bool:
    """True when the words before ``pos`` in the same sentence mark the future tense."""
    left = text[max(lo, pos - 60):pos]
    cut = None
    for cut in _SENT_BREAK.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    return bool(_FUTURE.search(left))


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


# --------------------------------------------------------------------------- resolution


class _Ctx:
    """State for one find_dates call: the anchor and the narrative reference day."""

    __slots__ = ("anchor", "last", "last_end", "text", "lo")

    def __init__(self, text: str, anchor: date | None, lo: int):
        self.text = text
        self.anchor = anchor
        self.last: tuple[date, int] | None = None  # (day, precision) of the last resolved mention
        self.last_end = -1  # where that mention ends
        self.lo = lo


#: precision of a match passed over whole: no date, and nothing inside it is read as one
_PASSED_OVER = ([], -1, False)


def _resolve(m: re.Match, ctx: _Ctx) -> tuple[list[date], int, bool, int] | None:
    """Return (days, precision, relative, end) for a match, or None to drop it (then the
    words inside it are read again; precision -1: passed over whole)."""
    kind = m.lastgroup
    g = m.group
    a = ctx.anchor
    end = m.end()
    text = ctx.text

    def future() -> bool:
        return _future_cue(text, m.start(), ctx.lo)

    if kind == "hol":
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

    if kind == "iso":
        d = _safe(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return ([d], 1, False, end) if d else None

    if kind == "num":
        x, y, yr = int(g("num_a")), int(g("num_b")), g("num_y")
        year = int(yr) if len(yr) == 4 else _two_digit_year(int(yr), a)
        if g("num_sep") == "." and len(yr) != 4:
            return None
        if x > 12 and y <= 12:
            d = _safe(year, y, x)
        elif y > 12 and x <= 12:
            d = _safe(year, x, y)
        else:
            # day-month by default; with a page date, the reading nearest before it ("12/6/16" on a
            # page of 6 December 2016 is that day, as US pages write it, not 12 June)
            readings = [r for r in (_safe(year, y, x), _safe(year, x, y)) if r is not None]
            d = min(readings, key=lambda r: (r > a, abs((a - r).days))) if a and readings else _safe(year, y, x)
        return ([d], 1, False, end) if d else None

    if kind in ("dmdm", "mdmd"):
        p = kind
        m1, m2 = g(p + "_m1"), g(p + "_m2")
        if not (m1[0].isupper() and m2[0].isupper()):
            return None
        d1, d2 = int(g(p + "_d1")), int(g(p + "_d2"))
        mo1, mo2 = _month(m1), _month(m2)
        yr = g(p + "_y")
        if yr:
            e = _safe(int(yr), mo2, d2)
            rel = False
        elif a:
            e = _pick_year(a, mo2, d2, future())
            rel = True
        else:
            return ([], 1, True, end)
        if e is None:
            return None
        s = _safe(e.year if mo1 <= mo2 else e.year - 1, mo1, d1)
        if s is None or s > e or (e - s).days > 62:
            return None
        return (_span(s, e), 1, rel, end)

    if kind in ("dmr", "mdr"):
        p = kind
        mon = g(p + "_m")
        if not mon[0].isupper():
            return None
        d1, d2 = int(g(p + "_d1")), int(g(p + "_d2"))
        mo = _month(mon)
        yr = g(p + "_y")
        if d1 >= d2:
            return None
        if yr:
            e = _safe(int(yr), mo, d2)
            rel = False
        elif a:
            e = _pick_year(a, mo, d2, future())
            rel = True
        else:
            return ([], 1, True, end)
        if e is None:
            return None
        s = e.replace(day=d1)
        conn = text[m.end(p + "_d1"):m.start(p + "_d2")].lower()
        if "and" in conn and not g(p + "_pre"):
            return ([s, e], 1, rel, end)
        return (_span(s, e), 1, rel, end)

    if kind in ("dm", "md"):
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

    if kind == "wr":
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

    if kind in ("dby", "dat", "yday", "today", "tmrw"):
        if a is None:
            return ([], 1, True, end)
        off = {"dby": -2, "dat": 2, "yday": -1, "today": 0, "tmrw": 1}[kind]
        return ([a + timedelta(days=off)], 1, True, end)

    if kind == "yl":
        return ([], 0, True, end)  # a year, no day: its year is _years_told's

    if kind == "ago":
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
        return ([], 0, True, end)

    if kind == "aft":
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

    if kind == "ana":
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

    if kind == "pw":
        if a is None:
            return ([], 3, True, end)
        n = _num(g("pw_n")) if g("pw_n") else None
        if n is None:
            low = m.group().lower()
            nums = [_num(w) for w in re.findall(r"\d+|[a-z]+", low)]
            nums = [x for x in nums if x]
            n = max(nums) if nums else 3
        return ([a - timedelta(days=max(1, round(7 * n / 2)))], 3, True, end)

    if kind == "wk":
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

    if kind == "mr":
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

    if kind == "mw":
        return _month_week(m, ctx, future)

    if kind == "qtr":
        return _quarter(m, ctx, future)

    if kind == "mn":
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
            if mon.lower() in ("may", "march") and not mod and _prev_word(text, m.start()) not in _ANCHOR_PREPS:
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
            else:
                y = _named_month_year(mo, a)
        d = _month_day(y, mo, mod)
        if a is not None and rel and y == a.year and mo == a.month and d > a and not mod.startswith(("late", "the end")):
            d = a
        return ([d], 3, rel, end)

    if kind == "wd":
        mod = (g("wd_mod") or "").lower().strip()
        wd = _weekday(g("wd_d"))
        if a is None:
            return ([], 1, True, end)
        if mod in ("next", "this coming", "the following"):
            return ([_weekday_on_or_after(a, wd, strict=True)], 1, True, end)
        if mod in ("last", "this past", "the previous"):
            return ([_weekday_on_or_before(a, wd, strict=True)], 1, True, end)
        if not g("wd_poss") and future():
            return ([_weekday_on_or_after(a, wd)], 1, True, end)
        return ([_weekday_on_or_before(a, wd)], 1, True, end)

    if kind == "ssn":
        if a is None:
            return ([], 3, True, end)
        return ([_season_middle(SEASONS[g("ssn_s").lower()], " ".join(g("ssn_which").lower().split()), a)], 3, True, end)

    if kind == "yr":
        yr = g("yr_y")
        if yr:
            if not g("yr_mod") and _prev_word(text, m.start()) not in _ANCHOR_PREPS \
                    and not _THE_YEAR_NOUN.match(text, m.start() - 4 if m.start() >= 4 else 0) \
                    and not _year_modifies_noun(text, m.start(), end):
                return None
            return ([], 0, False, end)
        return ([], 0, True, end)
    return None


def _year_modifies_noun(text: str, start: int, end: int) -> bool:
    """A bare year before a noun, after a determiner or a possessive: "its 1990 invasion", "a 2016
    law", "the 1996 Olympic bombing", "the army's 2014 offensive" name the year of the thing."""
    return bool(_NOUN_AFTER.match(text, end) and _DET_YEAR_BEFORE.search(text, max(0, start - 40), start))


def _named_month_year(mo: int, a: date) -> int:
    """The year of a month named alone (no cue ahead): the page's when the month has begun by its
    day, the next when it is the month just ahead (not eleven months back), else the year before."""
    if mo == a.month % 12 + 1:
        return a.year + (mo == 1)
    return a.year if mo <= a.month else a.year - 1


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


def _span(s: date, e: date) -> list[date]:
    return [s + timedelta(days=i) for i in range((e - s).days + 1)]


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


def find_dates(text: str, anchor: date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``anchor``.

    ``anchor`` is the publication date or dateline; with ``None`` only absolute dates
    that carry a year get days.  Anaphoric expressions ("the next day") follow the
    most recent resolved mention earlier in this call (narrative time).
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    end = len(text) if end is None else end
    if not _TRIGGER.search(text, start, end):
        return []
    ctx = _Ctx(text, anchor, start)
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
            else _years_told(m, ctx) if m.lastgroup == "yl" else None
        out.append(DateMention(start=s, end=stop, text=text[s:stop], days=days,
                               precision=prec, relative=rel, year=int(yr) if yr else None))
        if days and prec in (1, 2, 3) and m.lastgroup not in ("yr", "aft") and not _looks_back(m, days, ctx):
            ctx.last, ctx.last_end = (days[-1], prec), stop
    return out


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
    return m.lastgroup == "ana" and ctx.last is not None and days[-1] < ctx.last[0]


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
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day, 12)
    try:
        dt = dateparser.parse(expression, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; treat as unresolved
        dt = None
    if dt is None or (anchor is not None and dt.date() == anchor and not _TODAY.search(expression)):
        return found[0] if found else None  # dateparser echoes the base date when it gives up
    return DateMention(start=0, end=len(expression), text=expression, days=[dt.date()],
                       precision=1, relative=anchor is not None)


# --------------------------------------------------------------------------- datelines

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


WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekdays_named(expression: str) -> list[str]:
    """The weekdays a date expression names ("late Sunday night" -> ["Sun"]), as ``Mon``...
    ``Sun`` in week order: what dates an event told by weekday in a report with no date to
    resolve it against (the store bounds such a report's incident by it)."""
    found = {_weekday(w) for w in _WD_ONLY.findall(expression or "")}
    return [WEEKDAY_ABBR[i] for i in sorted(found)]


# --------------------------------------------------------------------------- governing date


def governing_date(mentions: list[DateMention], trigger_start: int, trigger_end: int,
                   sentence_start: int, sentence_end: int, doc=None, *, text: str | None = None
                   ) -> DateMention | None:
    """The date mention in the trigger's sentence that dates the event, else None.

    Skips a possessive date ("Friday's attack") that modifies another noun than the
    trigger, a date attached to a verb of saying ("said on Sunday", "Yesterday, X
    said") and one in a clause about the informant ("residents who fled on Monday said"):
    those date the statement or the informant, not the event.  A date inside the trigger's own
    phrase wins over a nearer one outside it (the frame verb's).  With a spaCy ``doc`` the
    dependency parse decides; without it (give ``text``) a short-window heuristic does.
    """
    if text is None and doc is not None:
        text = doc.text
    cands = [m for m in mentions if m.start >= sentence_start and m.end <= sentence_end]
    counted = [m for m in cands if counts_from_trigger(m, trigger_start, doc)]
    if counted:
        return counted[0]
    cands = [m for m in cands
             if not (is_possessive(m, text) and not _possessive_owns(m, trigger_start, trigger_end, doc))
             and not (dates_speech(m, trigger_start, trigger_end, doc, text) or _dates_informant(m, doc)
                      or dates_aftermath(m, trigger_start, trigger_end, doc) or dates_condition(m, doc)
                      or (doc is not None and dates_earlier_act(m, trigger_start, trigger_end, doc)))]
    own = _in_trigger_clause(cands, trigger_start, trigger_end, doc)
    best, best_dist = None, None
    for m in own or cands:
        if m.end <= trigger_start:
            dist = trigger_start - m.end
        elif m.start >= trigger_end:
            dist = m.start - trigger_end
        else:
            dist = 0
        if best_dist is None or dist < best_dist:
            best, best_dist = m, dist
    return best


def _date_span(m: DateMention, doc):
    """The date's tokens in the parse (widened to whole tokens), or None without a parse."""
    return None if doc is None else doc.char_span(m.start, m.end, alignment_mode="expand")


def counts_from_trigger(m: DateMention, ts: int, doc) -> bool:
    """An interval told from the trigger ("two days after the shooting"): its day is the trigger's,
    whatever verb the interval hangs on (the arrest's: "arrested Monday, two days after ...")."""
    if not m.days or not m.text.lower().endswith("after"):
        return False
    span = _date_span(m, doc)
    if span is None or span[-1].lower_ != "after":
        return False
    return any(t.idx <= ts < t.idx + len(t.text) for t in span[-1].subtree if t.i >= span.end)


def _in_trigger_clause(cands: list[DateMention], ts: int, te: int, doc) -> list[DateMention]:
    """The dates inside the trigger's own phrase ("held on Tuesday over the shooting that
    happened last Friday": Friday is in the shooting's relative clause, Tuesday dates the
    frame verb the shooting hangs from). Nearness alone gave the frame's date."""
    if doc is None or not cands:
        return []
    trig = doc.char_span(ts, te, alignment_mode="expand")
    if trig is None:
        return []
    root = trig.root
    lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text)
    return [m for m in cands if lo <= m.start and m.end <= hi]


def _dates_informant(m: DateMention, doc) -> bool:
    """True when the date sits in a clause about an informant ("according to people who
    arrived today from the area, 44 peasants were killed"): it dates the informant."""
    span = _date_span(m, doc)
    if span is None:
        return False
    clause = next((a for a in span.root.ancestors if a.dep_ in ("relcl", "acl")), None)
    if clause is None:
        return False
    noun = clause.head
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return noun.dep_ == "nsubj" and (head.lemma_.lower() in SPEECH_VERBS
                                     or _IRREGULAR_SPEECH.get(head.lower_) in SPEECH_VERBS)


_POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")


def is_possessive(m: DateMention, text: str | None = None) -> bool:
    """The date owns a noun: "Friday's attack", and "the previous day's shooting", "last week 's
    raid", whose "'s" the date's words leave out (read in ``text``, where given)."""
    return m.text.endswith(("'s", "’s")) or (text is not None and bool(_POSSESSIVE_AFTER.match(text, m.end)))


_INCIDENT_PREPS = frozenset({"in", "during", "at"})


def names_incident(m: DateMention, doc, text: str | None = None) -> bool:
    """The date owns an incident noun ("Sunday's fatal shooting", "the Monday stabbing"): it
    tells the day of the violence a report about an arrest, a death or a funeral recalls."""
    span = _date_span(m, doc) if m.days else None
    if span is None:
        return False
    root = span.root
    head = root.head
    owns = is_possessive(m, text if text is not None else doc.text) or root.dep_ in ("compound", "nmod", "npadvmod")
    return (owns and head.i != root.i and head.pos_ in ("NOUN", "PROPN") and head.i > root.i
            and bool(_INCIDENT_WORD.match(head.lower_)))


def _possessive_owns(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when "Friday's" modifies the trigger noun itself ("Friday's attack"), or a noun
    whose own clause tells the trigger: its relative clause ("Saturday's shooting that killed
    two"), the verb it is the subject of ("Saturday's attack left two dead") or the verb it
    is the setting of ("killed in Saturday's shooting"). The noun names the incident those
    words tell; a noun further off ("Monday's hearing on the shooting that killed two")
    dates something else."""
    span = _date_span(m, doc)
    if span is not None:
        head = span.root.head
        if head.idx <= ts < head.idx + len(head.text) or ts <= head.idx < te:
            return True
        trig = next((t for t in doc[head.sent.start:head.sent.end] if t.idx <= ts < t.idx + len(t.text)), None)
        if trig is None or trig.i == head.i:
            return False
        if trig.head.i == head.i and trig.dep_ in ("relcl", "acl"):
            return True
        if head.head.i == trig.i and head.dep_ in ("nsubj", "nsubjpass"):
            return True
        prep = head.head
        return (head.dep_ == "pobj" and prep.lower_ in _INCIDENT_PREPS and prep.head.i == trig.i
                and trig.pos_ == "VERB")
    return 0 <= ts - m.end <= 25


_SPEECH_ALT = "|".join(sorted({re.escape(v) for v in SPEECH_VERBS}, key=len, reverse=True))
# verbs are matched case-sensitively so "Islamic State" is not "state"
_SPEECH_LEFT = re.compile(
    r"(?:^|[^a-z])(?-i:" + _SPEECH_ALT + r")(?:s|d|ed|ing)?\s+(?:(?:on|late\s+on|early\s+on)\s+)?$", re.I)
_SPEECH_RIGHT = re.compile(
    r"^,?\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.'’-]+,?\s+){0,6}?(?-i:" + _SPEECH_ALT
    + r")(?:s|d|ed)?\b", re.I)
_IRREGULAR_SPEECH = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def dates_aftermath(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when the date attaches to a verb of what follows an incident (an arrest, a charge, the
    naming of the dead: ``[aftermath]`` in the lexicon) and the trigger is not that verb: "arrested
    Monday in connection with the shooting" dates the arrest, not the shooting."""
    head = date_governor(m, doc)
    if head is None:
        return False
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in AFTERMATH_VERBS:
        return _dates_mourning(head, ts)
    return not (head.idx <= ts < head.idx + len(head.text))


def dates_condition(m: DateMention, doc) -> bool:
    """True when the date hangs on a verb telling a victim's state ("was still in grave condition
    on Saturday", "listed in critical condition Tuesday"), or a state lasting to the report's
    day ("the motive remained unclear Monday"): ``[condition]`` in the lexicon. The weekday is
    the writer's present, not the day of the violence."""
    head = date_governor(m, doc)
    if head is not None and _dates_present_state(head):
        return True
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in STATE_VERBS and any(c.dep_ == "acomp" for c in head.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CONDITION_NOUNS for g in c.children) for c in head.children)


def _dates_present_state(head) -> bool:
    """The date hangs on a present-tense verb of state, or on the adjective after it ("a
    search is underway Friday", "the road remains closed Tuesday"): the state holds on
    the day the report is written, after the violence. A harm told as the state ("a man is dead
    Tuesday after a shooting") still dates it."""
    verb = head.head if head.dep_ in ("acomp", "oprd") else head
    if verb.lemma_.lower() not in PRESENT_STATE_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    states = [head] if verb is not head else [c for c in verb.children if c.dep_ in ("acomp", "oprd")]
    return bool(states) and not any(_INCIDENT_WORD.match(t.lower_) for t in states)


def dates_earlier_act(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when the date hangs on a past-perfect verb that tells no violence ("the boys had
    handled the rifle two weeks ago, but it did not fire"): the pluperfect steps back to a time
    before the story, so its day neither dates the trigger beside it nor stands as the day of
    the sentences told after it. A violent verb ("had been shot Sunday") still dates, and an
    arrest's day stays the bound :func:`dates_aftermath` makes of it, and a scene a "when"
    clause breaks into is the violence's day."""
    head = date_governor(m, doc)
    if head is None or head.pos_ not in ("VERB", "AUX") or head.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
        return False
    if head.idx <= ts < head.idx + len(head.text) or ts <= head.idx < te:
        return False
    # (a scene the violence broke into, "had come home on May 3 when two men attacked them", is its day)
    if any(c.dep_ == "advcl" and any(g.lower_ in ("when", "as", "while") and g.dep_ in ("advmod", "mark")
                                     for g in c.children) for c in head.children):
        return False
    # (an arrest or a charge, "had arrested three men Friday", is the aftermath rule's: a bound)
    return not _INCIDENT_WORD.match(head.lower_) and not dates_aftermath(m, -1, -1, doc)


def dates_discovery(m: DateMention, doc) -> bool:
    """True when the date hangs on the finding of the dead ("the bodies were found Saturday", "made
    the discovery about 10 p.m. Sunday"): ``[discovery]`` in the lexicon."""
    head = date_governor(m, doc)
    if head is None:
        return False
    if head.lemma_.lower() in DISCOVERY_WORDS:
        return True
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in DISCOVERY_WORDS
                                                for c in head.children)


def _dates_mourning(head, ts: int) -> bool:
    """The date hangs on a funeral or vigil, or on the gathering held for one ("gathered on
    Monday for the funeral of X, who was killed ..."), and the trigger tells of the person
    mourned: it dates the mourning, not that person's earlier death."""
    def nouns(tok):
        return [tok, *(c for c in tok.children if c.dep_ == "conj")]
    frames = [head] if head.lemma_.lower() in AFTERMATH_NOUNS else []
    for c in head.children:
        objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else \
            [c] if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else []
        frames += [o for o in objs if o.lemma_.lower() in AFTERMATH_NOUNS]
    if not frames:
        return False
    mourned = [p for f in {*frames, head} for c in f.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for o in c.children if o.dep_ == "pobj" and o not in frames for p in nouns(o)]
    return any(p.left_edge.idx <= ts < p.right_edge.idx + len(p.right_edge.text) and not p.idx <= ts < p.idx + len(p.text)
               for p in mourned)


def date_governor(m: DateMention, doc):
    """The word a date hangs on, through a preposition ("arrested on Monday": arrested), or
    None (no parse, or the date is its own head)."""
    span = _date_span(m, doc)
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return None if head is tok else head


def dates_speech(m: DateMention, ts: int, te: int, doc, text: str | None = None) -> bool:
    """True when the date attaches to a verb of saying rather than to the trigger."""
    if doc is not None:
        head = date_governor(m, doc)
        if head is None:
            return False
        lemma = head.lemma_.lower()
        if lemma in SPEECH_VERBS or _IRREGULAR_SPEECH.get(head.lower_) in SPEECH_VERBS:
            return not (head.idx <= ts < head.idx + len(head.text))
        return False
    if text is None:
        return False
    if _SPEECH_LEFT.search(text, max(0, m.start - 40), m.start):  # "said on Sunday"
        return not (m.start - 40 <= ts < m.start and _SPEECH_LEFT.search(text, ts, m.start))
    if m.end <= ts and _SPEECH_RIGHT.match(text[m.end:m.end + 80]):
        # "Yesterday, X said that ..." - only when the trigger comes after the speech verb
        r = _SPEECH_RIGHT.match(text[m.end:m.end + 80])
        return m.end + r.end() <= ts
    return False
