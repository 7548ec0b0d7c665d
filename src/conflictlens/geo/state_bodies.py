"""A country's name the small model tagged as a person, made a country by its state bodies.

"Chad's army said", "the army of Mali said": the small model often tags such country names
PERSON, and a person's name counts as no evidence of the report's country unless words
make it a place. A state body's word (``state_body_words.tsv``) after the name in the
possessive, or before it as "the <word> of", makes it the country's name.
"""
from __future__ import annotations

import re

from . import tables

_POSSESSIVE_RE = re.compile(r"['’]s?[ \t]+([a-z]+)")
_OF_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+([a-z]+)[ \t]+of[ \t]+$")


def names_state_body(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the owner of a state body ("X's army", "the army of X")."""
    words = tables.state_body_words()
    m = _POSSESSIVE_RE.match(text, end)
    if m and m.group(1) in words:
        return True
    m = _OF_BEFORE_RE.search(text[max(0, start - 40):start])
    return bool(m) and m.group(1) in words
