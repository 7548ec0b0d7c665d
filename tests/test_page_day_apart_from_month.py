"""Violence only the page's date dates (the story's news) and violence its own sentence dates
to a month well before the page's date (a statistic or an older case the story recalls) are
two incidents, whichever is told first: joined, the month re-dated the story's news and the
report supported the old month instead of its own incident (events.episodes). A month of
the page's own weeks still joins. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline

PUBLISHED = date(2024, 10, 20)


def _rows(p: Pipeline, text: str) -> list[tuple[str, int]]:
    a = p.analyse(Report(id="t", title="", text=text, published=PUBLISHED))
    return sorted((str(e.event_date), e.time_precision) for e in a.events)


NEWS_THEN_MONTH = (
    "The nephew of a Dayton city council member was shot and killed during a break-in at his home "
    "in Dayton, Ohio, police said.\n\n"
    "Dayton has seen a sharp rise in shootings, with July being the deadliest month in a decade.\n")


def test_the_page_dated_news_keeps_its_day_beside_an_earlier_month(violence_pipeline):
    rows = _rows(violence_pipeline, NEWS_THEN_MONTH)
    assert ("2024-10-20", 1) in rows


def test_a_month_of_the_page_days_weeks_still_joins(violence_pipeline):
    text = NEWS_THEN_MONTH.replace("July", "October")
    rows = _rows(violence_pipeline, text)
    assert len(rows) == 1
