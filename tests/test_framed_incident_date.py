"""An act of violence told inside a court, charge or media frame ("went on trial Wednesday for
shooting", "a video released Thursday shows the moment he was shot") is dated by neither the
frame's day nor the page date: those are the trial's or the release's. It keeps a date of its own
phrase ("shot on March 3"), and an act told outside any frame keeps its clause's day. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

TUE = date(2026, 11, 24)  # a Tuesday


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str) -> list[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=TUE))
    return sorted({str(e.event_date) for e in a.events})


@pytest.mark.parametrize("text", [
    "Two brothers went on trial on Monday in Toledo, Ohio, for shooting a shop owner outside his store.\n\n",
    "A video released on Monday shows the moment a shop owner was shot dead outside his store in Toledo, Ohio.\n\n",
])
def test_the_framed_act_takes_neither_the_frames_day_nor_the_page_date(wide, text):
    days = _days(wide, text)
    assert "2026-11-23" not in days and "2026-11-24" not in days


def test_the_framed_act_keeps_a_date_of_its_own_phrase(wide):
    text = ("Two brothers went on trial on Monday in Toledo, Ohio, for shooting a shop owner "
            "on March 3 outside his store.\n\n")
    assert _days(wide, text) == ["2026-03-03"]


def test_an_act_told_outside_a_frame_keeps_its_clauses_day(wide):
    text = "Gunmen shot a shop owner dead outside his store in Toledo, Ohio, on Monday.\n\n"
    assert _days(wide, text) == ["2026-11-23"]


def test_a_headline_that_names_the_act_beside_its_charge_is_not_dated_by_the_page(wide):
    text = "Toledo Store Shooting: Suspect Charged\n\nProsecutors in Toledo, Ohio, named a local man as the suspect.\n\n"
    assert "2026-11-24" not in _days(wide, text)
