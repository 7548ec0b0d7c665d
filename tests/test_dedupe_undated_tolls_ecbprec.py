"""An undated event's toll is what the reports with no date linked to it by their names tell of it
(store/related.py: _link_related, store/reconcile.py: _recombine, ``undated_related_tolls``): a
report with no date that tells the victim died later, whose undated mention describes the undated
event its names link it to, lends that event its toll, as a coded report would. Invented reports,
on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import report, town_news, undated

# invented: a shooting told with no date, the victim wounded
WOUNDED = ("Orrin Tallbridge, a glassblower, was wounded by gunfire on Quenby Row in Harlow Springs and taken "
           "to the Saltmarsh clinic, Sergeant Lavinia Crewe of the Harlow Springs precinct said.")
# invented: the same shooting told with no date, the victim since died
DIED = ("Orrin Tallbridge, the glassblower wounded by gunfire on Quenby Row in Harlow Springs, died at the "
        "Saltmarsh clinic, Sergeant Lavinia Crewe said.")


def _told(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=WOUNDED, published=None), [], undated=[undated(fatalities=0)])
    assert dedupe.is_undated(held) and held.fatalities == 0
    store.add_report(report("u2", text=DIED, published=None), [], undated=[undated(fatalities=1)])
    assert [e.event_id_cnty for e in store.events_for("u2", role="related")] == [held.event_id_cnty]
    return store.event(held.event_id_cnty)


def test_a_linked_report_with_no_date_lends_the_undated_event_its_toll(store):
    assert _told(store).fatalities == 1


def test_without_the_rule_the_toll_stays_the_first_reports(store):
    store.dedupe = DedupeSettings(undated_related_tolls=False)
    assert _told(store).fatalities == 0
