""""A fatal shooting" tells only that someone died: its toll of one is a lower bound, so a
report counting the dead exactly is the toll kept when both describe the incident.
Invented sentences and places."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def _rows(text: str):
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=text, published=date(2026, 5, 4)))
    return [(e.fatalities, e.fatalities_kind) for e in a.events]


def test_a_fatal_shooting_is_at_least_one_death():
    assert _rows("Deputies are looking into a fatal shooting at a trailer park in Hollis, Oklahoma, "
                 "on Saturday night.\n") == [(1, "lower bound")]


def test_a_shooting_death_is_at_least_one_death():
    assert _rows("Police in Enid, Oklahoma, are looking into the shooting death of a grocer on "
                 "Friday.\n") == [(1, "lower bound")]


def test_a_count_stays_exact():
    assert _rows("Two grocers were shot and killed at a store in Enid, Oklahoma, on Friday, "
                 "police said.\n") == [(2, "exact")]
