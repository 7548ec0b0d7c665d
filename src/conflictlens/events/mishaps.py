"""Harm and damage with no one's violence behind it: disasters, fires, self-harm.

The codebook records political violence only; a fire, a flood or a self-immolation told with
violent words is no event, and the measures taken against a disaster are no security measures.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .parties import _doers
from .triggers import TriggerMatch, governing_verb, sentence_has


def _disaster_told(sent, lexicon: Lexicon) -> bool:
    """The sentence names a disaster, a mishap or an epidemic."""
    return any(sentence_has(sent, lexicon, c) for c in ("mishap_cues", "epidemic_cues", "accident_cues"))


def _disaster_told_before(sent, lexicon: Lexicon) -> bool:
    """The sentence before tells a disaster and no violence: the measures told next ("Wildfires burnt
    the hills. The government deployed troops.") answer it, as news tells a cause before its response."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    if "\n\n" in sent.doc.text[before.start_char:sent.start_char]:
        return False  # a new paragraph starts a new story
    return _disaster_told(before, lexicon) and not any(
        sentence_has(before, lexicon, c) for c in ("armed_nouns", "attack_words", "weapon_nouns"))


def _done_to_oneself(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """What the trigger's verb acts on is its doer ("a man set himself on fire"): a self-immolation,
    an individual act (codebook §2.2), and no property destroyed."""
    verb = governing_verb(match.head(doc))
    if verb is None:
        return False
    span = range(match.start_i, match.end_i)
    return any(t.lower_ in lexicon.cues["reflexive_pronouns"] for t in verb.subtree
               if t.i in span or t.head.i == verb.i or t.head.i in span)


def _natural_agent(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The doer of a destruction is a fire or a natural force ("a fire destroyed 30 houses")."""
    verb = governing_verb(match.head(doc))
    doers = _doers(verb)
    doers += [g for c in (verb.children if verb is not None else []) if c.dep_ == "agent" for g in c.children]
    agents = lexicon.union("natural_agents", "mishap_cues")
    return bool(doers) and all({t.lemma_.lower(), t.lower_} & agents for t in doers)


def _burned_by_itself(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """A building told as burning, with no doer ("the dairy building burns down", "the warehouse
    burned"): a fire whose cause is not told, no destruction by anyone."""
    verb = governing_verb(match.head(doc))
    if verb is None or verb.lemma_.lower() != "burn" or any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return False
    doers = _doers(verb)
    return bool(doers) and all(t.lemma_.lower() in lexicon.cues["property_nouns"] for t in doers)
