"""Victims told in a list (issue 6): a relative set off by commas in a list of the dead is one
more person ("Rita Quenby, her son, and the family dog were shot to death"), an animal in it
is none, and the object beside "himself" of a killing is a death told there, not someone
already counted ("killed the boy and himself"). Invented sentences and names."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import sentence_death_figures, total_deaths
from conflictlens.nlp.parser import parse


def _total(text: str) -> int:
    return total_deaths([f for s in parse(text).sents for f in sentence_death_figures(s)])


@pytest.mark.parametrize("text, expected", [
    ("Marla Quenby, her son, and the family dog were shot to death inside their home.", 2),
    ("Rita Quenby, her five-year-old son, and the family dog had been shot to death.", 2),
    ("Rita Quenby, her son and the family dog were shot to death on Friday.", 2),
    ("Tom Belker, his wife and their two children were killed.", 4),
    # no list: the noun after the name describes the one named
    ("Tom Belker, her husband, was killed.", 1),
    ("Ann Mole, mother and grandmother, was killed.", 1),
])
def test_a_relative_in_a_list_of_the_dead_is_another_person(text, expected):
    assert _total(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Then he drove to Brill, where he killed the boy and himself.", 2),
    ("Police say a father killed his ex-wife in Alverton, then drove their son to Brill where he "
     "killed the boy and himself.", 3),
])
def test_the_object_beside_himself_is_a_death_of_its_own(text, expected):
    assert _total(text) == expected


def test_the_victim_told_again_still_counts_once():
    # without "himself" in the list, "the boy" names the boy told of before
    assert _total("A boy was shot dead in Brill. The boy died at the scene.") == 1


def test_a_murder_suicide_report_counts_every_victim_end_to_end(violence_pipeline):
    text = ("Police said a father shot and killed his ex-wife in Alverton, Ohio, on Tuesday, then drove "
            "their son to Brill, where he killed the boy and himself.\n")
    assert sum(coded_fatalities(violence_pipeline, text)) == 3
