"""Issue #4, third round (protests, riots, strategic developments) and the classifier's code debts:
codebook rules checked on invented sentences (no dataset text)."""
from __future__ import annotations

import pytest

from classify_helpers import subtypes
from conflictlens.events.lexicon import Lexicon


# -- code debts -------------------------------------------------------------------------------------

def test_a_cue_list_may_include_another_by_name(tmp_path):
    # words two lists share are written once ("accident" is a mishap and an explosion's cause)
    cues = tmp_path / "cues.toml"
    cues.write_text('[a]\nshared = ["accident"]\nmishaps = ["@shared", "flood"]\n[b]\ncauses = ["@shared", "boiler"]\n')
    lex = Lexicon.load(cues_path=cues)
    assert lex.cues["mishaps"] == {"accident", "flood"}
    assert lex.cues["causes"] == {"accident", "boiler"}


@pytest.mark.parametrize("body, message", [
    ('x = ["@nowhere"]', "nowhere"),
    ('x = ["@y"]\ny = ["@x"]', "itself"),
])
def test_a_cue_list_including_an_unknown_or_itself_is_refused(tmp_path, body, message):
    cues = tmp_path / "cues.toml"
    cues.write_text("[a]\n" + body + "\n")
    with pytest.raises(ValueError, match=message):
        Lexicon.load(cues_path=cues)


def test_the_shipped_accident_words_are_both_mishaps_and_accidental_causes():
    from conflictlens.events.lexicon import default_lexicon
    cues = default_lexicon().cues
    assert {"accident", "accidental", "gas leak"} <= cues["mishap_cues"] & cues["accident_cues"]
    assert not any(w.startswith("@") for words in cues.values() for w in words)


def test_a_group_named_by_its_acronym_only_counts_when_acronyms_are_asked_for_even_on_the_first_call():
    # the first call used to read acronyms whatever it was asked (a local list shadowed the flag)
    from conflictlens.events import triggers
    triggers._group_name_patterns.cache_clear()
    assert not triggers._names_armed_group("Shares of ELN rose", acronyms=False)
    assert triggers._names_armed_group("Shares of ELN rose")
    assert triggers._names_armed_group("fighters of the National Liberation Army", acronyms=False)


@pytest.mark.parametrize("text", [
    "Several people were arrested after students held an unauthorised protest in Qarsa.",
    "Several people were arrested after the opposition staged a protest in Qarsa.",
])
def test_arrests_after_a_protest_told_with_no_force_are_arrests(text):
    # _broken_up: only force told in the protest's clause ("after police broke up the protest")
    # makes the arrests after it the protest's intervention (fails with _broken_up forced true)
    got = subtypes(text)
    assert got and got[0] == "Arrests", got
