"""Follow-up stories: the incident happened before the page that tells it.

A report of charges, an arrest, a vigil or a funeral, or one saying the shooting happened
"days ago", tells an incident of some earlier day. When nothing in its text dates the
incident, the publication date is no day of it: the row is given that date's week or month
(time_precision 2 or 3), centred so that its window ends on the page date, and the store
matches it with the incident's own report by the overlapping-window rule (store.dedupe:
day_gap). Words: ``data/events/followup.tsv``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import read_table

#: days back from the page date to the centre of a window of each precision: the store's
#: half-widths (store.dedupe.DedupeSettings: week_half_days, month_half_days)
BACK = {2: 3, 3: 15}


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, int]]:
    rows = [r for r in read_table("events", "followup.tsv") if r.get("kind", "") != "reference"]
    precision = {r["phrase"].lower(): int(r["precision"]) for r in rows}
    words = sorted(precision, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                         + r")(?![\w-])", re.I)
    return pattern, precision


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


def followup_precision(texts) -> int:
    """The coarsest precision the follow-up words of these sentences call for (0: none)."""
    pattern, precision = _table()
    found = [precision[" ".join(m.group().lower().split())] for t in texts for m in pattern.finditer(t)]
    return max(found, default=0)


def followup_day(anchor: date, precision: int) -> date:
    """The centre of a window of ``precision`` that ends on the page date."""
    return anchor - timedelta(days=BACK.get(precision, 0))


def dated_by_page(mentions, days: list[date], precision: int, referenced: bool = False
                  ) -> tuple[list[date], int]:
    """Days and precision of an event dated only by the publication date: the page
    date's week or month when its sentences tell a follow-up (or it is an incident a
    follow-up refers to, ``referenced``: a month at least unless a week-level word
    says otherwise), else the page date unchanged."""
    p = followup_precision(m.evidence.text for m in mentions)
    if referenced and not p:
        p = 3
    if not p or len(days) != 1:
        return days, precision
    return [followup_day(days[0], p)], max(precision, p)
