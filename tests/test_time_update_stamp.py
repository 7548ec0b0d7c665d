"""Update stamps (issue 6): a paragraph opening "UPDATE 4:10 p.m., Jan. 3 -" was written on
the stamp's day, so its "yesterday" counts from that day, not from the page date; a stamp alone
on its line stamps the paragraph after it; a stamp with no date, or a later paragraph, keeps the
page date. Invented text."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.time import find_dates

D = date
PAGE = D(2016, 1, 8)


def yesterdays(text: str, anchor: date | None = PAGE) -> list[date]:
    return [d for m in find_dates(text, anchor) if m.text.startswith("yesterday") for d in m.days]


@pytest.mark.parametrize("text", [
    "UPDATE 4:10 p.m., Jan. 5 - Deputies said the farmer was shot yesterday.",
    "Updated at 9:45 a.m. ET Jan. 5: Deputies said the farmer was shot yesterday.",
    "Update (Jan. 5, 2016) -- Deputies said the farmer was shot yesterday.",
    "UPDATED: Jan 5, 2016 - 6:38 PM\nDeputies said the farmer was shot yesterday.",
    "Update, 9:45 a.m. Tuesday: Deputies said the farmer was shot yesterday.",
])
def test_stamped_paragraph_counts_from_the_stamp(text):
    assert yesterdays(text) == [D(2016, 1, 4)]


@pytest.mark.parametrize("text", [
    "UPDATE: Deputies said the farmer was shot yesterday.",             # no date in the stamp
    "UPDATE 4:10 p.m., Jan. 5 - Deputies came.\n\nThe farmer was shot yesterday.",  # a later paragraph
    "UPDATE 4:10 p.m., Feb. 5 - Deputies said the farmer was shot yesterday.",      # weeks off the page
    "The update came Jan. 5 and said the farmer was shot yesterday.",   # no stamp opens the paragraph
])
def test_other_paragraphs_count_from_the_page(text):
    assert yesterdays(text) == [D(2016, 1, 7)]


def test_stamp_a_day_after_the_page_dates_its_yesterday_on_the_page_day():
    assert yesterdays("UPDATE 8:15 PM, JAN. 9 - Deputies said the farmer was shot yesterday.") == [PAGE]


def test_undated_report_is_not_dated_by_its_stamp():
    text = "Update (Jan. 5, 2016) -- Deputies said the farmer was shot yesterday."
    assert yesterdays(text, None) == []


def test_stamped_shooting_is_coded_on_the_day_before_the_stamp(violence_pipeline):
    text = ("Farmer hurt in shooting near Ames\n\n"
            "UPDATE 4:10 p.m., Jan. 5 - Story County deputies said a farmer was shot yesterday "
            "outside his barn near Ames.")
    rows = violence_pipeline.process(Report(id="r1", text=text, published=PAGE))
    assert {e.event_date for e in rows} == {D(2016, 1, 4)}
