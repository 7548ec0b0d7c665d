"""A headline's toll above the body's (issue 6): the body tells part of it. Invented text and places."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _fatalities(pipeline, text: str) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 5, 6)))
    return [e.fatalities for e in a.events]


def test_a_headline_telling_more_dead_than_the_body_gives_the_toll(pipeline):
    text = ("Dayton man shoots his nephew, then himself, in murder-suicide\n\n"
            "Police in Dayton, Ohio, said the boy was shot dead at a farmhouse on Tuesday evening.\n")
    assert _fatalities(pipeline, text) == [2]


def test_a_body_telling_as_many_as_the_headline_keeps_its_own_toll(pipeline):
    text = ("Two dead in Dayton shooting\n\n"
            "Police said two men were shot dead outside a bar in Dayton, Ohio, on Tuesday night.\n")
    assert _fatalities(pipeline, text) == [2]
