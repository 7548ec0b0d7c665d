"""An event known only to the month is any day of that calendar month (datesweek round): its
row's date is the 1st for "early March" and the last day for "late March", so a window of a
fortnight around that date missed the incident's own day later (earlier) in the month, and
the reports of one incident were kept apart. Invented reports, both backends."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import event, report

EARLY = "Early in March the militia and the army fought for the grain depot, residents recalled."
DAY = "On 25 March the army and the militia exchanged fire at the grain depot for six hours."
LATER = "Shelling at the grain depot on 10 April drove farmers from the district, a monitor said."


def test_a_day_late_in_the_month_joins_an_event_coded_to_its_first(store):
    store.dedupe = DedupeSettings()
    (month,) = store.add_report(report("m1", text=EARLY, published=date(2022, 4, 20)),
                                [event(event_date=date(2022, 3, 1), time_precision=3)])
    (day,) = store.add_report(report("d1", text=DAY, published=date(2022, 3, 26)),
                              [event(event_date=date(2022, 3, 25))])
    assert day.event_id_cnty == month.event_id_cnty


def test_an_event_coded_to_the_month_joins_a_stored_day_late_in_it(store):
    store.dedupe = DedupeSettings()
    (day,) = store.add_report(report("d1", text=DAY, published=date(2022, 3, 26)),
                              [event(event_date=date(2022, 3, 25))])
    (month,) = store.add_report(report("m1", text=EARLY, published=date(2022, 4, 20)),
                                [event(event_date=date(2022, 3, 1), time_precision=3)])
    assert day.event_id_cnty == month.event_id_cnty


def test_a_day_of_the_next_month_stays_apart(store):
    store.dedupe = DedupeSettings()
    (month,) = store.add_report(report("m1", text=EARLY, published=date(2022, 4, 20)),
                                [event(event_date=date(2022, 3, 1), time_precision=3)])
    (later,) = store.add_report(report("l1", text=LATER, published=date(2022, 4, 11)),
                                [event(event_date=date(2022, 4, 10))])
    assert later.event_id_cnty != month.event_id_cnty
