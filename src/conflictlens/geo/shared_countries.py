"""Short names two countries share ("Congo", "Korea"; ``data/geo/shared_country_names.tsv``).

The index files such a name under one country at most, so a bare "Congo" was only ever
the Republic of the Congo, though most reports mean the Democratic Republic. Both
countries are candidates (:meth:`Gazetteer.lookup`); the report decides: a fuller name
the name ends ("Republic of Congo" where the model tagged "Congo" alone), else the
country the report's other names weigh more (Brazzaville, North Kivu), else the bare
name's usual reading, listed first.
"""
from __future__ import annotations

import re

from . import tables
from .normalize import exact_key

#: the capitalised words (and "of", "the", "People's") right before a name: the
#: opening of a fuller name it may end ("Democratic Republic of the " of "... Congo")
_OPENING_BEFORE_RE = re.compile(r"(?:(?:[A-Z][\w'’]*|of|the)[ \t]+){1,5}$")


def sharing_countries(name: str) -> tuple[str, ...]:
    """The ISO2 codes of the countries sharing ``name``, its usual reading first; ()
    for any other name."""
    return tables.shared_country_names().get(exact_key(name), ())


def named_in_full(gaz, text: str, start: int, end: int, codes: tuple[str, ...]) -> str:
    """The one of ``codes`` whose fuller name the words before the span ``start:end``
    complete ("Republic of " before "Congo"), else ""."""
    m = _OPENING_BEFORE_RE.search(text, max(0, start - 60), start) if codes else None
    if m is None:
        return ""
    words = text[m.start():start].split()
    for k in range(len(words)):  # the longest fuller name first
        full = " ".join([*words[k:], text[start:end]])
        hits = {c.country_code for c in gaz.lookup(full) if c.level == "country" and c.match == "exact"}
        if len(hits) == 1 and hits <= set(codes):
            return hits.pop()
    return ""


def usual_reading(weights, codes: tuple[str, ...]) -> str:
    """The country of ``codes`` the report's other evidence (``weights``, ISO2 ->
    weight) favours; on a tie, the first listed."""
    return max(codes, key=lambda cc: (weights.get(cc, 0.0), -codes.index(cc)))
