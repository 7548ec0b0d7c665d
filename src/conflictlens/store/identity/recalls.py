"""Reports that tell an older incident again: trials, anniversaries, "years ago".

A sentence that recalls a past killing, or a report of a court's proceedings dated by the
hearing, tells an incident that is coded on its own day, never the report's; the cue lists
(data/store/recall_cues.txt, court_cues.txt) say which reports do.
"""
from __future__ import annotations

import re
from datetime import date

from ...model import Event
from .word_lists import _cue_list, _cues
from .terms import report_terms


_RECALL_CUES = _cues("recall_cues.txt")


_COURT_CUES = _cues("court_cues.txt")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def recalls(mention: Event, published: date | None) -> bool:
    """Does the sentence telling an undated mention recall an older incident (a cue of
    data/store/recall_cues.txt: a trial, an anniversary, "years ago"; or a year before the
    report's ``published``)? A report that tells a shooting with no place on its own page
    day is about that day's shooting, not a year-old one of its town its names match."""
    text = mention.evidence.text if mention.evidence is not None else ""
    if _RECALL_CUES.search(text):
        return True
    return published is not None and any(int(y) < published.year for y in _YEAR.findall(text))


def told_in_court(text: str) -> bool:
    """Does the report tell a court's proceedings (data/store/court_cues.txt: a trial, jurors,
    a verdict)? The violence it tells, which its sentences may date by the hearing, is an
    older incident's: an ACLED coder codes the killing on its day, never the trial."""
    return bool(_COURT_CUES.search(text or ""))


_APPEARANCE_CUES = _cues("appearance_cues.txt")


def told_as_appearance(text: str) -> bool:
    """Does a sentence tell a suspect's appearance in court (data/store/appearance_cues.txt:
    "was back in court Thursday", "was arraigned Monday")? The weekday it gives dates the
    hearing, not the violence it names as the accusation."""
    return bool(_APPEARANCE_CUES.search(text or ""))


def _cue_terms(filename: str) -> list[frozenset[str]]:
    """The cues of a data/store word list as the content words a stored report keeps
    (:func:`report_terms`: "jurors" as "juror"), one set a cue."""
    return [frozenset(t) for t in map(report_terms, _cue_list(filename)) if t]


def court_terms(terms) -> bool:
    """:func:`told_in_court` for a stored report, whose text is not kept: do its content words
    (:func:`report_terms`) hold every word of a court cue? A verdict story stored before the
    killing's reports arrive is then linked to it as it would have been after them."""
    terms = set(terms)
    return any(cue <= terms for cue in _COURT_TERMS)


_COURT_TERMS = _cue_terms("court_cues.txt")
