"""A fight between the police and people named by their age ("angry teens") is a crowd's clash with
state forces, not a battle between armed groups (battle_cues._crowd_clash; data/events/cues.toml:
clash_crowds_by_age, "cop" among state_words)."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

PUBLISHED = date(2014, 5, 7)


def _types(pipeline, text: str) -> set:
    return {(e.event_type, e.sub_event_type) for e in coded(pipeline, text, PUBLISHED)}


def test_fights_between_cops_and_teens_are_no_battle(pipeline):
    text = ("Fights between cops and furious teens broke out in Detroit on Tuesday night after a vigil "
            "for a boy shot last week.\n")
    types = _types(pipeline, text)
    assert not any(t == "Battles" for t, _ in types), types
    assert any(t == "Riots" for t, _ in types), types


def test_fights_between_police_and_teenagers_are_no_battle(pipeline):
    text = "Fights between police and teenagers erupted in Detroit on Tuesday night.\n"
    types = _types(pipeline, text)
    assert not any(t == "Battles" for t, _ in types), types
    assert any(t == "Riots" for t, _ in types), types


def test_fights_between_soldiers_and_rebels_stay_a_battle(pipeline):
    text = "Fights between soldiers and rebels erupted near Goma on Tuesday.\n"
    assert ("Battles", "Armed clash") in _types(pipeline, text)
