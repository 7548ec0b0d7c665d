"""What the sentence classifier makes of a text: shared by the classification tests."""
from __future__ import annotations

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.events.classifier import classify_sentence
from conflictlens.events.lexicon import default_lexicon
from conflictlens.nlp import parse


def candidates(text: str) -> list:
    """Every candidate event of every sentence, in order."""
    out = []
    for sent in parse(text).sents:
        actors = find_actor_mentions(sent, default_dictionary())
        out += classify_sentence(sent, default_lexicon(), set(), actors)
    return out


def subtypes(text: str) -> list[str]:
    """The sub-event types of every candidate of every sentence, in order."""
    return [c.sub_event_type for c in candidates(text)]
