"""Violence outside ACLED's taxonomy, coded on request (``--scope all-violence``).

Shootings, homicides, accidental shootings and kidnappings for ransom with no political
actor are not ACLED events, but crime monitors and newsrooms need them (issue #6 §4).
They are coded under an event type of our own, ``Other violence``, with sub-types
``Shooting``, ``Accidental shooting``, ``Homicide`` and ``Kidnapping``, from a lexicon of
their own (``data/events/other_violence.tsv``). The rest of the machinery is shared: the
trigger matcher, the factuality checks and the place, date, actor and death rules of
``events.extractor`` and ``events.rows``. The classifier here is consulted only for
sentences in which the political coder found nothing, so the default scope is unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table
from .classifier import Candidate
from .factuality import factuality
from .lexicon import Lexicon, Trigger, default_lexicon
from .triggers import TriggerMatch, find_triggers

EVENT_TYPE = "Other violence"
DISORDER_TYPE = "Other violence"
SUB_TYPES = ("Shooting", "Accidental shooting", "Homicide", "Kidnapping")
#: spec: sub-type priority when one sentence names several (a fatal shooting is a shooting)
_PRIORITY = {"Accidental shooting": 0, "Shooting": 1, "Kidnapping": 2, "Homicide": 3}
#: the tag every such row carries
TAG = "outside ACLED taxonomy"


class OtherViolenceLexicon:
    """Triggers (a Lexicon sharing the codebook's cues, so factuality reads the same
    negation, modality and background cues) plus the accident and weapon words."""

    def __init__(self, rows):
        triggers, self.accident, self.weapon = [], [], set()
        for r in rows:
            words = tuple(r["phrase"].lower().split())
            kind = r["strength"]
            if kind == "accident":
                self.accident.append(words)
            elif kind == "weapon":
                self.weapon.add(" ".join(words))
            else:
                if r["sub_event_type"] not in SUB_TYPES:
                    raise ValueError(f"other_violence.tsv: {r['phrase']!r}: unknown sub-type {r['sub_event_type']}")
                triggers.append(Trigger(words, EVENT_TYPE, r["sub_event_type"], kind == "strong",
                                        r.get("requires", "") or ""))
        base = default_lexicon()
        self.lexicon = Lexicon.__new__(Lexicon)
        self.lexicon.triggers = triggers
        self.lexicon.by_first = {}
        for t in sorted(triggers, key=lambda t: -len(t.words)):
            self.lexicon.by_first.setdefault(t.words[0], []).append(t)
        self.lexicon.cues, self.lexicon.cue_phrases = base.cues, base.cue_phrases
        forms = sorted({t.words[0] for t in triggers} | {"shot", "slain", "kidnapped", "stabbed", "murdered"},
                       key=len, reverse=True)
        self.screen = re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\-", "[- ]?") for f in forms) + r")",
                                 re.IGNORECASE)

    def may_hold_event(self, text: str) -> bool:
        return bool(self.screen.search(text))

    def _has_weapon(self, sent) -> bool:
        return any(t.lemma_.lower() in self.weapon or t.lower_ in self.weapon for t in sent)

    def _accidental(self, sent) -> bool:
        toks = [(t.lemma_.lower(), t.lower_) for t in sent]
        for words in self.accident:
            n = len(words)
            for i in range(len(toks) - n + 1):
                if all(w in toks[i + k] for k, w in enumerate(words)):
                    return True
        return False

    def classify(self, sent, place_token_ids=None, actor_mentions=()) -> list[Candidate]:
        """At most one ``Other violence`` candidate for a sentence."""
        kept: list[TriggerMatch] = []
        rejected: list[str] = []
        weapon = None
        for m in find_triggers(sent, self.lexicon):
            if m.trigger.requires == "weapon":
                weapon = self._has_weapon(sent) if weapon is None else weapon
                if not weapon:
                    continue
            reason = factuality(m, sent, self.lexicon)
            if reason:
                rejected.append(f"'{m.trigger.phrase}': {reason}")
                continue
            kept.append(m)
        strong = [m for m in kept if m.trigger.strong]
        use = strong or kept
        if not use:
            return []
        best = min(use, key=lambda m: _PRIORITY[m.trigger.sub_event_type])
        sub = best.trigger.sub_event_type
        if sub == "Shooting" and self._accidental(sent):
            sub = "Accidental shooting"
        words = ", ".join(f"'{m.trigger.phrase}'" for m in use)
        c = Candidate(EVENT_TYPE, sub, use,
                      f"violence with no political actor ({words}); outside ACLED's taxonomy",
                      strong=bool(strong))
        c.rejected = rejected
        return [c]


@lru_cache(maxsize=1)
def default_other_violence() -> OtherViolenceLexicon:
    return OtherViolenceLexicon(read_table("events", "other_violence.tsv"))


def classify_other_violence(sent, place_token_ids=None, actor_mentions=()) -> list[Candidate]:
    """An extra candidate source for ``events.extractor.extract_mentions``."""
    return default_other_violence().classify(sent, place_token_ids, actor_mentions)


def is_other_violence(event) -> bool:
    return getattr(event, "event_type", "") == EVENT_TYPE


def pick_actors(ranked, actors, place, on, country_name):
    """actor1: the named perpetrator when the report names one (a gang, a group in the
    actor dictionary), else ``Unidentified Armed Group (Country)``; actor2: the victims,
    ``Civilians (Country)`` unless the report names them."""
    armed = [a for a in ranked if a.inter in (1, 2, 3, 4, 8)]
    named = [a for a in armed if not a.name.startswith("Unidentified")]
    civilians = [a for a in ranked if a.inter == 7]
    cc = place.country_code
    a1 = named[0] if named else actors.generic_actor("unidentified", 3, cc, country_name, on)
    a2 = civilians[0] if civilians else actors.generic_actor("civilians", 7, cc, country_name, on)
    if a2 is not None and a1 is not None and a2.name == a1.name:
        a2 = actors.generic_actor("civilians", 7, cc, country_name, on)
    return a1, a2, [a for a in named[1:]], []
