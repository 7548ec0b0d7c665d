"""Follow-up stories: a report of charges or an arrest that tells no act of violence of its
own, only the incident it refers to ("charged with the murder of X", "arrested in
connection with the shooting"): with ``--scope all-violence`` that incident is coded
(events.other_violence), dated by a date in its own phrase, else by the page date.

(A follow-up's page-dated incident was once given the week or month before the page date,
time_precision 2/3: on GVC train/dev it changed no cluster, normal or with every second
date dropped, and its window's centre, the row's date, missed the incident's day where
the page date missed it too: removed.) Words: ``data/events/followup.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table


@lru_cache(maxsize=1)
def _reference_words() -> frozenset[str]:
    return frozenset(r["phrase"].lower() for r in read_table("events", "followup.tsv") if r.get("kind") == "reference")


def refers_to_incident(reason: str) -> bool:
    """Whether a trigger rejected for ``reason`` (events.factuality) names the incident a
    follow-up story is about: one the sentence accuses someone of ("charged with the
    murder of") or refers to by a word of the table ("in connection with the shooting")."""
    if reason.startswith("an accusation"):
        return True
    word = re.match(r"refers to another event \((\w+)", reason)
    return bool(word) and word.group(1).lower() in _reference_words()
