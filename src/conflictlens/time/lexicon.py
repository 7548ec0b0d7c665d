"""The time resolver's word lists and named days, loaded once from ``data/time/``.

Every list a date rule reads (number words, verbs of saying, aftermath and condition words,
future cues, seasons, weeks of a month, quarters, update-stamp words) and the named-day
table (fixed days, counted weekdays, days told from Easter) live in ``lexicon.toml`` and
``holidays.toml`` so they can be edited without code; this module is the one place that reads
them and turns them into sets, maps and the small word patterns built straight from a list.
"""
from __future__ import annotations

import re

from ..data import read_toml


MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _lexicon() -> dict:
    """Word lists kept in ``data/time/lexicon.toml`` so they can be edited without code."""
    return read_toml("time", "lexicon.toml")


_LEX = _lexicon()
NUMBER_WORDS: dict[str, int] = {k.lower(): int(v) for k, v in _LEX["number_words"].items()}
SPEECH_VERBS = frozenset(v.lower() for v in _LEX["speech"]["verbs"])
TOLD_NOUNS = frozenset(v.lower() for v in _LEX["speech"].get("told_nouns", ()))
AFTERMATH_VERBS = frozenset(v.lower() for v in _LEX["aftermath"]["verbs"])
AFTERMATH_NOUNS = frozenset(v.lower() for v in _LEX["aftermath"].get("nouns", ()))
CONDITION_NOUNS = frozenset(v.lower() for v in _LEX["condition"]["nouns"])
STATE_VERBS = frozenset(v.lower() for v in _LEX["condition"].get("state_verbs", ()))
PRESENT_STATE_VERBS = frozenset(v.lower() for v in _LEX["condition"].get("present_state_verbs", ()))
RESPONSE_VERBS = frozenset(v.lower() for v in _LEX.get("response", {}).get("verbs", ()))
RESPONSE_NOUNS = frozenset(v.lower() for v in _LEX.get("response", {}).get("nouns", ()))
RESPONSE_PASSIVE_VERBS = frozenset(v.lower() for v in _LEX.get("response", {}).get("passive_verbs", ()))
DISCOVERY_WORDS = frozenset(v.lower() for v in (*_LEX["discovery"]["verbs"], *_LEX["discovery"]["nouns"]))
_DEADLINE_PREPS = frozenset(p.lower() for p in _LEX["future"].get("month_prepositions", ()))
_SPAN_END_PREPS = frozenset(p.lower() for p in _LEX["future"].get("month_span_ends", ()))
_YEAR_END_GONE = frozenset(p.lower() for p in _LEX.get("year_end", {}).get("gone_after", ()))
_ANCHOR_PREPS = frozenset(p.lower() for p in _LEX["anchoring"]["prepositions"])
_PRESENT_LEAD = re.compile(r"^(?:(?:" + "|".join(
    sorted((re.escape(w) for w in _LEX["present_interval"]["lead_words"]), key=len, reverse=True))
    + r")(?:\s+|$))*$", re.I)
#: a paragraph's opening update stamp, up to where its date may begin: "UPDATE 4:10 p.m., ",
#: "Updated at 9 a.m. ", "Update (" -- a clock time at most between the word and the date
_UPDATE_STAMP = re.compile(r"^[ \t(\[]*(?:" + "|".join(re.escape(w) for w in _LEX["update_stamp"]["words"])
                           + r")\b[ \t]*(?:at\b)?[ \t:,(\-–—]*"
                           r"(?:\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.?[ \t]?m\.?)?(?:[ \t]*(?-i:[A-Z]{1,3}T)\b)?[ \t,]*)?", re.I | re.M)
OCCURRING_VERBS = frozenset(w.lower() for w in _LEX["present_interval"].get("occurring_verbs", ()))
OCCURRING_DETERMINERS = frozenset(w.lower() for w in _LEX["present_interval"].get("occurring_determiners", ()))
OCCURRING_NOT_WITH = frozenset(w.lower() for w in _LEX["present_interval"].get("occurring_not_with", ()))
OTHER_INCIDENT_DETERMINERS = frozenset(w.lower() for w in _LEX["present_interval"].get("other_incident_determiners", ()))
#: "later that year", "the same year" (the story's year) and "the current year" (the page's)
YEAR_AGAIN_DETERMINERS = tuple(w.lower() for w in _LEX.get("year_told_again", {}).get("determiners", ()))
YEAR_CURRENT_WORDS = tuple(w.lower() for w in _LEX.get("year_told_again", {}).get("current", ()))
#: countries whose writers put the month first in a numeric date ("12/6/16": December 6)
MONTH_FIRST_COUNTRIES = frozenset(c.upper() for c in _LEX.get("numeric_dates", {}).get("month_first_countries", ()))
UPDATE_STAMP_WORDS = tuple(w.lower() for w in _LEX["update_stamp"]["words"])
PAGE_STAMP_WORDS = tuple(w.lower() for w in _LEX.get("page_stamp", {}).get("words", ()))
#: words a first line may hold beside its date (before it, and after it) to be the page's date line
PAGE_LINE_WORDS = tuple(w.lower() for w in _LEX.get("page_stamp", {}).get("line_words", ()))
PAGE_LINE_AFTER_WORDS = tuple(w.lower() for w in _LEX.get("page_stamp", {}).get("line_after_words", ()))
_INCIDENT_WORD = re.compile(r"\b(?:" + "|".join(
    sorted((re.escape(w) for w in _LEX["present_interval"]["incident_stems"]), key=len, reverse=True)) + r")", re.I)



def _holidays() -> dict:
    """Named days ("Father's Day", "the Fourth of July"), kept in ``data/time/holidays.toml``."""
    return read_toml("time", "holidays.toml")


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

SEASONS = {k.lower(): tuple(v) for k, v in _LEX.get("seasons", {}).items()}
SEASON_PREPS = tuple(w.lower() for w in _LEX.get("seasons_told", {}).get("prepositions", ()))
SEASONS_TOLD = tuple(w.lower() for w in _LEX.get("seasons_told", {}).get("seasons", ()))

MONTH_WEEKS = {k.lower(): int(v) for k, v in _LEX.get("month_weeks", {}).items()}

QUARTER_ORDINALS = {k.lower(): int(v) for k, v in _LEX.get("quarters", {}).get("ordinals", {}).items()}
QUARTER_RELATIVE = {k.lower(): int(v) for k, v in _LEX.get("quarters", {}).get("relative", {}).items()}
_QTOLD = _LEX.get("quarters", {}).get("told_again", {})
#: a quarter told again: "the quarter" (same), "the year-earlier quarter" (a year before), and their nouns
QUARTER_SAME = tuple(w.lower() for w in _QTOLD.get("same", ()))
QUARTER_YEAR_BEFORE = tuple(w.lower() for w in _QTOLD.get("year_before", ()))
QUARTER_NOUNS = tuple(w.lower() for w in _QTOLD.get("nouns", ()))
