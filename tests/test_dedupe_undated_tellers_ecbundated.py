"""A report with no date is offered the undated events that the reports sharing its names are
related reports of (store/base.py: _link_related, ``undated_told_by_related``): an undated
event is coded by the report that made it alone, its later reports with no date being linked
to it, so a report sharing names with those but not with the first one was offered only the
dated events its names reach (the town's other shooting). Invented reports, on SQLite and
PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

# invented: the first report with no date of a shooting, and a second one naming its people
FIRST = ("Mourners gathered for the man shot outside the Quarry Lane laundromat; Pastor Idris "
         "Kellerman led prayers.")
SECOND = ("Pastor Idris Kellerman said the Quarry Lane shooting shook the Fenwick Road choir; its "
          "director Lotte Varga and organist Benedikt Sorel cancelled rehearsals.")
# invented: a dated report of the town's other shooting, at a gym
GYM = ("A teenager was wounded near the Corbin Hall gym, police said; Sergeant Tomas Reyes asked "
       "for witnesses.")
# invented: a third report with no date, naming the choir's people (and the gym, where it sings)
THIRD = ("Lotte Varga and Benedikt Sorel said the Fenwick Road choir would sing at the service "
         "in the Corbin Hall gym.")


@pytest.mark.parametrize("rule", [True, False])
def test_a_report_with_no_date_joins_the_undated_event_its_siblings_tell(store, rule):
    town_news(store)
    store.dedupe = DedupeSettings(undated_told_by_related=rule)
    (held,) = store.add_report(report("u1", text=FIRST, published=None), [], undated=[undated()])
    assert dedupe.is_undated(held)
    store.add_report(report("u2", text=SECOND, published=None), [], undated=[undated()])
    assert [e.event_id_cnty for e in store.events_for("u2", role="related")] == [held.event_id_cnty]
    (gym,) = store.add_report(report("d", text=GYM, published=date(2021, 5, 4)), [crime(event_date=date(2021, 5, 4))])
    assert gym.event_id_cnty != held.event_id_cnty
    store.add_report(report("u3", text=THIRD, published=None), [], undated=[undated()])
    linked = [e.event_id_cnty for e in store.events_for("u3", role="related")]
    assert linked == [held.event_id_cnty if rule else gym.event_id_cnty]
