"""Tolls of Sahel and West African reports (branch sahelprobe): the armies' "neutralised".
Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from event_helpers import violent_rows

def _rows(pipeline, text, published=date(2024, 4, 11)):
    return violent_rows(pipeline, text + "\n", published)


def test_fighters_neutralised_by_troops_are_killed(pipeline):
    [e] = _rows(pipeline, "NIAMEY, Niger -- Troops neutralised 14 armed bandits who had raided a cattle market "
                          "near Ayorou on Monday, the defence ministry said.")
    assert e.event_type == "Battles" and e.fatalities == 14


def test_fighters_told_neutralised_in_the_passive_are_killed(pipeline):
    [e] = _rows(pipeline, "MOPTI, Mali -- Nine jihadists were neutralised in fighting with soldiers near Douentza "
                          "on Monday, the general staff said.")
    assert e.fatalities == 9


def test_drones_neutralised_are_no_deaths(pipeline):
    rows = pipeline.process(Report(id="t", published=date(2024, 4, 11), text=(
        "BAMAKO, Mali -- Anti-aircraft units neutralised two drones above Kati on Monday, the army said.\n")))
    assert all(e.fatalities == 0 for e in rows)
