"""A report with no date linked by its names to an event lends that event its toll
(store/related.py: _link_related, store/reconcile.py: _recombine): a report with no date that
tells the victim died later, whose undated mention describes the event its names link it to,
counts among its reports' tolls as a coded report would, whether the event is undated
(``undated_related_tolls``) or dated (``undated_tolls_to_dated``); the lowest credible count of
the best kind is coded. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

# invented: a shooting, the victim wounded
WOUNDED = ("Orrin Tallbridge, a glassblower, was wounded by gunfire on Quenby Row in Harlow Springs and taken "
           "to the Saltmarsh clinic, Sergeant Lavinia Crewe of the Harlow Springs precinct said.")
# invented: the same shooting told with no date, the victim since died
DIED = ("Orrin Tallbridge, the glassblower wounded by gunfire on Quenby Row in Harlow Springs, died at the "
        "Saltmarsh clinic, Sergeant Lavinia Crewe said.")

# the first report with no date (an undated event) or with one (a dated event), and the switch
# that lends either its toll
FIRST = [pytest.param(None, "undated_related_tolls", id="undated-event"),
         pytest.param(date(2021, 5, 4), "undated_tolls_to_dated", id="dated-event")]


def _told(store, published):
    town_news(store)
    if published is None:
        (held,) = store.add_report(report("r1", text=WOUNDED, published=None), [], undated=[undated(fatalities=0)])
    else:
        (held,) = store.add_report(report("r1", text=WOUNDED, published=published), [crime(fatalities=0)])
    assert dedupe.is_undated(held) == (published is None) and held.fatalities == 0
    store.add_report(report("u2", text=DIED, published=None), [], undated=[undated(fatalities=1)])
    assert [e.event_id_cnty for e in store.events_for("u2", role="related")] == [held.event_id_cnty]
    return store.event(held.event_id_cnty)


@pytest.mark.parametrize("published, switch", FIRST)
def test_a_linked_report_with_no_date_lends_the_event_its_toll(store, published, switch):
    assert _told(store, published).fatalities == 1


@pytest.mark.parametrize("published, switch", FIRST)
def test_without_the_rule_the_toll_stays_the_first_reports(store, published, switch):
    store.dedupe = DedupeSettings(**{switch: False})
    assert _told(store, published).fatalities == 0
