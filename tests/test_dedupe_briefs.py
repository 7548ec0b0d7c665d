"""Briefs using fewer than MIN_NAMES names, linked by names that are their incident's own
(store/name_evidence.py: _brief_related; store/related.py: _link_earlier; dedupe.owned_names): on SQLite and PostgreSQL
(the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import dedupe
from test_dedupe import FILLER, OKAFOR, OKAFOR_3, OTHER, crime, report

# invented: a one-line obituary naming the victim, two names only
BRIEF = "Darnell Okafor dies at 34."
# invented: a long story of the shooting, naming many people besides the victim
CROWD = ("Neighbours Abel Brink, Cora Dunmore, Eli Fairweather, Greta Holm, Ivo Jansky, Kira Lomax, "
         "Milo Norcott, Nell Ostrander, Pia Quennell, Rafe Stannard, Tova Ulrich, Vance Whitlow, "
         "Wren Yardley and Zeke Ambrose heard the shots. ")


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


@pytest.mark.parametrize("users, reports, owned", [
    ({"okafor": {"k1", "k3"}, "harlow": {"k1", "k5", "k6"}}, {"k1", "k3"}, ["okafor"]),
    ({"harlow": {"k1", "k5"}}, {"k1"}, []),  # a town two incidents' reports use alike
    ({"quarry": {"k1"}, "lane": {"k1", "k3", "k5"}}, {"k1", "k3"}, ["lane", "quarry"]),
])
def test_the_names_an_event_s_reports_use_mostly(users, reports, owned):
    assert dedupe.owned_names(users, reports) == owned


def test_a_brief_naming_the_victim_is_linked_to_the_shooting(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    eid = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    assert store.add_report(report("b1", text=BRIEF, published=date(2021, 5, 4)), []) == []
    assert related(store, "b1") == [eid]


def test_a_brief_naming_only_the_town_of_two_incidents_is_linked_to_neither(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("k5", text=OTHER, published=date(2021, 5, 3)),
                     [crime(latitude=39.2, location="Harlow Springs - Fenwick Road")])
    store.add_report(report("b1", text="Harlow Springs mourns.", published=date(2021, 5, 4)), [])
    assert related(store, "b1") == []


def test_a_brief_stored_before_a_long_story_is_linked_when_a_follow_up_arrives(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    store.add_report(report("b1", text=BRIEF, published=date(2021, 5, 4)), [])
    # the story coding the shooting names so many others that the brief's names are a sliver of its
    eid = store.add_report(report("k1", text=OKAFOR + CROWD, published=date(2021, 5, 3)),
                           [crime()])[0].event_id_cnty
    assert related(store, "b1") == []
    # a follow-up naming the victim, linked to the shooting, tells what the brief is about
    store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 5)), [])
    assert related(store, "k3") == [eid]
    assert related(store, "b1") == [eid]
