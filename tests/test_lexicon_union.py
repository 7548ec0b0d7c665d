"""Lexicon.union: cue lists joined once per lexicon, for the checks run on every sentence."""
from conflictlens.events.lexicon import Lexicon, Trigger


def _lexicon():
    cues = {"a": {"x": ["troop", "gunman"], "y": ["crowd"], "z": ["gunman"]}}
    return Lexicon([Trigger(("clash",), "Battles", "Armed clash", True, "")], cues)


def test_union_joins_lists_and_is_built_once():
    lex = _lexicon()
    both = lex.union("x", "y")
    assert both == {"troop", "gunman", "crowd"}
    assert lex.union("x", "y") is both


def test_union_leaves_out_the_minus_lists():
    lex = _lexicon()
    assert lex.union("x", "y", minus=("z",)) == {"troop", "crowd"}
    assert lex.union("x") == {"troop", "gunman"}  # another key: not the one with the minus
