"""The same killing told by a report with no date (issue #6): its undated mention describes a
stored killing (same kind of violence, same town) and gives the same death toll, so it is
linked to it sharing only ``same_toll_names`` (0.15) of its names, below ``undated_names``
(0.25); with another toll it needs the usual share. Invented reports, on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, undated

FIRST = ("Toby Marchetti, 4, died after he was shot at a house on Larkspur Drive in Harlow Springs; "
         "Sheriff Delia Prewitt said a cousin found a pistol under a bed. Coroner Amos Kettleby confirmed it.")
# the same death told by a station with names of its own: little in common with the first
# but the coroner's name
SECOND = ("A boy of four was shot dead at a house, Harlow Springs officials said; Mayor Ines Okoro "
          "and Councillor Ada Brennick spoke with Channel Nine, and Amos Kettleby confirmed it. Relatives "
          "asked for privacy at Quarry Chapel and Saint Wendel school.")
# ... or the street alone (a town's killings share its streets: no one named in common)
STREET = SECOND.replace("at a house", "on Larkspur Drive").replace(", and Amos Kettleby confirmed it", "")


def _town_news(store):
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def _told(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid) + store.events_for(aid, role="related")]


@pytest.mark.parametrize("second, toll, linked", [(SECOND, 1, True), (SECOND, 2, False), (SECOND, 0, False),
                                                  (STREET, 1, False)])
def test_an_undated_report_of_the_same_toll_is_linked_on_fewer_names(store, second, toll, linked):
    _town_news(store)
    (shot,) = store.add_report(report("a", text=FIRST, published=date(2021, 5, 4)), [crime()])
    store.add_report(report("b", text=second, published=None), [], undated=[undated(fatalities=toll)])
    share = store._related_reports("b", dedupe.report_names(second)).get("a", 0.0)
    assert 0.15 <= share < 0.25
    if linked:
        assert _told(store, "b") == [shot.event_id_cnty] and store.undated_count() == 0
    else:
        assert shot.event_id_cnty not in _told(store, "b") and store.undated_count() == 1


def test_without_the_rule_it_stays_apart(store):
    _town_news(store)
    store.dedupe = DedupeSettings(same_toll_names=0.25)
    (shot,) = store.add_report(report("a", text=FIRST, published=date(2021, 5, 4)), [crime()])
    store.add_report(report("b", text=SECOND, published=None), [], undated=[undated()])
    assert shot.event_id_cnty not in _told(store, "b")


# two undated reports of a town's killings with the same toll: the coroner named by his full
# name (the same killing), or the town's officials only (another killing)
OTHER = SECOND.replace("A boy of four was shot dead at a house", "A man was shot dead in a bar brawl, Prewitt, "
                       "the Sheriff, and").replace(", and Amos Kettleby confirmed it", "")


@pytest.mark.parametrize("second, joins", [(SECOND, True), (OTHER, False)])
def test_an_undated_report_of_the_same_toll_joins_the_undated_killing_naming_the_same_things(store, second, joins):
    _town_news(store)
    (held,) = store.add_report(report("a", text=FIRST, published=None), [], undated=[undated()])
    (out,) = store.add_report(report("b", text=second, published=None), [], undated=[undated()])
    share = store._related_reports("b", dedupe.report_names(second)).get("a", 0.0)
    assert 0.15 <= share < 0.25
    assert (out.event_id_cnty == held.event_id_cnty) is joins
    assert store.undated_count() == (1 if joins else 2)
