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



def test_a_headline_repeating_a_roundup_count_is_no_toll(violence_pipeline):
    # the lead names its dead before the violence it tells: the named death is that violence's
    text = ("Two teens dead in Brill\n\n"
            "Police said two teenagers died overnight in unrelated incidents across Brill, Ohio.\n\n"
            "Arlo Venkman, 15, took a bullet to the ribs and died by morning, police said.\n\n"
            "He and a friend had been handling a loaded pistol in a bedroom on Elm Street when it fired, "
            "police said.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]


def test_a_headline_gathering_separate_incidents_is_no_toll(violence_pipeline):
    text = ("Three killed in separate shootings in Brill\n\n"
            "Police in Brill, Ohio, said a bar owner was shot to death on Elm Street on Tuesday night.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]


def test_a_named_death_in_the_lead_joins_the_violence_told_after_it(violence_pipeline):
    text = ("Arlo Venkman, 15, took a bullet to the ribs and died by morning, police said.\n\n"
            "He and a friend had been handling a loaded pistol in a bedroom on Elm Street in Brill, Ohio, "
            "on Tuesday when it fired, police said.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]
