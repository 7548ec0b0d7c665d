"""Days a report tells of what holds at its writing, not of its violence (issue 6). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from crime_helpers import other_violence_rows as rows

@pytest.fixture(scope="module")
def pipe(violence_pipeline):
    return violence_pipeline


@pytest.mark.parametrize("text", [
    "Teen dies in Reno\n\nRENO, Nev. - A search for the gunman is underway Thursday in Reno after a student "
    "was gunned down by the river.\n",
    "Teen dies in Reno\n\nRENO, Nev. - The park remains closed Thursday after a cyclist was fatally shot "
    "near the swings in Reno.\n",
])
def test_a_state_told_in_the_present_does_not_date_the_shooting(pipe, text):
    """The weekday is the writer's present (``present_state_verbs`` in data/time/lexicon.toml):
    the shooting, which the report dates no other way, takes the page's day, not the weekday's."""
    assert rows(pipe, text, published=date(2024, 10, 18)) == [("2024-10-18", "Reno")]


def test_a_harm_told_in_the_present_still_dates_it(pipe):
    text = "Cook dead in Reno\n\nRENO, Nev. - A cook is dead Thursday after being shot behind a diner in Reno.\n"
    assert rows(pipe, text, published=date(2024, 10, 18)) == [("2024-10-17", "Reno")]


def test_a_statement_s_day_told_later_in_the_paragraph_does_not_date_the_shooting(pipe):
    """"..., police said Wednesday" dates the saying: the undated shooting before it in the
    paragraph is not dated by it (events/extractor.py: the paragraph's dates)."""
    text = ("Cook killed in Reno\n\nRENO, Nev. - A cook was fatally shot behind a diner in Reno. "
            "The gunman drove off in a gray pickup, police said Wednesday.\n")
    assert rows(pipe, text, published=date(2024, 10, 18)) == [("2024-10-18", "Reno")]
    # a day of the violence told later in the paragraph still dates it
    text = ("Cook killed in Reno\n\nRENO, Nev. - A cook was fatally shot behind a diner in Reno. "
            "It happened Wednesday around midnight.\n")
    assert rows(pipe, text, published=date(2024, 10, 18)) == [("2024-10-16", "Reno")]
