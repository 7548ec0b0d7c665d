"""Reading a written number: digits, number words and vague quantities.

A toll is told as "12", "twelve", "a dozen", "dozens" or "3 to 5"; this module turns such a
phrase into an integer (``parse_number``) and holds the pattern that finds a quantity with
its qualifier ("at least") in a sentence. Kept apart so that the time resolver can read a
number without the toll readers' rules.
"""
from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS, QUALIFIERS, VAGUE, _alt


_NUMW = _alt(NUMBER_WORDS)
_WORDNUM = rf"(?:{_NUMW})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMW}))*"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?)"
_CORE = rf"(?:{_DIGITS}|{_alt(VAGUE)}|{_WORDNUM})"
_QUAL = _alt(QUALIFIERS)
_QTY = re.compile(
    rf"(?<![\w.,$£€#/-])(?:(?P<q>{_QUAL})\s+)?(?P<n>{_CORE}|an?)(?![\w%])"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<n2>{_CORE})(?![\w%]))?", re.I)


def parse_number(text: str) -> int | None:
    """An integer from digits, number words or vague words ("dozens" = 12), else None."""
    from text_to_num import text2num

    s = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-"))
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    m = re.fullmatch(r"(\d+(?:\.\d+)?) ?(million|thousand|hundred)", s)
    if m:
        mult = {"million": 1_000_000, "thousand": 1000, "hundred": 100}[m.group(2)]
        return int(round(float(m.group(1)) * mult))
    if s in VAGUE:
        return VAGUE[s]
    if s.endswith(" of") and s[:-3] in VAGUE:
        return VAGUE[s[:-3]]
    if s in ("a", "an"):
        return 1
    if s.startswith(("a ", "an ")):
        s = "one " + s.split(" ", 1)[1]
    try:
        return int(text2num(s.replace("-", " "), "en"))
    except (ValueError, TypeError):
        pass
    try:
        return int(float(s))
    except ValueError:
        return None
