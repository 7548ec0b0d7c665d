"""A killing dated only by the day an official told of it, days before the report's date
(branch africaprobe): that day bounds the violence, not the page's date. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def test_a_statement_days_before_the_page_dates_the_killing(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 11 farmers in Obi, a council chairman "
                                 "said on Saturday.\n", PUBLISHED)
    assert e.event_date == date(2024, 6, 8)


def test_a_day_the_sentence_gives_the_killing_still_wins(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 11 farmers in Obi on Friday night, a "
                                 "council chairman said on Saturday.\n", PUBLISHED)
    assert e.event_date == date(2024, 6, 7)


def test_a_statement_on_the_page_day_leaves_the_page_date(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 11 farmers in Obi, a council chairman "
                                 "said on Wednesday.\n", PUBLISHED)
    assert e.event_date == PUBLISHED
