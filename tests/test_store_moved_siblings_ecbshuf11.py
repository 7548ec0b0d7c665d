"""Arrival order: reports that code nothing, stored while the arrest was their story's only
event, are linked to it. When the killing's report comes, those among the reports its names
reach first (``RELATED_SHORTLIST``: one here, as a story of a topic with many reports reaches
its nearest few) move to the killing (RelatedLinking._link_earlier); a report still linked
to the arrest whose own names reach the killing's report is weighed again between the two
events (``moved_link_siblings``, RelatedLinking._follow_moved), from its side. A report naming
only the arrest's people stays with the arrest. Invented reports, in a SQLite file (and
PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import OKAFOR, crime, report, town_news
from test_dedupe_briefs import related

from conflictlens.store.dedupe import DedupeSettings

#: the arrest, days after the shooting
ARREST = ("Sergeant Lena Marsh said Wendell Pryce was arrested at the Birchwood Motel in Harlow Springs "
          "after a tip from the clerk, Hattie Quarles. ")
#: a report coding nothing: the shooting's victim and place, and the arrest's people
BOTH = ("Darnell Okafor was shot outside the Quarry Lane laundromat; Wendell Pryce was arrested at the "
        "Birchwood Motel, Sergeant Lena Marsh said. ")
#: a report coding nothing that names the arrest's people, a judge and the victim
HEARING = ("Wendell Pryce, arrested at the Birchwood Motel over the death of Darnell Okafor, asked Judge "
           "Otto Kessler for bail; Sergeant Lena Marsh objected. ")
#: a report coding nothing about another arrest of the town: the motel's clerk only
CLERK = "Hattie Quarles, the night clerk, said the Birchwood Motel will add cameras. "


def _arrive(store, second: str = HEARING, **settings):
    """The town's news, the arrest, two reports coding nothing, then the shooting's report: the
    arrest's and the shooting's event ids."""
    store.dedupe = DedupeSettings(**settings)
    store.RELATED_SHORTLIST = 1  # the killing's report reaches the nearest report only
    town_news(store)
    arrest = store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [
        crime(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
              fatalities=0, event_date=date(2021, 5, 6))])[0].event_id_cnty
    store.add_report(report("r1", text=BOTH, published=date(2021, 5, 7)), [])
    store.add_report(report("r2", text=second, published=date(2021, 5, 7)), [])
    assert related(store, "r1") == related(store, "r2") == [arrest]  # the only event stored
    shooting = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)),
                                [crime()])[0].event_id_cnty
    assert related(store, "r1") == [shooting]
    return arrest, shooting


def test_a_report_linked_through_one_that_moved_follows_it(store):
    arrest, shooting = _arrive(store)
    assert related(store, "r2") == [shooting]


def test_without_the_rule_it_stays_with_the_arrest(store):
    arrest, shooting = _arrive(store, moved_link_siblings=False)
    assert related(store, "r2") == [arrest]


def test_a_report_naming_only_the_arrest_s_people_stays(store):
    arrest, shooting = _arrive(store, second=CLERK)
    assert related(store, "r2") == [arrest]
