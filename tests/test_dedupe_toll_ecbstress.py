"""Issue 6: a report with no date telling the same toll of several killed (``several_killed``)
at the same place as a dated event, of the same family, is that event though the two share only
the town's and its officials' names (RelatedLinking._link_key; UndatedEvents._waiting when the
report with no date came first). Invented reports and places only."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings, is_undated
from test_dedupe import crime, report, town_news, undated

DATED = ("Harlow Springs: on Saturday officers came upon four bodies, each with gunshot wounds, inside a house. "
         "Detectives were at the scene through the night. ")
UNDATED = ("Harlow Springs police say a woman, 71, shot her daughter and three grandchildren at their "
           "home before calling for help. Neighbours described a quiet family. ")


def _settings(store, **kw):
    # a 0.9 floor for names: with only the town named by both, the toll must decide
    store.dedupe = DedupeSettings(same_toll_names=0.0, undated_join_names=0.0, undated_names=0.9,
                                  undated_related_names=0.9, **kw)
    town_news(store, line="Eastfield news: the {topic} was discussed.")  # other towns: Harlow Springs weighs


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_the_same_toll_of_several_links_a_report_with_no_date(store):
    _settings(store)
    eid = store.add_report(report("d1", text=DATED, published=date(2021, 5, 2)),
                           [crime(event_date=date(2021, 5, 1), fatalities=4)])[0].event_id_cnty
    store.add_report(report("u1", text=UNDATED, published=None), [], undated=[undated(fatalities=4)])
    assert related(store, "u1") == [eid]


def test_a_dated_report_of_several_killed_dates_the_undated_event(store):
    _settings(store)
    store.add_report(report("u1", text=UNDATED, published=None), [], undated=[undated(fatalities=4)])
    [e] = store.add_report(report("d1", text=DATED, published=date(2021, 5, 2)),
                           [crime(event_date=date(2021, 5, 1), fatalities=4)])
    assert not is_undated(e) and "u1" in e.article_ids

