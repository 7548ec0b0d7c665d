"""A headline that tells deaths but no event of its own ("Three people dead east of Alverton")
gives the toll of the report's lead event when the body tells none; a toll the body tells wins.
Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _deaths(pipeline, text: str) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 3, 16)))
    return [e.fatalities for e in a.events if e.event_type == "Other violence"]


def test_a_headline_toll_is_the_lead_events_when_the_body_tells_none(pipeline):
    text = ("Three people dead east of Alverton\n\n"
            "ALVERTON, Mont. -- Deputies entered the house on Quarry Lane in Alverton on Saturday night "
            "after shots were heard.\n")
    assert _deaths(pipeline, text) == [3]


def test_the_bodys_toll_wins_over_the_headlines(pipeline):
    text = ("Three people dead east of Alverton\n\n"
            "ALVERTON, Mont. -- Deputies entered the house on Quarry Lane in Alverton on Saturday night "
            "after shots were heard. Two people were killed in the shooting.\n")
    assert _deaths(pipeline, text) == [2]
