"""Job and bystander nouns count as people in a toll (issue 6). Invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


@pytest.mark.parametrize("text", [
    "A gunman killed a cashier and a customer at a gas station in Dayton, Ohio, on Tuesday night.",
    "A bartender and a bystander were shot dead outside a tavern in Dayton, Ohio, on Tuesday night.",
])
def test_a_job_or_bystander_noun_is_a_victim(pipeline, text):
    a = pipeline.analyse(Report(id="t", title="", text=text + "\n", published=date(2026, 5, 6)))
    assert [e.fatalities for e in a.events] == [2]
