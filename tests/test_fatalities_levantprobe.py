"""Tolls in reports from Syria, Iraq, Yemen, Lebanon and Israel/Palestine (the levantprobe probe): a
victim named by standing or trade counts as one person. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded


@pytest.mark.parametrize("text", [
    "Unknown gunmen killed a prominent sheikh outside his home in the town of Hit in Iraq on Tuesday, police said.",
    "A roadside mine killed a shepherd grazing his flock near Palmyra in Syria on Friday, the monitor said.",
    "Gunmen shot dead the mukhtar of the village of Tal Afar in Iraq on Saturday, a security source said.",
])
def test_one_victim_by_standing_is_one_death(pipeline, text):
    [e] = [e for e in coded(pipeline, text, date(2023, 3, 10))
           if e.event_type in ("Violence against civilians", "Explosions/Remote violence")]
    assert e.fatalities == 1
