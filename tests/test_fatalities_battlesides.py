"""Tolls of a battle told in several sentences or lists (branch battlesides): a number word opening a
sentence stays with the noun it counts; the dead "of" a body; a second victim the parse hangs on the
verb; an age standing for a person. Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _toll(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e.fatalities


def test_a_second_sentences_toll_of_the_other_side_is_added(pipeline):
    assert _toll(pipeline, "Four soldiers of the internationally recognised government died in fighting with "
                           "Houthi rebels in Taiz province on Sunday. Eight Houthis also died, a military "
                           "official said.") == 12


def test_members_of_a_force_left_dead_are_counted(pipeline):
    assert _toll(pipeline, "Fighting broke out between gunmen and police in Bannu on Sunday, leaving five members "
                           "of the security forces dead.") == 5


def test_a_second_victim_hung_on_the_verb_is_counted(pipeline):
    assert _toll(pipeline, "Gunmen raided a farm near Kaya, Burkina Faso, on Friday, killing a herder and his "
                           "brother, the regional governor said.") == 2


def test_an_age_standing_for_a_person_is_counted(pipeline):
    assert _toll(pipeline, "Bandits on motorbikes struck a farm near Kaya, Burkina Faso, late on Friday and killed "
                           "a 14-year-old and his grandfather.") == 2
