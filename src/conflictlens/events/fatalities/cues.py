"""Cues that tell how a sentence's deaths relate to its incident.

A failed suicide ("attempted suicide": the doer lived), a roundup of several incidents'
dead ("two teens died in separate shootings": no one incident's toll), a count told over a
period or an area ("so far this year", "across the city"), and a victim listed
as the dead of another incident ("a holdup in Brill and a boy slain in a robbery"). The
extractor and the row builder weigh these; they count nothing themselves.
"""
from __future__ import annotations

import re

from ...model import DeathFigure
from .lexicon import _D, _LEX, _alt


_SURVIVAL_TOLD = re.compile(rf"\b(?:{_alt(_D['self_survived'])})\b", re.I)


def tells_self_survived(text: str) -> bool:
    """A sentence telling the doer's shot at himself was an attempted suicide: he lived."""
    return bool(_SURVIVAL_TOLD.search(text))


_ROUNDUP = re.compile(rf"\b(?:{_alt(_LEX['roundup']['markers'])})\s+(?:[\w-]+\s+)?"
                      rf"(?:{_alt(_LEX['roundup']['incidents'])})\b", re.I)


def tells_separate_incidents(text: str) -> bool:
    """A sentence gathering the dead of several incidents ("two teens died in separate
    shootings"): its count is no toll of any one of them."""
    return bool(_ROUNDUP.search(text))


#: "a holdup in Brill and a boy slain in a robbery": "and" right before the victim ...
_LISTED_BEFORE = re.compile(r"\band\s+$", re.I)
#: ... who is killed in an incident of his own, an indefinite one
_LISTED_AFTER = re.compile(rf"(?:\s*,)?\s+(?:(?:who|that)\s+(?:was|were)\s+|(?:was|were)\s+)?"
                           rf"{_alt(_D['participle'])}\s+in\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?"
                           rf"{_alt(_LEX['listed']['incidents'])}(?![\w-])", re.I)


def told_as_listed_incident(f: DeathFigure, text: str, trigger_start: int) -> bool:
    """A victim the sentence lists after its incident as the dead of another ("our weekend summary:
    a holdup in Brill and a boy slain in a robbery"): those deaths belong to
    the incident the victim was killed in, not to the one the sentence's trigger names."""
    return (f.start > trigger_start and bool(_LISTED_BEFORE.search(text[trigger_start:f.start]))
            and bool(_LISTED_AFTER.match(text, f.end)))


#: "... several traders in previous attacks": a few words after the victims, earlier incidents
_EARLIER = re.compile(rf"[^.;]{{0,60}}?\bin\s+(?:the\s+|its\s+|their\s+)?(?:{_alt(_LEX['earlier']['markers'])})\s+"
                      rf"(?:[\w'’-]+\s+)?(?:{_alt(_LEX['earlier']['incidents'])})(?![\w-])", re.I)


def told_of_earlier_incidents(f: DeathFigure, text: str, end: int) -> bool:
    """Victims told as the dead of incidents before the one reported ("the rebels, who have
    killed several traders in previous attacks"): the toll of those, not of this incident."""
    return bool(_EARLIER.match(text, f.end, end))


#: "the war ... has already claimed": a war's toll told up to the figure (same clause)
_WAR_TOLL = re.compile(rf"\b{_alt(_LEX['cumulative']['wars'])}\b[^.;:]{{0,80}}?\b(?:has|have|had)\s+(?:\w+\s+){{0,2}}?"
                       rf"{_alt(_LEX['cumulative']['verbs'])}\b[^.;:]{{0,30}}$", re.I)


def told_as_a_wars_toll(f: DeathFigure, text: str, start: int) -> bool:
    """Deaths told as the toll of a long war, not of the incident reported ("the conflict,
    which has killed more than 300,000 people"; "the war between the cartels has already
    claimed 120 lives"): no event's toll. ``start``: where the figure's sentence starts."""
    return bool(_WAR_TOLL.search(text, max(start, f.start - 160), f.start))


_A = _LEX["aggregate"]
_ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|{_alt(_A['ordinals'])})"
#: a period gathering incidents, not one incident's time ("earlier this year") nor one
#: incident's of a series ("the fifth shooting this year")
_PERIOD = re.compile(rf"(?<![\w-]){_alt(_A['periods'])}\b", re.I)
#: a running span ("in less than 15 days", "over the past three weeks")
_SPAN = re.compile(rf"\b{_alt(_A['span_openers'])}\s+(?:\d+|[a-z]+)\s+{_alt(_A['span_units'])}\b", re.I)
_PERIOD_OPENED = re.compile(rf"\b{_alt(_A['period_openers'])}\s+$", re.I)
_SERIES = re.compile(rf"\b{_ORDINAL}\s+(?:[\w'’-]+\s+){{0,5}}$", re.I)
_AREA = re.compile(rf"\b{_alt(_A['area_before'])}\s+(?:the\s+|[\w'’-]+\s+){{1,2}}?{_alt(_A['areas'])}\b"
                   rf"|\b(?:nation|state|city|county)wide\b", re.I)
_ACROSS = re.compile(rf"\b{_alt(_A['area_before'])}\s", re.I)
_TALLY = re.compile(rf"\b{_alt(_A['tallies'])}\s+{_alt(_A['tally_nouns'])}\b", re.I)
_WEEKEND = re.compile(rf"\b{_alt(_A['weekends'])}\b", re.I)
_NIGHT = re.compile(rf"\b{_alt(_A['nights'])}\b", re.I)
_INCIDENTS = re.compile(rf"\b{_alt(_LEX['roundup']['incidents'])}\b", re.I)
#: the figure's clause ends at a comma, semicolon, colon or the sentence's end
_CLAUSE_END = re.compile(r"[;:]|,\s|[.!?](?:\s|$)")


_COUNT_NOUN = re.compile(rf"\b{_alt(_A['count_nouns'])}\b", re.I)


def _clause(text: str, start: int, end: int, f: DeathFigure) -> tuple[str, str]:
    """The figure's own clause, before and after it: from the last comma, semicolon or colon
    before it to the next after it, inside the sentence [``start``, ``end``)."""
    before = text[start:f.start]
    ends = list(_CLAUSE_END.finditer(before))
    lo = start + ends[-1].end() if ends else start
    m = _CLAUSE_END.search(text, f.end, end)
    return text[lo:f.start], text[f.start:m.start() if m else end]


def tells_aggregate(clause: str) -> bool:
    """A clause telling a count over a period or an area that gathers several incidents ("so far
    this year", "across the city", "the county's homicide toll", "in shootings over the weekend",
    "across Dayton over the weekend")."""
    if _AREA.search(clause) or _TALLY.search(clause) or _SPAN.search(clause):
        return True
    if _WEEKEND.search(clause) and (_INCIDENTS.search(clause) or _ACROSS.search(clause)):
        return True
    if _NIGHT.search(clause) and _ACROSS.search(clause):
        return True
    for m in _PERIOD.finditer(clause):
        before = clause[:m.start()]
        if not _PERIOD_OPENED.search(before) and not _SERIES.search(before):
            return True
    return False


def told_as_an_aggregate(f: DeathFigure, text: str, start: int, end: int) -> bool:
    """Deaths counted over a period or an area gathering several incidents ("eleven have died in
    Brill this year"; "..., raising the province's count for the year to 230"): no one incident's
    toll. Read in the figure's clause ([``start``, ``end``) its sentence): after the figure, or
    before it in a count's phrase. Not one of separate incidents ("died in unrelated shootings
    across Brill"): the row builder weighs those (its headline's count is then no toll either)."""
    before, after = _clause(text, start, end, f)
    if tells_separate_incidents(before + after):
        return False
    return tells_aggregate(after) or (tells_aggregate(before) and bool(_COUNT_NOUN.search(before)))


_SEQUEL_GROUPS = frozenset(w.lower() for w in _A["sequel_groups"])


def counts_part_of_aggregate(f: DeathFigure, lead: str) -> bool:
    """A figure counting a group by a pronoun ("Four of them died") told after ``lead``, a sentence
    telling an aggregate ("Thirty people were shot throughout Brill over the holiday"): part of
    that aggregate, no incident's toll."""
    return f.group.lower() in _SEQUEL_GROUPS and tells_aggregate(lead)
