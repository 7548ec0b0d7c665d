"""Follow-up stories: a report of charges, an arrest or a trial that tells no act of violence
of its own, only the incident it refers to ("charged with the murder of X", "arrested in
connection with the shooting", "accused of killing X", "the rape trial of X"): with ``--scope
all-violence`` that incident is coded (events.other_violence), dated by a date in its own
phrase, else by the page date, so that the report joins the event it follows up in the store.

(A follow-up's page-dated incident was once given the week or month before the page date,
time_precision 2/3: on GVC train/dev it changed no cluster, normal or with every second
date dropped, and its window's centre, the row's date, missed the incident's day where
the page date missed it too: removed.) Words: ``data/events/followup.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in read_table("events", "followup.tsv") if r.get("kind") == kind)


def _case_noun(word: str) -> bool:
    word = word.lower()
    return word in _words("case") or (word.endswith("s") and word[:-1] in _words("case"))


def refers_to_incident(reason: str) -> bool:
    """Whether a trigger rejected for ``reason`` (events.factuality) names the incident a
    follow-up story is about: one the sentence accuses someone of ("charged with the
    murder of"), refers to by a word of the table ("in connection with the shooting"), or
    names the case of ("the murder trial", "rape charges")."""
    if reason.startswith("an accusation"):
        return True
    word = re.match(r"refers to another event \((\w+)", reason)
    if word:
        return word.group(1).lower() in _words("reference")
    case = re.match(r"modifies another noun \(\S+ (\w+)\)$", reason)
    return bool(case) and _case_noun(case.group(1))


def accusation(match, sent) -> str:
    """The reason (as events.factuality words it) a trigger names what someone is accused of
    by a word of the table the codebook's accusation words lack ("accused of killing",
    "arrested for killing", "indicted in the slaying of"), else ''."""
    head = match.head(sent.doc)
    if head.dep_ not in ("pcomp", "pobj") or head.head.dep_ != "prep" \
            or head.head.lower_ not in ("of", "for", "in", "with", "on"):
        return ""
    gov = head.head.head
    if gov.i == head.head.i or not ({gov.lower_, gov.lemma_.lower()} & _words("accusation")):
        return ""
    return f"an accusation ({gov.text} {head.head.text})"
