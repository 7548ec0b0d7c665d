"""A killing told under two labels in one report, and an age in tokenised text (ecbpolice9
branch). Invented reports, names and streets."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

FRI = date(2013, 4, 12)  # a Friday: "Saturday" is the 6th, "Monday" the 8th


def _rows(violence_pipeline, text: str) -> list[tuple[str, str, int]]:
    return [(str(e.event_date), e.location, e.fatalities) for e in coded(violence_pipeline, text, FRI)
            if e.event_type in ("Other violence", "Violence against civilians")]


@pytest.mark.parametrize("text", [
    ("Anger has followed the shooting of a teenager on a quiet street in Tulsa.\n\n"
     "The police said two officers fatally shot the boy, Ezra Moll, just before midnight on Saturday "
     "after he pointed a pistol at them."),
    ("The shooting of a teenager in Tulsa has angered his neighbours.\n\n"
     "Two officers fatally shot Ezra Moll, 17, on Saturday night after he pointed a pistol at them, "
     "the police said."),
])
def test_a_police_killing_with_no_place_of_its_own_is_the_placed_shooting(violence_pipeline, text):
    """"Officers fatally shot the boy on Saturday" (an attack on a civilian, no place in its
    sentence) beside "the shooting of a teenager in Tulsa" (a shooting with no political actor):
    one harm under two labels, one event at Tulsa on the killing's day with its dead, not the
    page's day with none."""
    assert _rows(violence_pipeline, text) == [("2013-04-06", "Tulsa", 1)]


def test_a_police_killing_dates_the_shooting_a_gathering_placed(violence_pipeline):
    """The town is told only by a later gathering's sentence ("gathered on Monday where a
    teenager was shot in Tulsa"): the killing's own day still codes an event there."""
    text = ("Neighbours gathered on Monday where a teenager was shot in Tulsa.\n\n"
            "Ezra Moll, 17, died on Saturday when officers opened fire on him.")
    assert ("2013-04-06", "Tulsa", 1) in _rows(violence_pipeline, text)


@pytest.mark.parametrize("tokenised, plain", [
    ("A woman , 34 , was shot dead outside a bakery in Omaha on Saturday , police said .",
     "A woman, 34, was shot dead outside a bakery in Omaha on Saturday, police said."),
    ("Ezra Moll , 17 , died after he was shot in Tulsa on Saturday night .",
     "Ezra Moll, 17, died after he was shot in Tulsa on Saturday night."),
])
def test_an_age_set_off_by_spaced_commas_is_no_toll(violence_pipeline, tokenised, plain):
    """Text tokenised for a corpus ("Moll , 17 , died") writes the age between spaced commas:
    the toll is the one the plain sentence gives, never the age."""
    assert _rows(violence_pipeline, tokenised) == _rows(violence_pipeline, plain)
    assert all(dead < 10 for _, _, dead in _rows(violence_pipeline, tokenised))
