"""A report with no date whose text gives days of the month months away from a dated event
("on Dec. 6" against a riot of May 2) is not linked to it for sharing ``told_days_names`` of its
names (a capital's, its officials'): that many excuse a funeral's or a hearing's day weeks off
(``far_told_days``), not another season's incident, unless they share ``far_told_days_names``
(RelatedLinking._told_far). Invented reports and places."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, town_news, undated

DATED = ("Riots broke out in Harlow Springs after a clerk was killed by a firebomb thrown into the "
         "Quayside Credit Union, Mayor Hal Brandt said. ")
# invented: another riot of the town, told with its own day of the month
FAR = ("Harlow Springs: youths fought police on Dec. 6 after a boy was shot near the Quayside "
       "Credit Union, Mayor Hal Brandt said. ")
# invented: the first riot's victim buried weeks later
NEAR = ("Harlow Springs: the clerk killed at the Quayside Credit Union was buried on May 20, "
        "Mayor Hal Brandt said. ")


def _stored(store, **kw):
    # any names in common link a report with no date, and with ``told_days_names`` 0 its days
    # of the month would never decide: ``far_told_days_names`` does
    store.dedupe = DedupeSettings(undated_names=0.0, undated_related_names=0.0, told_days_names=0.0, **kw)
    town_news(store)
    return store.add_report(report("d", text=DATED, published=date(2021, 5, 3)),
                            [crime(event_date=date(2021, 5, 2))])[0].event_id_cnty


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_days_months_away_keep_a_report_with_no_date_apart(store):
    riot = _stored(store, far_told_days_names=2.0)
    store.add_report(report("f", text=FAR, published=None), [], undated=[undated()])
    assert riot not in related(store, "f")
    store.add_report(report("n", text=NEAR, published=None), [], undated=[undated()])
    assert related(store, "n") == [riot]


def test_without_the_rule_it_is_linked(store):
    riot = _stored(store, far_told_days_names=0.0)
    store.add_report(report("f", text=FAR, published=None), [], undated=[undated()])
    assert related(store, "f") == [riot]
