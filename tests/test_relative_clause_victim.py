"""A victim told by a relative clause ("X, 19, who was fatally stabbed") counts (issue 6). Invented text."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def test_the_noun_a_killing_clause_tells_of_is_the_victim():
    pipeline = Pipeline(settings=Settings(scope="all-violence"))
    text = "Neighbours in Dayton, Ohio, mourned Arlo Venkman, 19, who was fatally stabbed outside his home on Tuesday.\n"
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 5, 6)))
    assert [e.fatalities for e in a.events] == [1]
