"""A report with no date that tells a roundup ("gunfire throughout the town over the holiday left
eleven shot, four fatally") lends the dated event it is linked to no toll: its count gathers
several incidents (store/identity/tolls.py: told_as_roundup, ``roundup_tolls_withheld``), and the
event keeps its own reports' toll. A report with no date telling the one victim's death still
lends it. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Evidence
from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

# invented: a shooting, no toll told yet
SHOT = ("Orrin Tallbridge, a glassblower, was shot on Quenby Row in Harlow Springs and taken to the "
        "Saltmarsh clinic, Sergeant Lavinia Crewe of the Harlow Springs precinct said.")
# invented: a roundup of the town's holiday, with no date, naming the same shooting
ROUNDUP = ("Gunfire throughout Harlow Springs over the holiday left eleven people shot, four of them fatally, "
           "Sergeant Lavinia Crewe said. Orrin Tallbridge, a glassblower, was shot on Quenby Row and taken "
           "to the Saltmarsh clinic.")
LEAD = ROUNDUP.split(". ")[0] + "."
# invented: the same shooting told with no date, the victim since died
DIED = ("Orrin Tallbridge, the glassblower shot on Quenby Row in Harlow Springs, died at the "
        "Saltmarsh clinic, Sergeant Lavinia Crewe said.")


def test_roundups_are_told_apart():
    assert dedupe.told_as_roundup(undated(evidence=Evidence(LEAD, 0, len(LEAD))))
    assert dedupe.told_as_roundup(undated(evidence=Evidence(
        "Eleven people have been shot dead in Harlow Springs this year.", 0, 20)))
    assert not dedupe.told_as_roundup(undated(evidence=Evidence(DIED, 0, len(DIED))))


def _lent(store, text, evidence, toll, **settings):
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    (held,) = store.add_report(report("r1", text=SHOT, published=date(2021, 5, 4)), [crime(fatalities=0)])
    store.add_report(report("u2", text=text, published=None), [],
                     undated=[undated(fatalities=toll, evidence=Evidence(evidence, 0, len(evidence)))])
    assert [e.event_id_cnty for e in store.events_for("u2", role="related")] == [held.event_id_cnty]
    return store.event(held.event_id_cnty).fatalities


def test_a_roundup_with_no_date_lends_the_event_no_toll(store):
    assert _lent(store, ROUNDUP, LEAD, 4) == 0


def test_without_the_guard_the_roundup_lends_its_count(store):
    assert _lent(store, ROUNDUP, LEAD, 4, roundup_tolls_withheld=False) == 4


def test_a_report_of_the_one_death_still_lends_it(store):
    assert _lent(store, DIED, DIED, 1) == 1


def _dated_later(store, **settings):
    """The roundup first (an undated event of its own), then the dated report of the shooting."""
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    (first,) = store.add_report(report("u1", text=ROUNDUP, published=None), [],
                                undated=[undated(fatalities=4, evidence=Evidence(LEAD, 0, len(LEAD)))])
    assert dedupe.is_undated(first) and first.fatalities == 4
    (held,) = store.add_report(report("r2", text=SHOT, published=date(2021, 5, 4)), [crime(fatalities=0)])
    assert not dedupe.is_undated(held) and "u1" in store.event(held.event_id_cnty).article_ids
    return store.event(held.event_id_cnty).fatalities


def test_an_undated_roundup_dated_later_lends_no_toll(store):
    assert _dated_later(store) == 0


def test_without_the_guard_the_dated_roundup_lends_its_count(store):
    assert _dated_later(store, roundup_tolls_withheld=False) == 4
