"""Where a unit's name starts when the small model cut it before its unit word.

The small spaCy model often tags only the tail of a county's name of several words
("Contra" + "Costa County", "Prince" + "William County"): the first word is left
untagged or tagged a nationality or a body, and the tail alone is no unit ("William
County" is none; "Costa" is a town abroad). The capitalised words right before the
tail belong to the name when, with the tail and its unit word (``second-level`` words
of ``features.tsv``: County, Parish; and ``civil_township_words.tsv``: Township), they
are a unit's own name in the gazetteer: a long exact name is no chance meeting.
"""
from __future__ import annotations

import re

from . import tables

#: a capitalised word, one space or tab before ``end`` (no full stop: "St." is an
#: abbreviation read on its own)
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]$")
#: the most words a name's head may take before its tail ("Prince" of "Prince William")
MAX_HEAD_WORDS = 2


def unit_words() -> frozenset[str]:
    """Casefolded words that close a unit's own name: "county", "parish", "township"."""
    return tables.second_level_words() | frozenset(tables.civil_township_words())


def _unit(gaz, name: str) -> bool:
    """True when ``name`` is, as spelt, a first- or second-level unit's own name."""
    return any(c.match == "exact" and c.primary and c.level in ("admin1", "admin2") for c in gaz.lookup(name))


def unit_name_start(gaz, text: str, start: int, end: int) -> int:
    """The start of the unit's own name that ``text[start:end]`` closes with its unit
    word ("Costa County" -> where "Contra Costa County" starts), else ``start``: one or
    two capitalised words before it that make, with it, a unit the gazetteer knows
    (:func:`unit_words`). A tail that is a unit itself ("Lake County") stays as it is."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1].casefold().rstrip(".") not in unit_words() or _unit(gaz, text[start:end]):
        return start
    at = start
    for _ in range(MAX_HEAD_WORDS):
        m = _WORD_BEFORE_RE.search(text, max(0, at - 40), at)
        if m is None:
            break
        at = m.start(1)
        if _unit(gaz, text[at:end]):
            return at
    return start
