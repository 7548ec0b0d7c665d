"""A count told only by a vague kill ("gunned down") that the report later calls hurt.

"Six were gunned down ... the six injured": the later, specific wording wins, so the count is
no toll.
"""
from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS, _ANY_DEATH, _LEX, _alt


_VAGUE_KILL = re.compile(rf"\b{_alt(_LEX['called_hurt_later']['vague_kills'])}\b", re.I)
_HURT = _alt(_LEX["called_hurt_later"]["hurt"])


def _told_only_by_a_vague_kill(sentence: str) -> bool:
    """The sentence's only death word is one that may mean shot ("gunned down")."""
    return bool(_VAGUE_KILL.search(sentence)) and not _ANY_DEATH.search(_VAGUE_KILL.sub(" ", sentence))


def _called_hurt_after(count: int, text: str) -> bool:
    """"the six injured", "of the six wounded": the same count named as hurt."""
    word = NUMBER_WORDS[count - 1] if 0 < count <= 20 else str(count)
    return bool(re.search(rf"\bthe\s+(?:{count}|{word})\s+(?:[a-z]+\s+)?{_HURT}\b", text, re.I))


def drop_counts_called_hurt_later(mentions, text: str) -> None:
    """A count told only as "gunned down" that the report later calls hurt ("the six
    injured") is no toll: the later, specific wording wins over the vague verb."""
    for m in mentions:
        if m.deaths and _told_only_by_a_vague_kill(m.evidence.text):
            later = text[m.evidence.end:]
            m.deaths = [f for f in m.deaths if not _called_hurt_after(f.count, later)]
