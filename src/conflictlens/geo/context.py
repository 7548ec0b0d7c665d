"""The countries a report is about, read from the report itself.

Most place names are ambiguous worldwide (al-Qaim, Haditha, Nineveh all exist in
several countries). A report almost always says which countries it covers: it
names them, names their provinces, uses their demonyms ("Iraqi forces"), or opens
with a dateline. The prior collected here weights gazetteer candidates by country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import tables

_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'’\-]+(?:[ \-][A-Z][A-Za-z'’\-]+){0,3})\s*(?:,|\(|—|–|-\s)")


@dataclass
class CountryPrior:
    """Weights per ISO2 code; ``share`` is a weight's fraction of the total."""

    weights: Counter = field(default_factory=Counter)
    #: GeoNames admin1 codes ("IQ.01") of the units the report names
    admin1_codes: set[str] = field(default_factory=set)

    def add(self, cc: str, weight: float = 1.0) -> None:
        if cc:
            self.weights[cc] += weight

    def share(self, cc: str) -> float:
        total = sum(self.weights.values())
        return self.weights.get(cc, 0.0) / total if total else 0.0

    def __contains__(self, cc: str) -> bool:
        return self.weights.get(cc, 0.0) > 0

    def top(self) -> str:
        return self.weights.most_common(1)[0][0] if self.weights else ""

    def __bool__(self) -> bool:
        return bool(self.weights)


def demonym_codes(doc) -> list[tuple[int, int, dict[str, float]]]:
    """(start, end, {cc: weight}) for each demonym token ("Iraqi", "Kurdish-led")."""
    table = tables.demonyms()
    out = []
    for tok in doc:
        w = tok.text.casefold()
        if w in table and tok.text[:1].isupper():
            out.append((tok.idx, tok.idx + len(tok.text), table[w]))
        # two-word demonyms ("South Sudanese")
        if tok.i + 1 < len(doc):
            two = f"{w} {doc[tok.i + 1].text.casefold()}"
            if two in table:
                nxt = doc[tok.i + 1]
                out.append((tok.idx, nxt.idx + len(nxt.text), table[two]))
    return out


def dateline_place(text: str) -> str:
    """The place of a dateline ("MOSUL, Iraq (Reuters) -"), if the report opens with one."""
    first = text.lstrip()[:80]
    m = _DATELINE.match(first)
    if not m:
        return ""
    name = m.group(1)
    # a dateline is short and usually upper case; a headline is not
    return name if name.isupper() or first[m.end(1):].lstrip().startswith(("(", "—", "–")) else ""
