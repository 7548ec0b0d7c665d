"""Tolls of murder-suicides and of family words (issue 6). Invented sentences and places."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import find_death_figures, total_deaths


def _toll(sentence: str) -> int:
    return total_deaths(find_death_figures(sentence))


@pytest.mark.parametrize("sentence", [
    "Police said the father of three was killed in a shooting in Dayton on Tuesday.",
    "A mother of four was shot dead in Dayton on Tuesday.",
])
def test_a_number_after_mother_of_counts_her_family_not_the_dead(violence_pipeline, sentence):
    assert coded_fatalities(violence_pipeline, sentence) == [1]


def test_killing_a_number_then_himself_adds_the_killer():
    assert _toll("A farmer opened fire on his relatives, killing 3, then killed himself.") == 4


def test_fatally_shooting_himself_after_killing_is_the_killer(violence_pipeline):
    text = "Arlo Venkman shot and killed his son in Dayton on Tuesday before fatally shooting himself."
    assert coded_fatalities(violence_pipeline, text) == [2]


def test_kills_himself_and_a_number_counts_both():
    assert _toll("Gunman kills himself, 2 others at Oakdale warehouse") == 3


def test_a_body_telling_only_the_shooters_death_keeps_the_headline_toll(violence_pipeline):
    text = ("Father, two children dead at Oakdale farmhouse\n\n"
            "Police said Arlo Venkman shot his children at the family's farmhouse in Oakdale on Tuesday before "
            "turning the gun on himself.\n")
    assert coded_fatalities(violence_pipeline, text) == [3]


def test_a_noun_for_two_people_counts_two():
    assert _toll("Oakdale parents and 2 daughters found dead") == 4
    assert _toll("Her parents said she was killed on Friday.") == 0


def test_names_after_a_number_tell_who_the_dead_were(violence_pipeline):
    text = "Two men were shot dead in Dayton on Tuesday. Arlo Venkman and Bo Tarrant died at the scene."
    assert coded_fatalities(violence_pipeline, text) == [2]


def test_a_number_of_other_dead_adds_to_a_name(violence_pipeline):
    text = "Arlo Venkman was shot dead in Dayton on Tuesday. Two other men also died."
    assert coded_fatalities(violence_pipeline, text) == [3]


def test_committed_suicide_after_a_killing_is_the_killer(violence_pipeline):
    text = "Arlo Venkman shot his brother to death in Dayton on Tuesday and then committed suicide, police said."
    assert coded_fatalities(violence_pipeline, text) == [2]


@pytest.mark.parametrize("sentence, toll", [
    ("One of the three victims died.", 1),
    ("Two of the four men were killed.", 2),
    ("The gunman himself was one of the two who died when officers returned fire.", 2),
    ("Several people were shot, two fatally.", 2),
    ("A boy of nine fatally shot himself in a barn on Saturday.", 1),
    ("A woman hurt in the Sept. 3 ambush died of her wounds early Saturday.", 0),
])
def test_a_number_of_a_number_a_day_and_fatally(sentence, toll):
    assert _toll(sentence) == toll


def test_a_pair_the_doer_belongs_to_already_holds_his_death(violence_pipeline):
    text = ("Arlo Venkman shot his wife in Dayton on Sunday and then killed himself. "
            "The couple were found dead by relatives.")
    assert coded_fatalities(violence_pipeline, text) == [2]


def test_a_pair_the_doer_killed_leaves_his_death_to_add(violence_pipeline):
    text = "On Sunday Arlo Venkman murdered his parents in a Dayton farmhouse, then killed himself, police said."
    assert coded_fatalities(violence_pipeline, text) == [3]
