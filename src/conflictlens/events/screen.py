"""A fast pre-screen: can this report hold an event at all?

Most news is not about conflict. Before the costly parse, one compiled regular
expression looks for the word forms of every trigger (and, for triggers that carry a
condition, for a word that could satisfy it). A report with none of them cannot
yield an event (no trigger, no event), so the parse is skipped. The screen only
ever lets more through than the classifier would accept, never less.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, default_lexicon

_CONDITION_CUES = {
    "armed_subject": "armed_nouns", "protest_subject": "protest_nouns", "aircraft": "aircraft_nouns",
    "weapon_object": "weapon_nouns", "security_object": "security_objects", "prisoner_subject": "prisoner_nouns",
    "crowd": "crowd_nouns", "place_object": "place_nouns",
}


def _stem_pattern(word: str, irregular: dict[str, list[str]]) -> list[str]:
    forms = [word] + irregular.get(word, [])
    out = []
    for f in forms:
        stem = f[:-1] if f.endswith("e") and len(f) > 4 else f
        out.append(re.escape(stem).replace(r"\-", "[- ]?") + r"\w*")
    return out


def _alternation(words, irregular) -> re.Pattern | None:
    pats = sorted({p for w in words for p in _stem_pattern(w, irregular)}, key=len, reverse=True)
    if not pats:
        return None
    return re.compile(r"\b(?:" + "|".join(pats) + r")", re.IGNORECASE)


class Screen:
    def __init__(self, lexicon: Lexicon):
        irregular: dict[str, list[str]] = {}
        for entry in lexicon.cues.get("irregular_forms", ()):
            lemma, *forms = entry.split()
            irregular[lemma] = forms
        free = [t.words[0] for t in lexicon.triggers if t.strong and not t.requires]
        self.free = _alternation(free, irregular)
        # every event has a party or a victim: without one of these words, no trigger can fire
        self.context = _alternation([w for w in lexicon.cues.get("screen_context", ()) if " " not in w], irregular)
        self.conditional: list[tuple[re.Pattern, re.Pattern]] = []
        by_cue: dict[str, list[str]] = {}
        for t in lexicon.triggers:
            if t.strong and not t.requires:
                continue
            cue = _CONDITION_CUES.get(t.requires, "armed_nouns")
            by_cue.setdefault(cue, []).append(t.words[0])
        for cue, words in by_cue.items():
            trig = _alternation(words, irregular)
            cond = _alternation([w for w in lexicon.cues[cue] if " " not in w], {})
            if trig is not None and cond is not None:
                self.conditional.append((trig, cond))

    def may_hold_event(self, text: str) -> bool:
        if self.context is not None and not self.context.search(text):
            return False
        if self.free is not None and self.free.search(text):
            return True
        return any(t.search(text) and c.search(text) for t, c in self.conditional)


@lru_cache(maxsize=1)
def default_screen() -> Screen:
    return Screen(default_lexicon())
