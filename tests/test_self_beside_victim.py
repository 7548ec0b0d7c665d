""""Kills self" beside the victim's own noun is the same death; a player is a person (issue 6).
Invented text."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities



def test_kills_self_and_the_victims_noun_are_one_death(violence_pipeline):
    text = ("Dayton boy, 13, kills self by accident while cleaning rifle\n\n"
            "The county coroner in Dayton, Ohio, is calling a fatal shooting that killed a 13-year-old "
            "hockey player an accident.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]


def test_a_player_is_a_victim(violence_pipeline):
    text = "A college hockey player was shot dead outside an arena in Dayton, Ohio, on Tuesday.\n"
    assert coded_fatalities(violence_pipeline, text) == [1]
