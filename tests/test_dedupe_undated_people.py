"""An undated event that several reports with no date tell (an older shooting of a town) is not
dated by a dated report of another shooting there that shares few of their names (the town's,
its mayor's) and names other people (``undated_people_reports``): the later incident's news is
not the older incident's date. Invented reports, on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news, undated

# the older shooting, told twice with no date
OLDER = ("Odell Fairweather was shot on Marlowe Street in Harlow Springs; his aunt Priya Castellan said "
         "Detective Ansel Dray told her the gunman fled in a grey Tarrant van. Mayor Ines Okoro asked "
         "for calm.")
OLDER_2 = ("Priya Castellan, aunt of Odell Fairweather, shot on Marlowe Street in Harlow Springs, asked "
           "Detective Ansel Dray about the Tarrant van. Mayor Ines Okoro spoke at the vigil.")
# a later shooting in the town: a few names in common (the town's, its mayor's), other people
LATER = ("Hal Voss was shot near Marlowe, outside the Tilbury Road bakery in Harlow Springs, on Thursday; "
         "witnesses saw a Tarrant pickup. Sergeant Mira Cobb of the Corbin patrol asked witnesses to "
         "call, Pastor Idris Kellerman of Bellmont Chapel prayed with the Voss family and Mayor Ines "
         "Okoro asked for calm.")



@pytest.mark.parametrize("reports, apart", [(2, True), (0, False)])
def test_a_later_incident_does_not_date_an_older_undated_one(store, reports, apart):
    store.dedupe = DedupeSettings(undated_people_reports=reports)
    town_news(store, "Harlow Springs news: Mayor Ines Okoro on the {topic}.")
    (older,) = store.add_report(report("u1", text=OLDER, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=OLDER_2, published=None), [], undated=[undated()])
    assert store.event(older.event_id_cnty).article_ids == ("u1", "u2")
    (later,) = store.add_report(report("d", text=LATER, published=date(2021, 5, 7)),
                                [crime(event_date=date(2021, 5, 6))])
    assert (later.event_id_cnty != older.event_id_cnty) is apart
    assert ("u1" in later.article_ids) is not apart
