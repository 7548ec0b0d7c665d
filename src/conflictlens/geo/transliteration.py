"""One country's spellings of a name folded to one form (``transliteration_variants.tsv``).

Somali, Ukrainian and francophone African names reach English reports romanised two
ways ("Harardhere" for Xarardheere, "Marganets" for Marhanets, "Wallam" for
Ouallam) that :func:`normalize_name`, made for Arabic, keeps apart. The rules are
the country's own, so a fold is only ever compared with the names of that country:
over the whole world the same rules would join unrelated places.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import tables


@lru_cache(maxsize=None)
def _compiled(cc: str) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p), r) for p, r in tables.transliteration_rules().get(cc, ()))


def has_rules(cc: str) -> bool:
    """True when ``transliteration_variants.tsv`` has spelling rules for country ``cc``."""
    return bool(_compiled(cc))


def fold(key: str, cc: str) -> str:
    """``key`` (an exact key) with country ``cc``'s spelling rules applied in order."""
    for pattern, repl in _compiled(cc):
        key = pattern.sub(repl, key)
    return key
