"""A sentence counting the story's incident among others announces an earlier one: what its
paragraph tells next is that other incident, not the story's re-dated (issue 6). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.episodes import counts_among_others
from crime_helpers import other_violence_rows as rows


@pytest.fixture(scope="module")
def pipe(violence_pipeline):
    return violence_pipeline


def test_the_cue():
    assert counts_among_others("It was the third such shooting in Reno this year.")
    assert counts_among_others("This is the city's second shooting death in a week.") is False  # a possessive
    assert not counts_among_others("He was shot a second time as he ran.")
    assert not counts_among_others("The officer fired for the second time.")


def test_the_incident_told_after_the_count_keeps_its_own_day(pipe):
    text = ("Girl hurt in Reno\n\n"
            "RENO, Nev. - Officers in Reno said a girl of six shot herself with a handgun left in a kitchen drawer.\n\n"
            "The girl was found Thursday afternoon in the hallway of her house on Pine Street.\n\n"
            "This was the second such tragedy in ten days in Reno. A 15-year-old faces charges after shooting "
            "his cousin on Oct. 9 as the pair handled a rifle in a barn.\n")
    got = [day for day, _ in rows(pipe, text, date(2024, 10, 18))]
    assert "2024-10-17" in got
