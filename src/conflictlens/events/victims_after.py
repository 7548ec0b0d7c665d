"""The victims told in the sentence after an attack set its target and its type.

"Guerrillas attacked a bus. Three policemen died.": the attack's own sentence names no one it
hit (a vehicle, a village, nothing), so the typing of its sentence alone presumed unarmed
victims or a fight over a place. The dead told next are who was hit: state forces make it a
battle with them as the second side (spec §2.1: armed men attacked are a battle), only
unarmed people an attack on civilians (spec §2.5) when no second armed side is named.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .parties import _target_heads, _target_kind, _target_tokens

#: what each kind of dead turns an attack told with no victims into
_BATTLE = ("Battles", "Armed clash")
_ATTACK = ("Violence against civilians", "Attack")


def _names_people(heads, actor_mentions, lexicon: Lexicon) -> bool:
    """A target head names people (a person, an armed party, a role), not a thing or a place."""
    people = lexicon.union("armed_nouns", "person_nouns", "prisoner_nouns", "victim_nouns")
    actor_heads = {a.head_i for a in actor_mentions if not a.owned}
    return any(h.ent_type_ == "PERSON" or h.i in actor_heads or h.pos_ == "PRON"
               or {h.lemma_.lower(), h.lower_} & people for h in heads)


def _side(inter: int) -> str:
    return "state" if inter in (1, 8) else "non-state" if inter in (2, 3, 4) else ""


def _dead_of(figures, actor_mentions, doc, lexicon: Lexicon) -> tuple[str, list]:
    """'state' when every figure counts state forces (the actor mentions inside it), 'civilian' when
    every one counts unarmed people (civilians' mentions, else their nouns), else ''; with the state
    forces' mentions."""
    forces, unarmed = [], 0
    civilians = lexicon.union("victim_nouns", "person_nouns")
    armed = lexicon.cues["armed_nouns"]
    for f in figures:
        inside = [a for a in actor_mentions if not a.speaker and not a.owned and f.start <= a.start < f.end]
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        words = {w for t in (span or ()) for w in (t.lemma_.lower(), t.lower_)}
        if inside and all(_side(a.inter) == "state" for a in inside):
            forces += inside
        elif all(a.inter == 7 for a in inside) and (inside or words & civilians) and not words & armed:
            unarmed += 1
        else:
            return "", []
    if forces and not unarmed:
        return "state", forces
    if unarmed and not forces:
        return "civilian", []
    return "", []


def victims_told_after(mentions, told_apart, doc, lexicon: Lexicon, death_actors: dict) -> None:
    """Retype a one-sided attack whose sentence names no victims and no harm by the dead the next
    sentence of its paragraph tells (a sentence with no event of its own, ``told_apart``):
    state forces make it a battle (or a clash with no state side named) and join it as its
    second side; unarmed people make a clash fought by one named armed side an attack on
    civilians.

    ``death_actors``: the actor mentions of each such sentence, by sentence index."""
    sents = list(doc.sents)
    by_sentence = {}
    for m in mentions:
        by_sentence.setdefault(m.sent_index, []).append(m)
    for s_index, paragraph, figures in told_apart:
        told = by_sentence.get(s_index - 1, [])
        if len(told) != 1 or told[0].paragraph != paragraph or any(f.headline for f in figures):
            continue
        m = told[0]
        cand = m.candidate
        if cand.strong or cand.harm or cand.background or m.date_source == "reference":
            continue
        sent = sents[m.sent_index]
        # (its own sentence names whom it hit: an armed party or a military post, or people)
        if _target_kind(cand.triggers, sent, lexicon, m.actors) == "armed" or _names_people(
                _target_heads(_target_tokens(cand.triggers, sent)), m.actors, lexicon):
            continue
        dead, forces = _dead_of(figures, death_actors.get(s_index, []), doc, lexicon)
        own_sides = {_side(x.inter) for x in m.actors if not x.speaker} - {""}
        if dead == "state" and (cand.event_type, cand.sub_event_type) in (_ATTACK, _BATTLE) \
                and "state" not in own_sides:
            if (cand.event_type, cand.sub_event_type) == _ATTACK:
                cand.event_type, cand.sub_event_type = _BATTLE
                cand.explanation += "; the dead told next are state forces: a battle"
            else:
                cand.explanation += "; the dead told next are state forces: its second side"
            m.actors = [*m.actors, *forces]
            m.target_actors = [*m.target_actors, *forces]
        elif dead == "civilian" and (cand.event_type, cand.sub_event_type) == _BATTLE and cand.armed_sides < 2 \
                and not m.pair_actors:
            cand.event_type, cand.sub_event_type = _ATTACK
            cand.explanation += "; the dead told next are unarmed people: an attack on civilians"
