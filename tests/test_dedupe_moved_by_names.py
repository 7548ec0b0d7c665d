"""A report linked by its names to the only event stored when it came is looked at again
when a later report is linked to its own incident's event (store/ingest.py: _apply, through
_link_earlier), so the order of arrival does not matter: on SQLite and PostgreSQL (the
``store`` fixture)."""
from __future__ import annotations

from datetime import date

from test_dedupe import FILLER, OTHER, crime, report
from test_dedupe_briefs import CROWD, related

# invented: the detective of both incidents
WOUNDED = OTHER + "Detective Ruth Abernathy is looking for the driver. "
# invented: a report coding nothing, about the shooting of a victim the story names last
APPEAL = ("Detective Ruth Abernathy asked anyone who saw the shooting outside the Quarry Lane "
          "laundromat to call; the family of Darnell Okafor offered a reward. ")
# invented: the story of that shooting names so many others that the appeal's names are a sliver of its
STORY = "Darnell Okafor, 34, was shot dead, police said. " + CROWD + (
    "Later Odile Pembridge, Soren Vasquez, Talia Rook, Ugo Merriman and Yusuf Calloway arrived. ")
# invented: a follow-up naming the story's people and the appeal's
FOLLOW_UP = ("Neighbours Abel Brink, Cora Dunmore, Eli Fairweather and Greta Holm saw Darnell Okafor "
             "shot outside the Quarry Lane laundromat. ")


def test_a_report_linked_to_another_incident_moves_when_its_own_is_told(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    other = store.add_report(report("k5", text=WOUNDED, published=date(2021, 5, 3)),
                             [crime(latitude=39.2, location="Harlow Springs - Fenwick Road")])[0].event_id_cnty
    store.add_report(report("m1", text=APPEAL, published=date(2021, 5, 4)), [])
    assert related(store, "m1") == [other]  # the only event stored: the detective's
    eid = store.add_report(report("k1", text=STORY, published=date(2021, 5, 4)), [crime()])[0].event_id_cnty
    assert related(store, "m1") == [other]
    store.add_report(report("k3", text=FOLLOW_UP, published=date(2021, 5, 5)), [])
    assert related(store, "k3") == [eid]
    assert related(store, "m1") == [eid]
