"""Ties between equally good events are broken by the id's prefix and number (issue #6):
"USA8" before "USA13", the event stored earlier, not the string order, which would make a
link depend on how many events happened to be numbered before. Invented reports, on SQLite
and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store.base import id_order
from test_dedupe import _town_news, crime, report

# two stories of one made-up shooting told with the same names, coded as two events
FIRST = ("Oriel Tamsworth was shot on Brackley Row in Harlow Springs; Sergeant Pell Quinlan "
         "said Tamsworth knew the gunman. Vandrell Market stayed shut.")
SECOND = ("At Vandrell Market on Brackley Row, Harlow Springs, neighbours of Oriel Tamsworth "
          "spoke to Sergeant Pell Quinlan after the shooting.")
LATER = ("Harlow Springs: a vigil on Brackley Row for Oriel Tamsworth; Sergeant Pell Quinlan "
         "thanked Vandrell Market for the candles.")


def test_id_order_reads_the_number():
    assert sorted(["USA13", "USA8", "GBR2", "odd"], key=id_order) == ["GBR2", "USA8", "USA13", "odd"]


def test_a_report_fitting_two_events_alike_is_linked_to_the_earlier_numbered(store):
    _town_news(store)
    store.add_report(report("a", text=FIRST, published=date(2021, 5, 4)), [crime(event_id_cnty="USA13")])
    store.add_report(report("b", text=SECOND, published=date(2021, 5, 4)), [crime(event_id_cnty="USA8")])
    store.add_report(report("c", text=LATER, published=date(2021, 5, 6)), [])
    assert [e.event_id_cnty for e in store.events_for("c", role="related")] == ["USA8"]
