"""A report linked to an undated event by its words alone (store/resemblance.py: _link_resembling) says
the story is alike, not that its words are that event's: a report with no date resembling it is
not linked to the undated event for that (_resembled_ranked weighs an undated event by the reports
linked to it by their names: _told_by_names), else word links chain from one incident's story to
another's. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from conflictlens.store import DedupeSettings
from test_dedupe import report, town_news, undated

# invented: a killing told with no date
QUAY = ("A trawlerman was shot dead on the fish quay in Harlow Springs; the net mender and the ice "
        "seller heard two shots near the smokehouse and saw a grey van leave by the slipway.")
# invented: a report with no date coding nothing, alike in words, telling of a festival too
FESTIVAL = ("shots near the smokehouse and the slipway, the net mender and the ice seller said; the "
            "lantern festival, the kite contest and the accordion band on the boardwalk went ahead.")
# invented: a report with no date coding nothing, alike in words to the festival story alone
LANTERNS = ("The lantern festival drew crowds to the boardwalk: the kite contest and the accordion band "
            "were the favourites, and a juggler on stilts.")


def test_a_report_with_no_date_is_not_linked_through_a_word_linked_report(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=QUAY, published=None), [], undated=[undated()])
    store.add_report(report("w", text=FESTIVAL, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
    store.add_report(report("l", text=LANTERNS, published=None), [])
    assert store.events_for("l", role="related") == []


def test_off_the_word_link_lends_its_words(store):
    store.dedupe = DedupeSettings(word_links_resemble_nothing=False)
    town_news(store)
    (held,) = store.add_report(report("u1", text=QUAY, published=None), [], undated=[undated()])
    store.add_report(report("w", text=FESTIVAL, published=None), [])
    store.add_report(report("l", text=LANTERNS, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("l", role="related")] == [held.event_id_cnty]
