"""A report with no date linked to an event by the many names it shares with its reports is not
moved by a later recheck (:meth:`_link_earlier`) to another incident of its town that its
undated mention describes (same town, same kind) but whose reports share less than half as
many of its names (``stay_names_ratio``): the other incident of a topic does not take its
reports on the place and kind alone. Invented reports, on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news, undated

# the shooting, its town resolved elsewhere by the first report's coder
FIRST = ("Odell Fairweather, 19, was shot on Marlowe Street; his aunt Priya Castellan said Detective Ansel "
         "Dray told her the gunman fled toward Wickham Ferry in a grey Tarrant van.")
# the same shooting told with no date, placed in its town, with the town's officials
UNDATED = ("Odell Fairweather was shot on Marlowe Street in Harlow Springs; Priya Castellan, his aunt, and "
           "Detective Ansel Dray spoke of the Tarrant van seen near Wickham Ferry. Mayor Ines Okoro and "
           "Councillor Ada Brennick asked for calm.")
# another shooting in the town, days later: the officials' names in common
OTHER = ("Hal Voss was shot outside the Tilbury Road bakery in Harlow Springs; Mayor Ines Okoro and "
         "Councillor Ada Brennick asked for calm, and Sergeant Mira Cobb asked witnesses to call.")



@pytest.mark.parametrize("ratio, stays", [(2.0, True), (0.0, False)])
def test_a_linked_report_stays_with_the_event_sharing_most_of_its_names(store, ratio, stays):
    store.dedupe = DedupeSettings(stay_names_ratio=ratio)
    town_news(store)
    (first,) = store.add_report(report("a", text=FIRST, published=date(2021, 5, 3)),
                                [crime(location="Wickham Ferry", latitude=40.3, longitude=-95.9)])
    assert store.add_report(report("u", text=UNDATED, published=None), [], undated=[undated()]) == []
    assert [e.event_id_cnty for e in store.events_for("u", role="related")] == [first.event_id_cnty]
    (other,) = store.add_report(report("o", text=OTHER, published=date(2021, 5, 6)),
                                [crime(event_date=date(2021, 5, 6))])
    now = [e.event_id_cnty for e in store.events_for("u", role="related")]
    assert now == [first.event_id_cnty if stays else other.event_id_cnty]
