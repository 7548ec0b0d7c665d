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


