"""The one precompiled regular expression that finds date expressions, and its parts.

Each alternative of ``_MASTER`` is a family of expressions (named days, ISO and numeric dates,
day-month ranges, weekdays, relative days, weeks, months, seasons, quarters, years ...) under
a group name that :mod:`.expressions` dispatches on; a first-word lookahead and the cheap
``_TRIGGER`` prefilter keep the scan near spaCy-NER speed.  The smaller patterns here read
the words around a match (a future cue, the word before it, a noun after a year).
"""
from __future__ import annotations

import re

from .lexicon import (
    MONTHS, MONTH_WEEKS, NUMBER_WORDS, QUARTER_NOUNS, QUARTER_ORDINALS, QUARTER_RELATIVE, QUARTER_SAME,
    QUARTER_YEAR_BEFORE, SEASONS, _HOL, _HOL_FIRST, _LEX, SEASON_PREPS, SEASONS_TOLD, YEAR_AGAIN_DETERMINERS,
    YEAR_CURRENT_WORDS
)


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

_SEASON = "(?:" + "|".join(sorted(SEASONS, key=len, reverse=True)) + ")"

_MWEEK = "(?:" + "|".join(sorted(MONTH_WEEKS, key=len, reverse=True)) + ")"

_QORD = "(?:" + "|".join(sorted(map(re.escape, QUARTER_ORDINALS), key=len, reverse=True)) + ")"
_QREL = "(?:" + "|".join(sorted(map(re.escape, QUARTER_RELATIVE), key=len, reverse=True)) + ")"


def _phrase_alts(words) -> str:
    """An alternation of word lists' phrases, longest first, any space or hyphen between words."""
    alts = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


_QSAME, _QYB, _QNOUN = _phrase_alts(QUARTER_SAME), _phrase_alts(QUARTER_YEAR_BEFORE), _phrase_alts(QUARTER_NOUNS)
_YAGAIN, _YCUR = _phrase_alts(YEAR_AGAIN_DETERMINERS), _phrase_alts(YEAR_CURRENT_WORDS)
#: a game's quarter: a sports word in the quarter's sentence
_SPORT = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in _LEX.get("quarters", {}).get("sport_stems", ())),
                                               key=len, reverse=True)) + ")", re.I)
_WDP = rf"(?:{_WD}\s?,?\s+(?:the\s+)?)?"  # "Thursday, April 6"
_PRE = (r"(?:(?:(?:late|early)\s+)?(?:at\s+night\s+|in\s+the\s+(?:morning|afternoon|evening)\s+)?on\s+"
        r"|the\s+(?:morning|afternoon|evening|night)(?:\s+and\s+(?:morning|afternoon|evening|night))?\s+of\s+)?")
_CONN = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|and|until|till|through|thru)\s+)"

_DC = _LEX.get("day_count", {})
_DCORD = "|".join(sorted(map(re.escape, _DC.get("ordinals", ())), key=len, reverse=True)) or "(?!)"
_DCBETWEEN = "|".join(sorted(map(re.escape, _DC.get("between", ())), key=len, reverse=True)) or "(?!)"
#: "it's ", "today is ": the present a counted day is told in, right before "the"
_DAY_COUNT_LEAD = re.compile(r"(?<![\w'’])(?:" + "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in _DC.get("present_leads", ())) + r")\s+$", re.I)

_SY = _LEX.get("spelled_years", {})
_SYC, _SYT, _SYO = (_phrase_alts(_SY.get(k, {})) for k in ("centuries", "tens", "ones"))
_SYK = _phrase_alts([_SY["thousand"]] if _SY.get("thousand") else [])

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
    # a quarter told again: "the quarter", "the year-earlier quarter", "year-earlier profit"
    ("qa", rf"(?:the\s+)?(?P<qa_yb>{_QYB})(?:[\s-]+(?P<qa_ord>{_QORD}))?(?:[\s-]+(?:fiscal\s+)?(?P<qa_n>{_QNOUN}))?(?![a-z-])"
           rf"|(?P<qa_same>{_QSAME})\s+(?:fiscal\s+)?quarter(?![a-z-])"),
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
           # (not "on the weekends": a habit, every weekend, no day)
           r"|(?:(?:over|during|at|on)\s+)?(?P<we_which>the|this|last|this\s+past|the\s+past)\s+weekend(?!s(?![a-z]))"),
    ("mr", r"(?:(?P<mr_mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?)?(?P<mr_which>this|last|next|the\s+previous|the\s+past)\s+month(?![a-z])"
           r"|(?:the\s+)?(?P<mr_mod2>beginning|start|end|middle)\s+of\s+(?P<mr_which2>this|last|next|the)\s+month(?![a-z])"
           r"|(?P<mr_mod3>earlier|later)\s+in\s+the\s+month"),
    ("mn", rf"(?:(?P<mn_mod>early(?:\s+in)?|late(?:\s+in)?|mid|the\s+(?:beginning|start|end|middle)\s+of"
           rf"|the\s+(?:first|last|final)\s+days?\s+of|the\s+(?:first|second|latter|last)\s+half\s+of"
           rf"|this|last|next|past)[\s-]+(?:of\s+)?)?(?P<mn_m>{_MON})"
           rf"(?!\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))(?:\s?,?\s+{_year('mn_y')}|{_told_year('mn')})?"),
    ("wd", rf"(?P<wd_mod>(?:late|early)\s+(?:on\s+)?|last\s+|this\s+past\s+|this\s+coming\s+|next\s+|the\s+previous\s+|the\s+following\s+)?"
           rf"(?P<wd_d>{_WD})(?P<wd_poss>['’]s(?![a-z]))?(?:\s+{_PART})?"),
    ("ssnt", r"(?<![a-z])(?:" + "|".join(SEASON_PREPS) + r")\s+the\s+(?P<ssnt_s>" + "|".join(SEASONS_TOLD)
             + r")(?![a-z])(?!\s+of\b)"),
    ("ssn", rf"(?P<ssn_which>this\s+past|this\s+coming|the\s+past|this|last|next)\s+(?P<ssn_s>{_SEASON})(?![a-z])"),
    # a day counted: "the second day" (of an offensive), dated only in the present ("it's the second day")
    ("nth", rf"the\s+(?:{_DCORD})\s+(?:(?:{_DCBETWEEN})\s+)?day(?![a-z'’-])"),
    # the year's end, no year told: "by year-end", "the end of the year", "by year's end"
    ("ye", r"(?:the\s+)?end[\s-]+of[\s-]+the[\s-]+year(?![a-z'’-])(?!\s+(?:1[89]|20)\d\d)|year[\s-]?end(?![a-z-])|year['’]s\s+end(?![a-z])"),
    # a year said in words: "nineteen seventy-nine", "the year two thousand (and one)"
    ("ys", rf"(?P<ys_the>the\s+year\s+)?(?P<ys_c>{_SYC})[\s-]+(?P<ys_t>{_SYT})(?:[\s-]+(?P<ys_o>{_SYO}))?(?![\w-])"
           rf"|(?P<ys_the2>the\s+year\s+)(?P<ys_k>{_SYK})(?:\s+(?:and\s+)?(?P<ys_o2>{_SYT}|{_SYO}))?(?![\w-])"),
    # a year told again: "later that year", "the same year" (the story's), "the current year" (the page's)
    ("ty", rf"(?:(?:later|earlier)\s+(?:in\s+)?)?(?P<ty_det>{_YAGAIN})\s+year(?![a-z'’-])"
           rf"|(?P<ty_cur>{_YCUR})\s+year(?![a-z'’-])"),
    ("yr", rf"(?:(?P<yr_mod>early|late|mid|the\s+(?:beginning|start|end|middle)\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+)?"
           rf"(?<![\d.,$£€-])(?P<yr_y>(?:1[89]|20)\d\d)(?![\d-]|s\b|['’]s)"
           rf"|(?:this|last|next|the\s+past|the\s+previous|earlier\s+this|later\s+this)\s+year(?![a-z])"),
]

#: First words any alternative can start with; checked by a lookahead so most word
#: starts are rejected before the long alternation is tried (3-4x faster).
_FIRST = (r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
          r"|(?:late|early|earlier|later|at|in|the|on|between|from|throughout|during|over|yesterday|q[1-4]|" + _MWEEK + "|" + _QORD + "|" + _QREL
          + r"|last|today|this|tonight|tomorrow|that|mid|past|next|end|eighteen|nineteen|spring|summer|autumn|fall|winter|year|comparable|prior"
          r"|day|" + _HOL_FIRST + "|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r")(?![a-z]))")
_MASTER = re.compile(r"\b" + _FIRST + r"(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _ALTS) + r")", re.I)
#: Cheap prefilter: a text with none of these words or digits holds no date.
_TRIGGER = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|yesterday|today|tonight|tomorrow|night|week|month|quarter|year|day|morning|afternoon|evening|eighteen|nineteen"
    r"|" + _SEASON + r"|" + _HOL_FIRST + r")", re.I)
_WD_ONLY = re.compile(_WD, re.I)
_OF_MONTH = re.compile(rf"\s+(?:of|in)\s+{_MON}", re.I)
#: a weekday range told as one night: the first day's night named, or "overnight" before it
_NIGHT_FIRST = re.compile(rf"(?:(?:between|from|during|over)\s+)?{_WD}\s+(?:night|midnight)\b", re.I)
_OVERNIGHT_BEFORE = re.compile(r"\bovernight\s+$", re.I)
_SENT_BREAK = re.compile(r"(?<![A-Z])[.!?]\s|[\n,;:]")
_FUTURE = re.compile(
    r"(?:^|[^a-z])(?:" + "|".join(re.escape(c) for c in _LEX["future"]["cues"]) + r")(?![a-z])", re.I)
#: "would have", "would later": a later past, no future
_PAST_FUTURE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _LEX["future"].get("past_futures", ())) + r")\b",
    re.I)
#: a clause of time in the present tense up to the date ("when the case is heard in "): the future
_FUTURE_CLAUSE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _LEX["future"].get("clause_openers", ()))
    + r")\s+(?:(?!(?:" + "|".join(map(re.escape, _LEX["future"].get("clause_not_between", ()))) + r")\b)[\w'’-]+\s+){0,5}?"
    r"(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _LEX["future"].get("present_verbs", ()))
    + r")\b(?:\s+(?!(?:" + "|".join(map(re.escape, _LEX["future"].get("clause_not_between", ()))) + r")\b)[\w'’-]+){0,4}\s*$", re.I)
#: a present-tense verb of a timetable right before the date ("the leaders meet Monday", "talks resume in
#: March"): the future (lower case: a headline's "West End Saturday" is a place)
_FUTURATE = re.compile(
    r"(?<![\w'’-])(?P<verb>(?-i:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _LEX["future"].get("futurate_verbs", ())) + r"))\s+(?:(?:" + "|".join(map(re.escape, _LEX["future"].get("futurate_adverbs", ()))) + r")\s+)?"
    r"(?:(?:on|in)\s+)?$", re.I)
#: an infinitive in the passive before the date ("the bill to be debated on Friday"): what is still to
#: be done (the participle a word ending like one: -ed, -en, -wn, "held", "brought", "hung", "sent", "put")
_PASSIVE_AHEAD = re.compile(
    r"(?P<lead>(?:[\w'’-]+\s+){0,3})\bto\s+be\s+[a-z]+(?:ed|en|wn|ld|ght|ung|nt|ut)\s+"
    r"(?:(?!(?:and|or|but|after|before|since|when|who|which|that|was|were|is|are|had|has|have|did)\b)[\w'’-]+\s+){0,3}?(?:(?:on|in)\s+)?$")
_PASSIVE_AHEAD_NOT_AFTER = frozenset(w.lower() for w in _LEX["future"].get("passive_ahead_not_after", ()))
_FUTURATE_NOT_AFTER = frozenset(w.lower() for w in _LEX["future"].get("futurate_not_after", ()))
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
#: "the March accession", "its planned May vote": a determiner, at most one lower-case word, then the
#: month (no possessive: "the Women's March" is a protest's name) ...
_DET_MONTH_BEFORE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(map(re.escape, _LEX["anchoring"].get("year_determiners", ())))
    + r")\s+(?:(?!(?:" + "|".join(map(re.escape, _LEX["anchoring"].get("year_not_between", ())))
    + r")\s)(?-i:[a-z]+)\s+)?$", re.I)
#: ... and a lower-case noun after it (no preposition, verb or "-ed" word: "the March on the capital",
#: "The March drew thousands" name a march)
_MONTH_NOUN_AFTER = re.compile(
    r"\s+(?!(?:" + "|".join(map(re.escape, _LEX["anchoring"].get("month_modifier_not_before", ())))
    + r")(?![a-z]))(?![a-z]+ed(?![a-z]))(?-i:[a-z]{3,})(?![a-z'’-])", re.I)
_PREV_WORD = re.compile(r"([a-z]+)[\s-]*$", re.I)
#: a capitalised word right after a bare month name ("April Lane"): a person's given name
_GIVEN_NAME_AFTER = re.compile(r"\s(?!(?:" + "|".join(m.capitalize() for m in MONTHS)
                               + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[A-Z][a-z]*[A-Z]?[a-z]+\b")
