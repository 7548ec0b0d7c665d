"""A report linked to a dated event by its words alone (store/resemblance.py: _link_resembling)
says the story is alike, not whom it is about: a later report naming the people that report
names is not matched to the event through it (matching.py: _corroborated, which bridges only
through the event's reports told by their names: _told_by_names). A story of one town's
shooting, word-linked to another's, let a report of the second shooting, months later, take
the first one's row. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news

# invented: a shooting told on its day, naming the town's pastor and councillor
LOCAL = ("A man was shot dead beside the olive press in Harlow Springs; the baker, the cobbler and the "
         "ferryman heard gunfire near the harbour wall and saw a scooter speed past the lighthouse. Pastor "
         "Idris Kellerman and Councillor Ada Brennick asked for calm.")
# invented: a report with no date coding nothing, alike in words, naming two other people
ALIKE = ("gunfire near the harbour wall and the olive press: the baker, the cobbler and the ferryman told "
         "Mirela Tosk and Anton Vey of the Quillon Gazette about a scooter by the lighthouse.")
# invented: a shooting weeks later, in words of its own, naming those two people
LATER = ("Mirela Tosk and Anton Vey of the Quillon Gazette were hurt when a gunman fired on their car in "
         "Harlow Springs; editor Rosalind Petrakis said they were recovering.")


def _first_and_alike(store) -> str:
    town_news(store)
    (first,) = store.add_report(report("d1", text=LOCAL, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("w", text=ALIKE, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [first.event_id_cnty]
    return first.event_id_cnty


def test_a_later_shooting_is_not_matched_through_a_word_linked_report(store):
    first = _first_and_alike(store)
    (later,) = store.add_report(report("d2", text=LATER, published=date(2021, 6, 20)),
                                [crime(event_date=date(2021, 6, 20))])
    assert later.event_id_cnty != first
    assert store.event(first).event_date == date(2021, 5, 3)


def test_without_the_rule_the_word_linked_report_bridges(store):
    first = _first_and_alike(store)
    store.dedupe = DedupeSettings(word_links_bridge_nothing=False)
    (later,) = store.add_report(report("d2", text=LATER, published=date(2021, 6, 20)),
                                [crime(event_date=date(2021, 6, 20))])
    assert later.event_id_cnty == first
