"""A count told over a period or an area that gathers several incidents ("this year", "across the
city", "the homicide count", "in shootings over the weekend") is no incident's toll
(events/fatalities/cues.py: told_as_an_aggregate); the incident's own count in the same sentence,
and a period that dates one incident ("earlier this year", "the fifth shooting this year"), stay.
Invented sentences."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import find_death_figures


def _counts(text: str) -> list[int]:
    return [f.count for f in find_death_figures(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Eleven people have been shot dead in Harlow Springs this year, the sheriff said.",
    "At least 40 villagers were killed in raids on Dorvan province this month.",
    "Thirty people were shot dead across the county over the holiday, deputies said.",
    "Five men were killed in shootings in Brill over the weekend.",
    "The stabbing raised the city's homicide toll to 31.",
])
def test_an_aggregate_count_is_no_toll(text):
    assert _counts(text) == []


@pytest.mark.parametrize("text, counts", [
    ("Two farmers were killed in a raid on Dorvan earlier this year.", [2]),
    ("The city's fifth shooting this year killed two men on Elm Street.", [2]),
    ("Three soldiers were killed over the weekend in an ambush near Dorvan.", [3]),
    ("Police searched across the city after two officers were killed on Elm Street.", [2]),
])
def test_one_incidents_count_stays(text, counts):
    assert _counts(text) == counts


def test_the_incidents_count_stays_beside_the_periods(violence_pipeline):
    text = ("Gunmen killed 14 villagers in Dorvan, Zamfara state, on Tuesday, raising the number "
            "of people killed in the province for the year to 230, a local official said.\n")
    assert coded_fatalities(violence_pipeline, text) == [14]


def test_a_part_of_an_aggregate_told_after_it_is_no_toll(violence_pipeline):
    text = ("Thirty people were shot throughout Brill, Ohio, over the holiday weekend. "
            "Four of them died, police said.\n")
    assert coded_fatalities(violence_pipeline, text) == [0]


def test_a_part_of_one_incidents_victims_stays(violence_pipeline):
    text = ("Gunmen shot thirty people at a market in Brill, Ohio, on Sunday. "
            "Four of them died, police said.\n")
    assert coded_fatalities(violence_pipeline, text) == [4]
