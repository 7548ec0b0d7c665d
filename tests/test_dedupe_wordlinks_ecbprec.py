"""A report linked to a dated event by its words alone lends that event none of its words either
(store/resemblance.py: _resembled_ranked weighs every event by the reports its coders and names
linked, _told_by_names): a later story resembling only the word-linked report is not linked to the
event for it, so word links do not chain from one incident's stories to another topic's. Invented
reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news

# invented: a shooting, dated
ORCHARD = ("A cider maker was shot dead in the pear orchard behind the Harlow Springs mill; the beekeeper "
           "and the hop picker heard a shot by the press house and saw a blue pickup leave by the ford.")
# invented: a dated report coding nothing, alike in words, telling of a regatta too
REGATTA = ("a shot by the press house and the ford, the beekeeper and the hop picker said; the canoe "
           "regatta, the tug of war and the brass quintet on the towpath went ahead.")
# invented: a dated report coding nothing, alike in words to the regatta story alone
CANOES = ("The canoe regatta drew crowds to the towpath: the tug of war and the brass quintet "
          "were the favourites, and a fire eater on a barge.")

DAY = date(2021, 5, 4)


def _stored(store):
    town_news(store)
    (shot,) = store.add_report(report("o", text=ORCHARD, published=DAY), [crime()])
    store.add_report(report("w", text=REGATTA, published=DAY), [])
    return shot


def test_a_dated_event_is_not_resembled_through_a_word_linked_report(store):
    shot = _stored(store)
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [shot.event_id_cnty]
    store.add_report(report("c", text=CANOES, published=DAY), [])
    assert store.events_for("c", role="related") == []


def test_off_a_word_link_lends_a_dated_event_its_words(store):
    store.dedupe = DedupeSettings(word_links_resemble_nothing=False)
    shot = _stored(store)
    store.add_report(report("c", text=CANOES, published=DAY), [])
    assert [e.event_id_cnty for e in store.events_for("c", role="related")] == [shot.event_id_cnty]
