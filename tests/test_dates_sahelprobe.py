"""Days of Sahel and West African reports (branch sahelprobe). Invented reports written for
these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

def _rows(pipeline, text, published=date(2024, 2, 22)):  # a Thursday
    return violent_rows(pipeline, text + "\n", published)


def test_a_day_before_a_trailing_speaker_is_the_events(pipeline):
    [e] = _rows(pipeline, "Armed men shot dead seven worshippers in Gwoza, Borno state, on Tuesday, "
                          "church leaders said.")
    assert e.event_date == date(2024, 2, 20)


def test_a_day_after_the_verb_of_saying_is_the_speechs(pipeline):
    # (the speech's day is no day the killing is told on, but the killing was told by then: it is
    # the latest day the killing can have, never the later page day; branch warprobe)
    rows = _rows(pipeline, "Church leaders said on Wednesday that armed men shot dead seven worshippers "
                           "in Gwoza, Borno state.")
    assert rows and all(e.event_date <= date(2024, 2, 21) for e in rows)
