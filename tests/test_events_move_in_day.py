"""A place left one day and taken the next, told in one sentence, changed hands on the move-in day
(events.extractor._move_in_day)."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

ON = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize("text, taker, day", [
    ("Ukrainian forces pulled out of Vuhledar on Monday, and Russian troops entered the town on Wednesday.",
     "Military Forces of Russia", date(2024, 5, 15)),
    # (the parser hangs "Monday" on the takers' phrase: the day on the taking verb itself wins)
    ("The army withdrew from Goma, Congo on Monday and M23 rebels took control of the city on Tuesday.",
     "M23", date(2024, 5, 14)),
    ("M23 rebels took control of Goma, Congo on Tuesday after the army withdrew on Monday.",
     "M23", date(2024, 5, 14)),
])
def test_one_sentence_withdrawal_and_move_in_is_dated_by_the_move_in(pipeline, text, taker, day):
    rows = [e for e in coded(pipeline, text, ON) if e.sub_event_type == "Non-violent transfer of territory"]
    assert [(e.actor1.split(" (")[0].split(":")[0], e.event_date) for e in rows] == [(taker.split(" (")[0], day)]


def test_a_withdrawal_told_alone_keeps_its_own_day(pipeline):
    rows = [e for e in coded(pipeline, "Ukrainian forces pulled out of Vuhledar on Monday.", ON)
            if e.sub_event_type == "Non-violent transfer of territory"]
    assert [e.event_date for e in rows] == [date(2024, 5, 13)]
