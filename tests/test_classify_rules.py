"""The codebook rules added for issue #4: who takes a place, weapons seized, accidents,
protesters clashing with police, attacks on civilian places. Invented sentences."""
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


@pytest.mark.parametrize("text, expected", [
    ("Army troops recaptured the village of Korvana from the rebels on Monday.", "Government regains territory"),
    ("Rebel fighters recaptured the village of Korvana from the army on Monday.",
     "Non-state actor overtakes territory"),
    ("Soldiers withdrew from the border crossing at Velta, allowing militants to seize it without resistance.",
     "Non-violent transfer of territory"),
    ("Police seized two pistols, a hand grenade and 300 rounds of ammunition in Orvan.", "Disrupted weapons use"),
    ("The army has set up two new military bases near Qarsa.", "Headquarters or base established"),
    ("Warplanes hit a fuel depot outside Delmora.", "Air/drone strike"),
    ("Rebels fired shells stuffed with poisonous gas at the Marsk neighbourhood.", "Chemical weapon"),
    ("Protesters clashed with police in Orvan and threw stones at officers.", "Violent demonstration"),
    ("Police brutally beat and injured students at a peaceful demonstration in Orvan.",
     "Excessive force against protesters"),
    ("Gunmen attacked a packed mosque in Tolma, wounding 20 worshippers.", "Attack"),
    ("Two suicide bombers targeted a funeral in Velta.", "Suicide bomb"),
    ("Six people were wounded in a grenade attack on a bar in Qarsa.", "Grenade"),
])
def test_codebook_rules(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    "A huge explosion at a fireworks warehouse in Velta killed 12 workers.",
    "Inspectors visited a chemical weapons facility near Marsk.",
])
def test_not_political_violence(text):
    assert subtypes(text) == []
