"""Sentence-level event typing: from the triggers of one sentence to typed candidates.

The codebook's priority rules are applied here (spec §2): an explosion inside a
ground battle is part of the battle; arrests and beatings at a protest make it a
protest with intervention; deaths among protesters make it excessive force. Each
candidate carries a one-line explanation of what decided its type.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .factuality import factuality
from .lexicon import Lexicon, priority
from .triggers import TriggerMatch, condition_holds, find_triggers, sentence_has


@dataclass
class Candidate:
    event_type: str
    sub_event_type: str
    triggers: list[TriggerMatch]
    explanation: str
    strong: bool = True
    rejected: list[str] = field(default_factory=list)

    @property
    def trigger_span(self) -> tuple[int, int]:
        return min(t.start_i for t in self.triggers), max(t.end_i for t in self.triggers)


def _best(matches: list[TriggerMatch]) -> TriggerMatch:
    return min(matches, key=lambda m: priority(m.trigger.event_type, m.trigger.sub_event_type))


def _words(matches) -> str:
    return ", ".join(f"'{m.trigger.phrase}'" for m in matches)


def classify_sentence(sent, lexicon: Lexicon, place_token_ids: set[int], actor_mentions) -> list[Candidate]:
    """Typed event candidates of one sentence (possibly none)."""
    kept: list[TriggerMatch] = []
    rejected: list[str] = []
    for found in find_triggers(sent, lexicon):
        reason = factuality(found, sent, lexicon)
        if reason:
            rejected.append(f"'{found.trigger.phrase}': {reason}")
            continue
        # the first reading whose condition holds ("march" by protesters or by troops)
        for trig in (found.trigger, *found.alternatives):
            m = TriggerMatch(trig, found.start_i, found.end_i)
            if condition_holds(m, sent, lexicon, place_token_ids):
                kept.append(m)
                break
    if not kept:
        return []
    by_type: dict[str, list[TriggerMatch]] = {}
    for m in kept:
        if m.trigger.strong:
            by_type.setdefault(m.trigger.event_type, []).append(m)
    out: list[Candidate] = []
    armed_present = any(a.inter in (1, 2, 3, 4, 8) for a in actor_mentions) or sentence_has(sent, lexicon, "armed_nouns")

    demo = by_type.get("Protests", []) + by_type.get("Riots", [])
    if demo:
        riot = by_type.get("Riots", [])
        if riot:
            best = _best(riot)
            out.append(Candidate("Riots", best.trigger.sub_event_type, demo,
                                 f"riot trigger {_words(riot)}: demonstrators or a mob used violence"))
        elif sentence_has(sent, lexicon, "riot_cues") and sentence_has(sent, lexicon, "crowd_nouns") and not armed_present:
            out.append(Candidate("Riots", "Violent demonstration", demo,
                                 f"protest {_words(demo)} with violence by demonstrators"))
        elif sentence_has(sent, lexicon, "lethal_cues"):
            out.append(Candidate("Protests", "Excessive force against protesters", demo,
                                 f"protest {_words(demo)} met with lethal force"))
        elif sentence_has(sent, lexicon, "intervention_cues"):
            out.append(Candidate("Protests", "Protest with intervention", demo,
                                 f"protest {_words(demo)} broken up or arrests made"))
        else:
            out.append(Candidate("Protests", "Peaceful protest", demo, f"protest trigger {_words(demo)}"))
    battle = by_type.get("Battles", [])
    explosion = by_type.get("Explosions/Remote violence", [])
    one_sided = {"storm", "raid", "attack", "assault", "offensive", "ambush"}
    armed_names = {a.text.lower() for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker}
    if battle and all(m.trigger.phrase in one_sided for m in battle) and len(armed_names) < 2 and (
            by_type.get("Violence against civilians") or sentence_has(sent, lexicon, "civilian_nouns")):
        # "gunmen stormed the village and kidnapped villagers": nobody fought back
        battle = []
    if battle:
        best = _best(battle)
        why = f"fighting between armed groups ({_words(battle)})"
        if explosion:
            why += f"; {_words(explosion)} in the same fight is folded into the battle (spec §2.4)"
        out.append(Candidate("Battles", best.trigger.sub_event_type, battle + explosion, why))
    elif explosion and not demo:
        best = _best(explosion)
        out.append(Candidate("Explosions/Remote violence", best.trigger.sub_event_type, explosion,
                             f"one-sided explosive or ranged attack ({_words(explosion)})"))
    vac = by_type.get("Violence against civilians", [])
    if vac and not demo:
        best = _best(vac)
        out.append(Candidate("Violence against civilians", best.trigger.sub_event_type, vac,
                             f"harm to unarmed people ({_words(vac)})"))
    for sub in dict.fromkeys(m.trigger.sub_event_type for m in by_type.get("Strategic developments", [])):
        ms = [m for m in by_type["Strategic developments"] if m.trigger.sub_event_type == sub]
        if demo and sub == "Arrests":
            continue  # arrests at a protest are its intervention
        out.append(Candidate("Strategic developments", sub, ms, f"strategic development ({_words(ms)})"))
    if not out:
        weak = [m for m in kept if not m.trigger.strong]
        if weak and armed_present:
            victims_civilian = sentence_has(sent, lexicon, "civilian_nouns") or any(
                a.role == "civilians" for a in actor_mentions)
            armed_targets = [a for a in actor_mentions if a.inter in (1, 2, 3, 4, 8)]
            if victims_civilian and len({a.text.lower() for a in armed_targets}) <= 1:
                out.append(Candidate("Violence against civilians", "Attack", weak,
                                     f"{_words(weak)} against civilians by an armed actor", strong=False))
            elif any(m.trigger.event_type == "Battles" for m in weak) or len(armed_targets) >= 2 or sentence_has(
                    sent, lexicon, "place_nouns"):
                out.append(Candidate("Battles", "Armed clash", weak,
                                     f"{_words(weak)} between armed actors", strong=False))
    for c in out:
        c.rejected = rejected
    return out
