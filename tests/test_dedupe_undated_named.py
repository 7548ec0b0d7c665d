"""An undated event joins the dated event a later report names (issue #6, round 2): a
report with no date whose mention stayed an undated event (its names then shared too little
with the dated event's reports) is that event once a report linked to it shares enough of
its names (:meth:`BaseStore._join_undated_earlier`), as it would have been had it come
last. Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from test_dedupe import _town_news, crime, report, undated

SHOT = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs, "
        "police said. Detective Ruth Abernathy said Okafor had argued with a neighbour.")
# no date; the town's name only in common with the first report
MOURNERS = ("Mourners gathered for the man shot in Harlow Springs; Pastor Idris Kellerman led prayers "
            "at the Fenwick Road chapel and Councillor Ada Brennick asked for calm.")
# no date either: the first report's people, and the mourners' pastor
FAMILY = ("Darnell Okafor's brother thanked Detective Ruth Abernathy for finding the Quarry Lane gunman; "
          "Pastor Idris Kellerman will hold a service.")


def _ingest(store):
    _town_news(store)
    (shot,) = store.add_report(report("s", text=SHOT, published=date(2021, 5, 4)), [crime()])
    (held,) = store.add_report(report("m", text=MOURNERS, published=None), [], undated=[undated()])
    assert dedupe.is_undated(held) and held.event_id_cnty != shot.event_id_cnty
    store.add_report(report("f", text=FAMILY, published=None), [], undated=[undated()])
    return shot, held


def test_an_undated_event_joins_the_event_a_later_report_links_it_to(store):
    shot, held = _ingest(store)
    here = store.event(shot.event_id_cnty)
    assert {"s", "m", "f"} <= set(here.article_ids) and store.undated_count() == 0
    assert store.event(held.event_id_cnty) is None  # absorbed, into the deletions log
    assert any(h["action"] == "undated event named" for h in store.history(shot.event_id_cnty))


def test_without_the_rule_it_stays_undated(store, monkeypatch):
    monkeypatch.setattr(type(store), "_join_undated_earlier", lambda *a, **k: None)
    shot, held = _ingest(store)
    assert "m" not in store.event(shot.event_id_cnty).article_ids and store.undated_count() == 1


def test_an_undated_event_elsewhere_stays_apart(store):
    _town_news(store)
    (shot,) = store.add_report(report("s", text=SHOT, published=date(2021, 5, 4)), [crime()])
    far = dict(location="Ketterby", latitude=40.2, longitude=-93.1)  # ~170 km away
    (held,) = store.add_report(report("m", text=MOURNERS, published=None), [], undated=[undated(**far)])
    store.add_report(report("f", text=FAMILY, published=None), [], undated=[undated()])
    assert "m" not in store.event(shot.event_id_cnty).article_ids
    assert dedupe.is_undated(store.event(held.event_id_cnty))
