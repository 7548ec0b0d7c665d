"""Issue 3: a mention whose sentence names no place takes its paragraph's place; when the
paragraph names several before it, the one it names most (its topic), not the last one
named once beside it in a comparison ("the youngest victim in Travis and Williamson
counties"). Invented reports only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _violence_admin2(wide, title, body):
    r = Report(id="p", title=title, text=title + "\n\n" + body, published=date(2024, 5, 6))
    return {e.admin2 for e in wide.process(r) if e.event_type == "Other violence"}


def test_paragraph_topic_places_a_sentence_without_a_place(wide):
    title = "Teenager dies after gun goes off at a relative's home"
    body = ("Coaches remembered the 15-year-old as a hard worker who loved basketball.\n\n"
            "Late on Sunday, Dana Reyes became Travis County's fourth gun death of the month, "
            "and the youngest victim in Travis and Williamson counties this year. "
            "Reyes was shot by accident while a cousin was cleaning a handgun.")
    assert _violence_admin2(wide, title, body) == {"Travis County"}
