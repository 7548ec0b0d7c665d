"""A person's age written in words ("a sixteen-year-old") is the age in figures another story
of the same shooting gives ("Tobias Wrenfield, 16"): dedupe.told_ages reads both, so the same two
ages link a report with no date to the dated event (NameEvidence._same_ages) as when both
stories write figures. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import dedupe
from conflictlens.store.identity import names
from test_dedupe import crime, report, town_news, undated
from test_dedupe_same_ages_ecbrecall import DATED, LATER


def test_ages_in_words_are_read_as_figures():
    assert dedupe.told_ages("A sixteen-year-old died; his cousin, an eighteen year old, and a "
                            "twenty-one-year-old friend were hurt.") == "16,18,21"
    assert dedupe.told_ages("The six-year-old and the 6-year-old") == "6"
    assert dedupe.told_ages("Forty years old buildings") == "40"  # as "40 years old" is read


LATER_WORDS = LATER.replace("a 16-year-old", "a sixteen-year-old").replace("an 18-year-old", "an eighteen-year-old")


@pytest.mark.parametrize("rule", [True, False])
def test_the_same_two_ages_in_words_link_a_report_with_no_date(store, monkeypatch, rule):
    monkeypatch.setattr(names, "WORD_AGES", rule)
    town_news(store)
    first = store.add_report(report("k1", text=DATED, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(report("u1", text=LATER_WORDS, published=None), [], undated=[undated()])
    linked = [e.event_id_cnty for e in store.events_for("u1", role="related")]
    assert (linked == [first]) if rule else (linked == [])
