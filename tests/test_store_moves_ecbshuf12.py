"""Moving a report between events is idempotent: linking a related report to an event it is
already a source of leaves one row, absorbing an event read before a report joined it moves
that report once, absorbing an event already gone changes nothing, and a report that coded
the absorbed event and was only a related report of the survivor stays its coder. (A move
that left a report on both events used to stop the report's transaction on the event_sources
key.) Invented reports, in a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import OKAFOR, OTHER, crime, report

#: a report coding nothing that names both incidents' people
BOTH = ("Darnell Okafor and Maya Lindqvist were both hurt near Quarry Lane and Fenwick Road this spring, "
        "a neighbour told the Harlow Springs council. ")


def _two_events(store):
    """Two shootings a week apart in one town, and a report coding nothing: the two ids."""
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    second = store.add_report(report("k2", text=OTHER, published=date(2021, 5, 10)), [
        crime(event_date=date(2021, 5, 10), location="Harlow Springs - Fenwick", latitude=39.3,
              longitude=-94.9)])[0].event_id_cnty
    store.add_report(report("r1", text=BOTH, published=date(2021, 5, 12)), [])
    assert first != second
    return first, second


def _sources(store, eid):
    return sorted((r["article_id"], r["role"]) for r in store._all(
        "SELECT article_id, role FROM event_sources WHERE event_id_cnty = ?", (eid,)))


def _unlink(store, aid):
    store._exec("DELETE FROM event_sources WHERE article_id = ? AND role = 'related'", (aid,))


def test_linking_a_report_twice_to_one_event_leaves_one_link(store):
    first, _ = _two_events(store)
    _unlink(store, "r1")
    with store._transaction():
        store._add_related(store.event(first), "r1", 0.5, 1)
        store._add_related(store.event(first), "r1", 0.5, 2)
    assert _sources(store, first) == [("k1", "coded"), ("r1", "related")]


def test_absorbing_an_event_read_before_a_report_joined_it_moves_the_report_once(store):
    first, second = _two_events(store)
    _unlink(store, "r1")
    stale = store.event(second)  # read before r1 is linked to it
    with store._transaction():
        store._add_related(store.event(first), "r1", 0.5, 1)
        store._add_related(store.event(second), "r1", 0.5, 1)  # a move that left it on both
        store._absorb(first, stale, 2, "r1")
    assert store.event(second) is None
    assert _sources(store, first) == [("k1", "coded"), ("k2", "coded"), ("r1", "related")]
    with store._transaction():  # absorbed again: it is gone, nothing moves
        store._absorb(first, stale, 3, "r1")
    assert _sources(store, first) == [("k1", "coded"), ("k2", "coded"), ("r1", "related")]
    assert [d["survivor"] for d in store.deletions() if d["event_id_cnty"] == second] == [first]


def test_a_report_that_coded_the_absorbed_event_stays_its_coder(store):
    first, second = _two_events(store)
    with store._transaction():
        store._add_related(store.event(first), "k2", 0.5, 1)  # k2 coded the second, linked to the first
        store._absorb(first, store.event(second), 2, "k2")
    assert ("k2", "coded") in _sources(store, first)
    assert ("k2", "related") not in _sources(store, first)
    assert [e.event_id_cnty for e in store.events_for("k2")] == [first]
