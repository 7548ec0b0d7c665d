"""Victims counted by the ages listed after a plural noun ("nieces, aged 7 and 11"), and a
doer whose shot at himself was a failed try at suicide is no death of his own (issue 6).
Invented text."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import find_death_figures, sentence_death_figures


def sent_total(nlp, text):
    return sum(f.count for s in nlp(text).sents for f in sentence_death_figures(s))


@pytest.mark.parametrize("text, expected", [
    ("A farmer shot and killed his nieces, aged 7 and 11, behind the barn.", 2),
    ("The victims, ages 19, 22 and 25, died near the ridge.", 3),
    ("Her grandsons, ages 6 and 9, were killed in the blaze.", 2),
    # a number of its own still counts, and the ages do not add to it
    ("Two cousins, ages 15 and 17, were shot dead outside the mall.", 2),
])
def test_a_plural_victim_counts_the_ages_listed(nlp, text, expected):
    assert sent_total(nlp, text) == expected


def test_the_ages_listed_are_no_toll():
    assert [f.count for f in find_death_figures("Her grandsons, aged 6 and 9, were killed.")] == []


@pytest.mark.parametrize("tail, expected", [
    ("and later turning the weapon on himself in what deputies called an attempted suicide.", [2]),
    ("and later turning the weapon on himself after a suicide attempt, deputies said.", [2]),
    ("and later turning the weapon on himself, deputies said.", [3]),
])
def test_a_doer_who_lived_through_his_own_shot_is_no_death(violence_pipeline, tail, expected):
    text = f"Deputies say Brody Kell fatally shot his two nieces near Xenia, Ohio, on Friday, {tail}\n"
    assert coded_fatalities(violence_pipeline, text) == expected


def test_a_failed_suicide_told_in_another_sentence_of_the_episode(violence_pipeline):
    text = ("Deputies say a farmer shot his two nieces near Xenia, Ohio, on Friday before killing himself.\n\n"
            "Brody Kell, 52, shot and killed the two girls, then shot himself in an attempted suicide; "
            "he remains in hospital.\n")
    assert coded_fatalities(violence_pipeline, text) == [2]
