"""ecbcode11: the dead several victim nouns of one sentence add up to are no more dead.

"A guard and two drivers were shot dead" in one sentence and "three people died" in another
count the same three: a number of people that the nouns of one sentence make up tells them again, so the
row's toll is three, not six (events.rows: _sums_of_one_sentence)."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

ATTACK = ("Bus attack in Scranton\n\n"
          "A guard and two drivers were shot dead when gunmen opened fire on a bus in Scranton, Pennsylvania "
          "on Wednesday.\n"
          "Three people died at the scene, police said.\n")


def _tolls(rows) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in rows if e.fatalities]


def test_nouns_of_one_sentence_and_their_number_are_one_toll(violence_pipeline):
    rows = coded(violence_pipeline, ATTACK, date(2019, 5, 9))
    assert [f for _, f in _tolls(rows)] == [3], _tolls(rows)
