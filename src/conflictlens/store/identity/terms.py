"""The content words a report uses, and how much two reports resemble by them.

For a report that codes no act of violence, or an undated event, nothing else links it to
an event of the same kind: the cosine of the reports' content words (rarer words weighing
more) is what the store compares them by.
"""
from __future__ import annotations

import re

from .word_lists import _CALENDAR, _cue_list, _FURNITURE


def _function_words() -> frozenset[str]:
    """data/store/function_words.txt, as a set."""
    return frozenset(_cue_list("function_words.txt"))


_FUNCTION_WORDS = _function_words()


_TERM = re.compile(r"[a-z][a-z'\u2019-]*[a-z]")


def report_terms(text: str) -> list[str]:
    """The content words a report uses, lower-cased, each once and sorted: words of three
    letters or more (no figures), function words (data/store/function_words.txt), page
    furniture (as in :func:`report_names`), month and day names left out, a plural's or
    possessive's ``s`` dropped so "victims" and "victim's" count as "victim". What
    :func:`resemblance` compares two reports by."""
    out = set()
    for word in _TERM.findall((text or "").lower()):
        word = word.replace("\u2019", "'")
        if word in _FURNITURE:
            continue
        if word.endswith("'s"):
            word = word[:-2]
        elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        if len(word) >= 3 and word not in _FUNCTION_WORDS and word not in _CALENDAR and word not in _FURNITURE:
            out.add(word)
    return sorted(out)


def resemblance(a, b, weight: dict[str, float]) -> float:
    """The cosine of two reports' content words (:func:`report_terms`), each word weighing
    ``weight[word]`` (rarer words more: a town's name and "police" say little, a victim's
    name much; a word missing weighs nothing); 0 when either has none."""
    a, b = set(a), set(b)
    if not a or not b:
        return 0.0
    norm = (sum(weight.get(t, 0.0) ** 2 for t in a) * sum(weight.get(t, 0.0) ** 2 for t in b)) ** 0.5
    return sum(weight.get(t, 0.0) ** 2 for t in a & b) / norm if norm else 0.0
