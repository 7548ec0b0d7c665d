"""Sentence-level typing: triggers, factuality and the codebook's priority rules.

Invented names on purpose: the point is the rule, not a memorised report.
"""
from __future__ import annotations

import pytest

from conflictlens.actors import default_dictionary, find_actor_mentions
from conflictlens.events.classifier import classify_sentence
from conflictlens.events.lexicon import Lexicon, default_lexicon, disorder_type, priority
from conflictlens.nlp import parse


def labels(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    out = []
    for sent in doc.sents:
        actors = find_actor_mentions(sent, default_dictionary())
        out += [(c.event_type, c.sub_event_type) for c in classify_sentence(sent, default_lexicon(), set(), actors)]
    return out


@pytest.mark.parametrize("text, expected", [
    ("Rebels and army troops clashed near the village of Korvana on Monday.", ("Battles", "Armed clash")),
    ("Warplanes carried out air strikes on rebel positions outside Delmora.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("A roadside bomb exploded next to a bus on the Velta road.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A suicide bomber blew himself up at a checkpoint in Marsk.", ("Explosions/Remote violence", "Suicide bomb")),
    ("Gunmen kidnapped 12 villagers in Tolma overnight.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Hundreds of protesters marched peacefully through Orvan against rising fuel prices.",
     ("Protests", "Peaceful protest")),
    ("Police fired tear gas to disperse protesters in Orvan.", ("Protests", "Protest with intervention")),
    ("Rioters set fire to cars and threw stones at police in Orvan.", ("Riots", "Violent demonstration")),
    ("The two sides signed a ceasefire agreement in Qarsa on Sunday.", ("Strategic developments", "Agreement")),
    ("Police arrested the opposition leader at his home in Qarsa.", ("Strategic developments", "Arrests")),
    ("Troops were deployed along the highway to Qarsa.", ("Strategic developments", "Change to group/activity")),
])
def test_sentence_types(text, expected):
    assert expected in labels(text)


def test_air_strike_inside_battle_is_battle():
    """Spec §2: an air strike during a ground battle makes the row a Battle."""
    got = labels("Militants clashed with soldiers in Korvana while jets carried out air strikes on their positions.")
    assert ("Battles", "Armed clash") in got
    assert not any(t == "Explosions/Remote violence" for t, _ in got)


@pytest.mark.parametrize("text", [
    "The rebels threatened to attack the town of Korvana.",
    "Militants will not be able to cross the border.",
    "The group denied carrying out the bombing in Velta.",
    "There were no clashes in Korvana on Monday.",
    "Shares of the bank rose sharply after the merger was announced.",
    "The storm closed schools across the province.",
])
def test_no_event(text):
    assert labels(text) == []


def test_background_reference_is_not_an_event():
    got = labels("Security was tightened in the aftermath of the prison break in Velta.")
    assert ("Strategic developments", "Other") not in got


def test_priority_order_follows_the_spec():
    assert priority("Battles", "Armed clash") < priority("Explosions/Remote violence", "Air/drone strike")
    assert priority("Battles", "Government regains territory") < priority("Battles", "Armed clash")
    assert priority("Violence against civilians", "Attack") < priority(
        "Violence against civilians", "Abduction/forced disappearance")


def test_disorder_types():
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


def test_lexicon_rejects_unknown_types(tmp_path):
    bad = tmp_path / "triggers.tsv"
    bad.write_text("phrase\tevent_type\tsub_event_type\tstrength\trequires\nzap\tBattles\tZapping\tstrong\t\n")
    with pytest.raises(ValueError, match="Zapping"):
        Lexicon.load(bad)


def test_lexicon_rejects_a_cue_list_named_in_two_sections(tmp_path):
    cues = tmp_path / "cues.toml"
    cues.write_text('[factuality]\nhome_nouns = ["house"]\n[conditions]\nhome_nouns = ["farm"]\nother = ["x"]\n')
    with pytest.raises(ValueError, match="home_nouns"):
        Lexicon.load(cues_path=cues)


def test_lexicon_loads_distinct_cue_lists_from_sections(tmp_path):
    cues = tmp_path / "cues.toml"
    cues.write_text('[factuality]\nhome_nouns = ["house"]\n[conditions]\nother = ["x"]\n')
    assert Lexicon.load(cues_path=cues).cues["home_nouns"] == {"house"}


def test_screen_passes_conflict_and_skips_business():
    from conflictlens.events.screen import default_screen
    screen = default_screen()
    assert screen.may_hold_event("Gunmen kidnapped 12 villagers overnight.")
    assert screen.may_hold_event("Troops fought militants near the town.")
    assert not screen.may_hold_event("The central bank left interest rates unchanged and shares closed higher.")
