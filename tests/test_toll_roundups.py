"""Roundups of separate incidents (issue 6): a count told across them is no one event's toll.
Invented sentences and places."""
from __future__ import annotations

from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import tells_separate_incidents


def test_separate_incidents_are_told_as_a_roundup():
    assert tells_separate_incidents("Two men died in separate shootings in Dayton overnight.")
    assert tells_separate_incidents("Three people were killed in unrelated incidents on Sunday.")
    assert not tells_separate_incidents("Two men died in a shooting in Dayton overnight.")


def test_a_roundup_count_gives_way_to_the_incidents_own_dead(violence_pipeline):
    text = ("Two people were killed in separate shootings in Dayton on Monday, police said.\n\n"
            "In the first, Arlo Venkman, 31, was shot dead outside a bar on Elm Street.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]
