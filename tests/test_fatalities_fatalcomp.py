"""Tolls of a named victim's description and of those killed along with a victim. Invented
reports and names."""
from __future__ import annotations

from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import sentence_death_figures


def test_an_apposition_describing_a_named_victim_adds_no_one(violence_pipeline):
    text = ("Vesna Korlat, a district commander, was killed in an ambush in Dayton on Monday "
            "in which two of her guards were also killed.")
    assert coded_fatalities(violence_pipeline, text) == [3]


def test_people_killed_along_with_a_victim_count_beside_him(violence_pipeline):
    text = "The mayor was shot dead in Dayton on Monday along with two of her guards."
    assert coded_fatalities(violence_pipeline, text) == [3]


def test_a_companion_named_among_the_victims_adds_no_one(violence_pipeline):
    text = ("Ada Pell and Tobin Marsh were shot dead in Dayton on Monday along with "
            "her uncle Tobin Marsh.")
    assert coded_fatalities(violence_pipeline, text) == [2]


def test_a_companion_the_report_names_in_another_sentence_is_counted_there(nlp, violence_pipeline):
    text = ("Ada Pell was shot dead in Dayton on Monday along with her husband Tobin Marsh. "
            "Tobin Marsh, 52, died at the scene.")
    first = next(iter(nlp(text).sents))
    assert [f.group for f in sentence_death_figures(first)] == ["Ada Pell"]
    assert coded_fatalities(violence_pipeline, text) == [2]
