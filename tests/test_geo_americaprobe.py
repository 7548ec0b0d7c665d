"""Places of Latin American and Haitian reports (americaprobe): a town written with its state
after a comma ("Apatzingan, Michoacan") is the town, once, at precision 1, not the municipality
of its name at precision 3 plus a second row at the state's capital; French names joined by
hyphens around a particle ("Croix-des-Bouquets") are read whole. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded


def _events(pipeline, body):
    return coded(pipeline, body, date(2024, 6, 20))


@pytest.mark.parametrize("body, town", [
    ("Gunmen shot dead a municipal councillor in Apatzingan, Michoacan, on Monday, prosecutors said.",
     "Apatzingan"),
    ("ELN rebels abducted an engineer in Saravena, Arauca, on Monday, the army said.", "Saravena"),
])
def test_a_town_and_its_state_after_a_comma_is_the_town(pipeline, body, town):
    [e] = _events(pipeline, body)
    assert (e.location, e.geo_precision) == (town, 1)


def test_a_french_name_joined_by_hyphens_is_read_whole(pipeline):
    [e] = _events(pipeline, "Gang members kidnapped a pastor and his wife in Croix-des-Bouquets, Haiti, "
                            "on Monday, a church group said.")
    assert e.location == "Croix-des-Bouquets"
