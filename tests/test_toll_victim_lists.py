"""Victims told in a list (issue 6): a relative set off by commas in a list of the dead is one
more person ("Rita Quenby, her daughter, and their cat were killed"), an animal in it
is none, and the object beside "himself" of a killing is a death told there, not someone
already counted ("murdered the girl and himself"). Invented sentences and names."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import sentence_death_figures, total_deaths
from conflictlens.nlp.parser import parse


def _total(text: str) -> int:
    return total_deaths([f for s in parse(text).sents for f in sentence_death_figures(s)])


@pytest.mark.parametrize("text, expected", [
    ("Marla Quenby, her son, and their parrot were killed inside their home.", 2),
    ("Rita Quenby, her nine-year-old daughter, and a neighbor's cat had been killed.", 2),
    ("Rita Quenby, her daughter and their cat were stabbed to death on Friday.", 2),
    ("Tom Belker, his wife and their two children were killed.", 4),
    # no list: the noun after the name describes the one named
    ("Tom Belker, her husband, was killed.", 1),
    ("Ann Mole, her mother, and a neighbor were shot dead on Friday.", 3),
    ("Ann Mole, mother and grandmother, was killed.", 1),
])
def test_a_relative_in_a_list_of_the_dead_is_another_person(text, expected):
    assert _total(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At the quarry in Brill he murdered the girl and himself.", 2),
    ("Deputies said a farmer murdered his ex-wife near Alverton, then took their daughter to a quarry "
     "in Brill and murdered the girl and himself.", 3),
])
def test_the_object_beside_himself_is_a_death_of_its_own(text, expected):
    assert _total(text) == expected


def test_the_victim_told_again_still_counts_once():
    # without "himself" in the list, "the girl" names the girl told of before
    assert _total("A girl was stabbed to death near Brill on Friday. The girl later died in hospital.") == 1


def test_a_murder_suicide_report_counts_every_victim_end_to_end(violence_pipeline):
    text = ("Deputies said a farmer murdered his ex-wife near Alverton, Ohio, on Tuesday, then took their "
            "daughter to a quarry in Brill and murdered the girl and himself.\n")
    assert sum(coded_fatalities(violence_pipeline, text)) == 3


@pytest.mark.parametrize("text, expected", [
    ("Police found Jo Marr dead in the kitchen.", 1),
    ("Officers found a woman and her son dead inside the home.", 2),
    ("Officers found a woman and her son shot to death inside the home.", 2),
    ("Police found his two brothers shot to death.", 2),
    # a noun for two people counts two
    ("Deputies found his parents shot to death.", 2),
    ("The twins were stabbed to death.", 2),
    # found, but not dead
    ("Police found the gun in a drawer.", 0),
    ("Officers found Jo Marr shot in the leg.", 0),
])
def test_the_people_found_dead_are_counted(text, expected):
    assert _total(text) == expected


def test_a_person_found_dead_told_again_counts_once():
    assert _total("Police found the man dead in his car.") == 1
    assert _total("A man was stabbed to death near Brill. Police found the man dead in his car.") == 1


@pytest.mark.parametrize("text, expected", [
    # the tagger reads a bare first name of such a list as a place or a body: each is one victim
    ("Brynn, Otto and Cal Delacroix were killed in the fire.", 3),
    ("Ivo, Tam and Lise Brandt were stabbed to death at the farm near Brill.", 3),
    # a list of places names no one
    ("Paris, London and Berlin mourned the victims killed in the attack.", 0),
])
def test_a_bare_first_name_in_a_list_of_names_is_a_victim(text, expected):
    assert _total(text) == expected
