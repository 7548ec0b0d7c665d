"""A report with no date linked by its names to a dated event lends it its toll
(``undated_tolls_to_dated``: store/related.py _link_related, store/reconcile.py _recombine):
the reports of one incident tell its dead whether or not they carry a date, and the lowest
credible count of the best kind is coded. Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

# invented: a dated report, the victim wounded
WOUNDED = ("Corwin Ashgrove, a piano tuner, was wounded by gunfire on Tamsin Lane in Harlow Springs on Monday "
           "and taken to the Pellham clinic, Sergeant Odile Marchetti of the Harlow Springs precinct said.")
# invented: the same shooting told with no date, the victim since died
DIED = ("Corwin Ashgrove, the piano tuner wounded by gunfire on Tamsin Lane in Harlow Springs, died at the "
        "Pellham clinic, Sergeant Odile Marchetti said.")


def _told(store):
    town_news(store)
    (held,) = store.add_report(report("d1", text=WOUNDED, published=date(2021, 5, 4)), [crime(fatalities=0)])
    assert not dedupe.is_undated(held) and held.fatalities == 0
    store.add_report(report("u1", text=DIED, published=None), [], undated=[undated(fatalities=1)])
    assert [e.event_id_cnty for e in store.events_for("u1", role="related")] == [held.event_id_cnty]
    return store.event(held.event_id_cnty)


def test_a_report_with_no_date_lends_the_dated_event_its_toll(store):
    assert _told(store).fatalities == 1


def test_without_the_rule_the_dated_reports_toll_stands(store):
    store.dedupe = DedupeSettings(undated_tolls_to_dated=False)
    assert _told(store).fatalities == 0
