"""Days of an incident (issue 6): the dates a report tells around its violence that are not
the violence's own day, and those that narrow it. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from crime_helpers import THURSDAY, other_violence_rows as rows
from conflictlens.time import find_dates

@pytest.fixture(scope="module")
def pipe(violence_pipeline):
    return violence_pipeline


def test_a_month_name_before_a_surname_is_a_given_name():
    said = find_dates('"We did all we could," June Okonkwo said at the door.', THURSDAY)
    assert said == []
    # with a preposition before it, the month stays a month
    assert [d.text for d in find_dates("The clinic closed in June Okonkwo's first year.", THURSDAY)] == ["June"]


def test_of_two_aftermath_days_in_a_sentence_the_earliest_bounds_the_violence(pipe):
    text = ("Second man held in Tacoma killing\n\n"
            "TACOMA, Wash. - A 30-year-old man was arrested Tuesday in Tacoma over the shooting death of "
            "Lena Voss, detectives said, and was booked on Oct. 2 into the county jail.\n")
    got = rows(pipe, text)
    assert ("2024-10-15", "Tacoma") not in got
    assert ("2024-10-02", "Tacoma") in got


def test_the_day_the_dead_were_found_dates_a_killing_told_with_no_day(pipe):
    text = ("SPOKANE, Wash. - Detectives say a man shot his brother and then himself at their house "
            "in Spokane.\n\n"
            "The two bodies were found Monday by a neighbour who came to return a ladder.\n")
    assert rows(pipe, text) == [("2024-10-14", "Spokane")]


def test_an_incident_dated_a_week_off_in_its_own_sentence_is_another_incident(pipe):
    # the girl's shooting takes the day told before it; the co-worker's, dated seven weeks
    # before in its own sentence, is another incident, not a new day for hers
    text = ("Girl, 5, dies in Boise\n\n"
            "BOISE, Idaho - Police were called to a house on Elm Street in Boise on Tuesday afternoon.\n\n"
            "A 5-year-old girl had shot herself with a pistol she found in a drawer, police said.\n\n"
            "A man was also charged in Boise after he shot a co-worker on Aug. 27 in a parking lot.\n")
    assert rows(pipe, text) == [("2024-08-27", "Boise"), ("2024-10-15", "Boise")]


def test_an_unrelated_incident_starts_its_own_event(pipe):
    text = ("Two hurt in Fresno\n\n"
            "FRESNO, Calif. - Police were called to a bar on Olive Avenue in Fresno early Sunday.\n\n"
            "Two men had been shot in the parking lot, police said.\n\n"
            "In an unrelated incident, a woman was shot on Saturday in Fresno.\n")
    assert rows(pipe, text) == [("2024-10-12", "Fresno"), ("2024-10-13", "Fresno")]


def test_a_week_window_is_narrowed_by_the_day_told_next(pipe):
    text = ("Man dies in Reno shooting\n\n"
            "RENO, Nev. - The shooting of a Reno man earlier this week was an accident, police say.\n\n"
            "It happened about 9 p.m. Oct. 14 at a house on Pine Street in Reno.\n")
    assert rows(pipe, text) == [("2024-10-14", "Reno")]


def test_a_victims_condition_on_a_day_does_not_date_the_shooting(pipe):
    text = ("Boy shot in Tulsa\n\n"
            "TULSA, Okla. - A 9-year-old boy shot in north Tulsa was in serious condition on Saturday, "
            "police said.\n")
    assert rows(pipe, text, published=date(2024, 10, 18)) == [("2024-10-18", "Tulsa")]


@pytest.mark.parametrize("text", [
    # a victim's care, as a condition ("in intensive care")
    "Clerk shot in Reno\n\nRENO, Nev. - A store clerk shot in a robbery in Reno remained in intensive care "
    "on Monday, police said.\n",
    # a state lasting to the writer's day, told by "remain" with an adjective
    "Clerk shot in Reno\n\nRENO, Nev. - Why a gunman shot a store clerk in Reno remained unclear on Monday, "
    "police said.\n",
])
def test_a_state_told_on_a_day_does_not_date_the_shooting(pipe, text):
    """The weekday hangs on the state the report tells at its time, not on the shooting: the
    shooting takes the page's day, as a victim's condition leaves it (time/governing.py:
    dates_condition, ``[condition]`` in data/time/lexicon.toml)."""
    assert rows(pipe, text) == [("2024-10-17", "Reno")]
