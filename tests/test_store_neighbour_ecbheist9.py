"""A dated report linked to an event, rechecked when an event at the next town of the same state is
stored (store/related.py: RelatedLinking._link_earlier, ``neighbour_few_names``), counts what it
shares with a stored report only when they share ``MIN_NAMES`` names or more: a short report's few
names (its town, a governor) are all of its names, so its share of them is high whatever the story
is. Invented reports and towns, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news

# invented: a short report of a fire in Harlow Springs, naming the town and the governor only
VISIT = "Governor Pell flew to Harlow Springs after the fire."
# invented: a dated report coding nothing, of the creamery's board, naming the governor and its people
BOARD = ("Governor Ada Pell named Tobias Wrenfield to the Quenby creamery board; Ines Caldecott, Marlowe "
         "Olmstead and Petra Vasko of the Dairy Fund objected in Harlow Springs.")
# invented: the creamery burned in Quenby, the next town (about 20 km away), naming the board's people
BURNED = ("Fire destroyed the old Quenby creamery overnight. Wrenfield, Caldecott, Olmstead and Vasko of the "
          "Dairy Fund watched as Chief Danner and Captain Hayworth fought it.")


@pytest.mark.parametrize("rule", [True, False])
def test_a_report_goes_to_the_next_towns_event_its_people_tell(store, rule):
    town_news(store)
    store.dedupe = DedupeSettings(neighbour_few_names=rule)
    (visit,) = store.add_report(report("w1", text=VISIT, published=date(2021, 4, 13)),
                                [crime(event_date=date(2021, 4, 12))])
    store.add_report(report("f1", text=BOARD, published=date(2021, 5, 5)), [])
    assert [e.event_id_cnty for e in store.events_for("f1", role="related")] == [visit.event_id_cnty]
    (burned,) = store.add_report(report("p1", text=BURNED, published=date(2021, 5, 4)),
                                 [crime(location="Quenby", latitude=39.28, longitude=-94.55)])
    assert burned.event_id_cnty != visit.event_id_cnty
    linked = [e.event_id_cnty for e in store.events_for("f1", role="related")]
    assert linked == ([burned.event_id_cnty] if rule else [visit.event_id_cnty])
