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

#: trigger condition -> the cue list one of whose words must be in the text for it to hold.
#: Conditions that a named place can satisfy without any cue word ("stormed Kabul",
#: "took Aleppo": a GPE/LOC/FAC entity or a gazetteer match) and conditions that are
#: negative ("no aircraft named") have no cue: their triggers are screened like free ones.
_CONDITION_CUES = {
    "armed_subject": "armed_nouns", "protest_subject": "protest_nouns", "aircraft": "aircraft_nouns",
    "weapon_object": "weapon_nouns", "security_object": "security_objects", "prisoner_subject": "prisoner_nouns",
    "crowd": "crowd_nouns", "base_object": "base_nouns",
}
#: conditions with no positive cue word (see above)
_NO_CUE = frozenset({"place_object", "territory_object", "no_aircraft"})


def _stem_pattern(word: str, irregular: dict[str, list[str]]) -> list[str]:
    forms = [word] + irregular.get(word, [])
    out = []
    for f in forms:
        stem = f[:-1] if f.endswith("e") and len(f) > 4 else f
        out.append(re.escape(stem).replace(r"\-", "[- ]?").replace(r"\ ", " ").replace(" ", r"\s+") + r"\w*")
    return out


#: between the words of a trigger phrase: a separator and up to two modifiers ("took full control")
_GAP = r"\W+(?:\w+\W+){0,2}"


def _phrase_pattern(phrase: str, irregular: dict[str, list[str]]) -> list[str]:
    """The word forms of a whole trigger phrase ("in exchange for", "take to the street"):
    a phrase's first word alone ("in", "take") is far too common to screen with."""
    parts = ["(?:" + "|".join(_stem_pattern(w, irregular)) + ")" for w in phrase.split()]
    return [_GAP.join(parts)]


def _alternation(words, irregular) -> re.Pattern | None:
    pats = sorted({p for w in words for p in (_phrase_pattern(w, irregular) if " " in w
                                                else _stem_pattern(w, irregular))}, key=len, reverse=True)
    if not pats:
        return None
    return re.compile(r"\b(?:" + "|".join(pats) + r")", re.IGNORECASE)


class Screen:
    def __init__(self, lexicon: Lexicon):
        irregular: dict[str, list[str]] = {}
        for entry in lexicon.cues.get("irregular_forms", ()):
            lemma, *forms = entry.split()
            irregular[lemma] = forms
        # weak triggers fire when an armed actor is present, which may be a bare name
        # ("the Taliban killed ...") that no cue list holds: screen them as free as well
        free = [t.phrase for t in lexicon.triggers
                if not t.strong or not t.requires or t.requires in _NO_CUE]
        self.free = _alternation(free, irregular)
        # party and victim words (kept for callers; no longer a gate, see may_hold_event)
        self.context = _alternation([w for w in lexicon.cues.get("screen_context", ()) if " " not in w], irregular)
        self.conditional: list[tuple[re.Pattern, re.Pattern]] = []
        by_cue: dict[str, list[str]] = {}
        for t in lexicon.triggers:
            if not t.strong or not t.requires or t.requires in _NO_CUE:
                continue
            if t.requires not in _CONDITION_CUES:
                raise ValueError(f"screen: no cue list for trigger condition {t.requires!r}")
            cue = _CONDITION_CUES[t.requires]
            by_cue.setdefault(cue, []).append(t.phrase)
        for cue, words in by_cue.items():
            trig = _alternation(words, irregular)
            cond = _alternation(lexicon.cues[cue], {})  # phrases too ("air force")
            if trig is not None and cond is not None:
                self.conditional.append((trig, cond))

    def may_hold_event(self, text: str) -> bool:
        # A trigger that needs no cue word can fire in any report (a strong trigger such as
        # "agreement" or "handover" names its event without a party word; a weak one fires
        # with an actor known only by name): the context words are no gate for it, or the
        # screen would drop reports the classifier accepts. A conditional trigger needs a
        # word of its condition's cue list.
        if self.free is not None and self.free.search(text):
            return True
        return any(t.search(text) and c.search(text) for t, c in self.conditional)


@lru_cache(maxsize=1)
def default_screen() -> Screen:
    return Screen(default_lexicon())
