"""A report linked to an undated event by its words alone (store/resemblance.py: _link_resembling) tells
the story is alike, not whom it is about: whom it names does not make a report with no date that
gives the same toll the same killing (_same_killing with _names_things_of, which counts only the
event's reports linked by their names: _told_by_names), nor links a brief to that event
(_link_related, _brief_related). Invented reports, on SQLite and PostgreSQL (the ``store``
fixture)."""
from __future__ import annotations

from conflictlens.store import DedupeSettings
from test_dedupe import report, town_news, undated

# invented: a killing told with no date, by a town's pastor and councillor
LOCAL = ("A man was shot dead beside the olive press in Harlow Springs; the baker, the cobbler and the "
         "ferryman heard gunfire near the harbour wall and saw a scooter speed past the lighthouse. Pastor "
         "Idris Kellerman and Councillor Ada Brennick asked for calm.")
# invented: a report with no date coding nothing, alike in words, naming two reporters
ALIKE = ("gunfire near the harbour wall and the olive press: the baker, the cobbler and the ferryman told "
         "Mirela Tosk and Anton Vey of the Quillon Gazette about a scooter by the lighthouse.")
# invented: a report with no date by the same reporters, in words of its own, telling a death
MORE = ("Mirela Tosk and Anton Vey of the Quillon Gazette wrote from Harlow Springs of a death; editor "
        "Rosalind Petrakis and photographer Dmitri Olander joined them.")


def test_an_undated_report_of_the_same_toll_does_not_join_for_whom_a_word_linked_report_names(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=LOCAL, published=None), [], undated=[undated()])
    store.add_report(report("w", text=ALIKE, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
    store.dedupe = DedupeSettings(resemblance_link=float("inf"))  # the names alone decide now
    out = store.add_report(report("u2", text=MORE, published=None), [], undated=[undated()])
    assert [e.event_id_cnty for e in out] != [held.event_id_cnty] and store.undated_count() == 2
    assert store.events_for("u2", role="related") == []


def test_whom_a_report_linked_by_its_names_names_still_counts(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=LOCAL + " Mirela Tosk and Anton Vey reported it.",
                                      published=None), [], undated=[undated()])
    store.dedupe = DedupeSettings(resemblance_link=float("inf"))
    store.add_report(report("u2", text=MORE, published=None), [], undated=[undated()])
    told = store.events_for("u2") + store.events_for("u2", role="related")
    assert [e.event_id_cnty for e in told] == [held.event_id_cnty] and store.undated_count() == 1


# invented: a brief with no date naming the two reporters alone
BRIEF = "Mirela Tosk and Anton Vey file again."


def test_a_brief_is_not_linked_to_an_undated_event_through_a_word_linked_report(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=LOCAL, published=None), [], undated=[undated()])
    store.add_report(report("w", text=ALIKE, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
    store.dedupe = DedupeSettings(resemblance_link=float("inf"))  # the names alone decide now
    store.add_report(report("b", text=BRIEF, published=None), [])
    assert store.events_for("b", role="related") == []
