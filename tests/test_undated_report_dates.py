"""A report with no publication date (issue #6): a sentence with no date of its own takes
its paragraph's date, but not an earlier paragraph's, which in such a report is as often a
background incident's as the story's; the mention is then kept undated (the store links it
by what it is). With a page date the narrative's date still dates it. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

HEAD = "Gunman kills three at Ohio warehouse\n\n"
BACKGROUND = "On March 3, 2009, a former worker shot two guards at a depot in Dayton.\n\n"
STORY = "A gunman opened fire at a warehouse in Columbus, Ohio, killing three employees, police said.\n\n"
SAME_PARAGRAPH = ("On March 3, 2009, a gunman opened fire at a warehouse in Columbus, Ohio. He killed three "
                  "employees, police said.\n\n")


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _analyse(wide, text, published):
    a = wide.analyse(Report(id="t", title="", text=text, published=published))
    dated = {e.location: str(e.event_date) for e in a.events}
    return dated, {e.location for e in (a.undated or [])}


def test_no_page_date_no_earlier_paragraphs_date(wide):
    dated, undated = _analyse(wide, HEAD + BACKGROUND + STORY, None)
    assert dated.get("Dayton") == "2009-03-03"  # the background incident dates itself
    assert "Columbus" not in dated and "Columbus" in undated


def test_its_own_paragraphs_date_still_dates_it(wide):
    dated, _ = _analyse(wide, HEAD + SAME_PARAGRAPH, None)
    assert dated.get("Columbus") == "2009-03-03"


def test_with_a_page_date_the_narrative_still_dates_it(wide):
    dated, _ = _analyse(wide, HEAD + BACKGROUND + STORY, date(2012, 5, 9))
    assert dated.get("Columbus") == "2009-03-03"
