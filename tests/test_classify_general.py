"""Issue #4, generalisation round: codebook rules stated as word families and syntax,
checked on invented sentences (no dataset text)."""
from __future__ import annotations

import pytest

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.events.classifier import classify_sentence
from conflictlens.events.lexicon import default_lexicon
from conflictlens.nlp import parse


def subtypes(text: str) -> list[str]:
    out = []
    for sent in parse(text).sents:
        actors = find_actor_mentions(sent, default_dictionary())
        out += [c.sub_event_type for c in classify_sentence(sent, default_lexicon(), set(), actors)]
    return out


@pytest.mark.parametrize("text", [
    # a battle noun used of a contest that is not armed
    "The mayor is locked in a legal battle with the opposition over the vote count in Velta.",
    "Police officers in Tolma have stepped up the fight against drug trafficking.",
    "Soldiers in Orvan joined the battle against the epidemic by disinfecting streets.",
    # "engage" names fighting only when armed forces are what is engaged
    "The army engaged in talks with community elders in Marsk on Tuesday.",
])
def test_figurative_fighting_is_no_battle(text):
    assert "Armed clash" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Heavy fighting against the rebels continued near Velta on Monday.",
    "Troops engaged the militants near Korvana for several hours.",
    "A fierce battle over the hilltop left six fighters dead near Qarsa.",
])
def test_armed_fighting_stays_a_battle(text):
    assert "Armed clash" in subtypes(text)


def test_an_event_had_without_is_negated():
    got = subtypes("Government troops withdrew from the town of Velta, handing it to local militias without a fight.")
    assert "Armed clash" not in got and "Non-violent transfer of territory" in got, got
