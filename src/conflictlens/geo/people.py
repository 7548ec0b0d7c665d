"""Which names of a report are people's: the surnames of the people it names in full.

Local news names a person in full once ("Jerry Hughes bought his dog") and by the
surname after ("Hughes said", "Hughes, 72,"); many surnames are also towns or counties
(Hughes County, Baker, Roberts), and the small model often tags the bare surname a
place or nothing. A one-word name that ends a full personal name the report gives is
that person wherever the words around do not place it ("in Hughes").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .normalize import exact_key

_NAME_WORD = re.compile(r"^[A-Z][\w'’\-]*\.?$")


def surnames(doc, is_place: Callable[[str], bool]) -> set[str]:
    """Exact keys of the last words of the report's full personal names: PERSON entities of
    two or more capitalised words that are not, as a whole, a place name
    (``is_place``: "Henry County" tagged PERSON is the county, not a Mr County)."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = ent.text.split()
        if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words):
            continue
        if ent[0].pos_ != "PROPN":
            continue  # "Historic Dublin", "Rethinking Egypt": no given name before it
        last = re.sub(r"(?:['’]s|['’])$", "", words[-1])
        if len(last) < 3 or is_place(ent.text):
            continue
        out.add(exact_key(last))
    return out
