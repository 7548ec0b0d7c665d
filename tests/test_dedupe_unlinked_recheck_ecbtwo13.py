"""Arrival order, two-sided (``recheck_unlinked``, store/resemblance.py: _link_unlinked): a report
with no date that found no event when it came made an undated event of its own; when a later
report's names bring the incident's story to a stored undated event its words resemble, it is
linked there as it would have been had it come last, and its own undated event is absorbed (the
deletions log names the survivor). Invented reports, on SQLite and PostgreSQL (``store``)."""
from __future__ import annotations

from conflictlens.store import DedupeSettings
from test_dedupe import assert_absorbed, report, town_news, undated

# invented: two reports with no date naming the victim, the street and the detective
FIRST = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat, police said. "
         "Detective Ruth Abernathy said Okafor had argued with a neighbour. Pastor Idris Kellerman and "
         "Councillor Ada Brennick visited the family.")
NAMES = ("Family of Darnell Okafor gathered at Quarry Lane; Detective Ruth Abernathy said the "
         "shooter fled on a green bicycle past the tannery and the cider mill toward the canal locks. Pastor "
         "Idris Kellerman and Councillor Ada Brennick visited the family.")
# invented: a report with no date naming none of them, in the words of the second report
WORDS = ("Neighbours told of a shooter on a green bicycle racing past the tannery and the cider mill "
         "toward the canal locks after the shots outside the laundromat.")


def _store(store, order):
    town_news(store)
    texts = {"a": FIRST, "b": NAMES, "c": WORDS}
    out = {}
    for rid in order:
        out[rid] = store.add_report(report(rid, text=texts[rid], published=None), [], undated=[undated()])
    return out


def _events_of(store, rid):
    return {e.event_id_cnty for e in store.events_for(rid) + store.events_for(rid, role="related")}


def test_words_report_stored_last_joins_the_incident(store):
    _store(store, ["a", "b", "c"])
    assert _events_of(store, "c") == _events_of(store, "a") and store.undated_count() == 1


def test_words_report_stored_before_the_names_joins_the_incident_as_if_stored_last(store):
    out = _store(store, ["a", "c", "b"])
    own = out["c"][0].event_id_cnty
    (held,) = _events_of(store, "a")
    assert own != held
    assert _events_of(store, "c") == {held} and store.undated_count() == 1
    assert_absorbed(store, own, held, by="c")


def test_switch_off_leaves_the_report_where_it_was(store):
    store.dedupe = DedupeSettings(recheck_unlinked=False)
    _store(store, ["a", "c", "b"])
    assert _events_of(store, "c") != _events_of(store, "a") and store.undated_count() == 2



def test_words_report_stored_last_joins_through_its_own_shortlist(store):
    store.RESEMBLING_SHORTLIST = 1  # each report compares one other in full: the likeliest
    _store(store, ["a", "b", "c"])
    assert _events_of(store, "c") == _events_of(store, "a") and store.undated_count() == 1


def test_words_report_left_off_the_new_reports_shortlist_is_compared_from_its_own_side(store):
    # b's shortlist holds a (its names), not c; c's own holds b: stored before b, c joins as if last
    store.RESEMBLING_SHORTLIST = 1
    _store(store, ["a", "c", "b"])
    assert _events_of(store, "c") == _events_of(store, "a") and store.undated_count() == 1
