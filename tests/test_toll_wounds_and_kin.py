"""Tolls of crime reports (issue 6): a wound called fatal is a death, a number after "both" is
an age, a named relative who died later joins the violence, a headline read as a recalled
incident still tells the lead's toll, and names told after nouns name the same dead.
Invented text, invented people."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import find_death_figures, sentence_death_figures


def sent_total(nlp, text):
    return sum(f.count for s in nlp(text).sents for f in sentence_death_figures(s))


@pytest.mark.parametrize("text", [
    "The victims, both 19, died at the scene.",
    "Police said the cousins, both 17, were killed.",
])
def test_a_number_after_both_is_an_age(text):
    assert [f.count for f in find_death_figures(text)] == []


def test_both_with_an_age_counts_two_people(nlp):
    assert sent_total(nlp, "Police said the cousins, both 17, were killed.") == 2


@pytest.mark.parametrize("text, expected", [
    ("Two teens, both 16, were shot dead in Dayton, Ohio, on Friday.\n", [2]),
    ("The victims, both 19, died after a shooting in Dayton, Ohio, on Friday.\n", [2]),
    ("Two men, both 20, were shot on Elm Street in Dayton, Ohio, on Friday night, police said.\n", [0]),
])
def test_the_age_after_both_is_no_toll(violence_pipeline, text, expected):
    assert coded_fatalities(violence_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A clerk was fatally wounded in Dayton on Friday.", 1),
    ("Medics reached Ida Kessler, who was suffering a fatal knife wound.", 1),
    ("Arlo Venkman suffered a mortal wound in the fight.", 1),
    ("The falling beam inflicted a mortal wound on the guard.", 1),
    ("The rifle went off, fatally wounding the younger cousin.", 1),
    # a wound not called fatal, or a fatal one that did not happen, is no death
    ("A clerk was wounded in Dayton on Friday.", 0),
    ("Tobin Marsh could have suffered a fatal wound.", 0),
])
def test_a_wound_called_fatal_is_a_death(nlp, text, expected):
    assert sent_total(nlp, text) == expected


def test_a_number_fatally_wounded_is_a_toll():
    assert [f.count for f in find_death_figures("Three men were fatally wounded outside the bar.")] == [3]


def test_an_apposed_noun_with_its_own_verb_is_not_listed_dead(nlp):
    text = "5-year-old girl killed, grandmother injured as shots hit Xenia trailer\n\n"
    assert sent_total(nlp, text) == 1


def test_a_name_told_after_nouns_killed_one_by_one_is_one_of_them(violence_pipeline):
    text = ("Troopers say a rancher shot and killed his fiancee and fatally wounded their son near Xenia, "
            "Ohio, on Friday before taking his own life.\n\n"
            "Troopers later found Ada Quill dead beside a barn on the ranch.\n")
    assert coded_fatalities(violence_pipeline, text)[0] == 3


def test_a_headline_read_as_a_recalled_incident_tells_the_lead_toll(violence_pipeline):
    text = ("13-year-old Alverton boy dies after accidental shooting at home\n\n"
            "A friend accidentally shot Tobin Marsh while they cleaned a rifle on Sunday in Alverton, Ohio.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]


KIN = ("Gunmen shot Arlo Venkman, 30, outside a bar in Dayton, Ohio, on Friday night, police said. "
       "He was treated at the scene.\n\n"
       "Witnesses said the men fled in a grey sedan. Officers later found the car abandoned near the river.\n\n")


def test_a_named_relative_who_died_later_joins_the_violence(violence_pipeline):
    text = KIN + "His brother, Tobin Venkman, 28, died at the hospital on Saturday, the family said.\n"
    assert coded_fatalities(violence_pipeline, text)[0] == 1


def test_a_relative_not_named_stays_apart(violence_pipeline):
    text = KIN + "His brother died at the hospital on Saturday, the family said.\n"
    assert coded_fatalities(violence_pipeline, text)[0] == 0


FOUND = ("A 9-year-old boy is in critical condition after his father shot him on Sunday in Xenia, Ohio, "
         "in a murder-suicide, deputies said. The father shot the boy and his wife before killing himself.\n\n"
         "The boy was flown to a hospital in Dayton.\n\n")


@pytest.mark.parametrize("tail", [
    "Deputies said they found Milo's parents dead in the garage of the house.\n",
    "His parents were found dead in the garage of the house, deputies said.\n",
])
def test_a_relative_found_dead_joins_the_violence(violence_pipeline, tail):
    assert coded_fatalities(violence_pipeline, FOUND + tail)[0] == 2
