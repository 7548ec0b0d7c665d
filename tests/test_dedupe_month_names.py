"""An event known only to the month (or week) that matches several stored events of one town
(issue #6): its window overlaps all their days alike, so its window's centre says nothing of
which incident it is; the names its report shares with each event's reports do
(BaseStore._match_key). Invented reports, both backends.
"""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import OKAFOR, OKAFOR_2, OKAFOR_3, crime, report

FILLER = ("Riverside budget", "Hollis Park library", "Wexford school board", "Tanner Creek bridge")
# the charges story tells the shooting of Okafor and, in passing, an earlier wounding by the suspect
CHARGES = ("Wendell Pryce was charged with the murder of Darnell Okafor, shot outside the Quarry Lane "
           "laundromat in Harlow Springs, and with wounding Elias Varga on Fenwick Road days earlier. "
           "Detective Ruth Abernathy said Pryce had argued with Okafor.")
# a profile of the victim that dates the shooting only to the month
PROFILE = ("Darnell Okafor, shot outside the Quarry Lane laundromat in Harlow Springs this month, coached "
           "at the Corbin Hall gym. Detective Ruth Abernathy said Wendell Pryce had argued with Okafor.")


def test_a_month_dated_event_joins_the_incident_its_report_names(store):
    store.dedupe = DedupeSettings()
    for i, topic in enumerate(FILLER):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    shooting, wounding = store.add_report(report("c1", text=CHARGES, published=date(2021, 5, 7)), [
        crime(event_date=date(2021, 5, 3)), crime(event_date=date(2021, 5, 14), fatalities=0)])
    assert shooting.event_id_cnty != wounding.event_id_cnty
    for aid, text in (("k1", OKAFOR), ("k2", OKAFOR_2), ("k3", OKAFOR_3)):
        got = store.add_report(report(aid, text=text, published=date(2021, 5, 4)), [crime(event_date=date(2021, 5, 3))])
        assert [e.event_id_cnty for e in got] == [shooting.event_id_cnty]
    # known to the month (centred on the 15th, nearer the wounding's day): the names decide
    got = store.add_report(report("p1", text=PROFILE, published=date(2021, 5, 20)),
                           [crime(event_date=date(2021, 5, 15), time_precision=3)])
    assert [e.event_id_cnty for e in got] == [shooting.event_id_cnty]
    assert "p1" not in store.event(wounding.event_id_cnty).article_ids
