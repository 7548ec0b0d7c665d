"""A crime a later report places at the next town of its county and dates by its own page is
the incident an earlier report placed at the county's other town when the reports name the
same victim (one distinctive full name) and share some of their other names
(``area_people_names``: too few names for ``related_names``, one person short of
``people_names``). Another county's crime told alike stays apart. Invented reports, on SQLite
and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report

# the shooting, told by the first outlet at the county's seat
FIRST = ("Odell Fairweather, 19, was shot on Marlowe Street in Harlow Springs late Saturday, Sheriff "
         "Greta Holm said. Fairweather was taken to Corbin Memorial; deputies searched the Tilbury "
         "Road apartments and the Wexford trailer park.")
# a follow-up three days later: the victim's name and its own people
LATER = ("Family of Odell Fairweather held a vigil near Marlowe in Wickham Ferry on Tuesday. His cousin Rosalind "
         "Okoye thanked neighbours; Pastor Idris Kellerman of Bellmont Chapel led prayers, and the "
         "Ashgrove youth league, the Pellham rotary and Dunmore Academy sent flowers.")


def _county_news(store):
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board",
                               "Fenwick bridge", "Quarry Lane market", "Corbin fair")):
        store.add_report(report(f"county{i}", text=f"Corbin County news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


@pytest.mark.parametrize("least, admin2, joins", [(1, "Corbin County", True), (0, "Corbin County", False),
                                                  (1, "Tarrant County", False)])
def test_one_shared_victim_joins_a_crime_of_the_same_county(store, least, admin2, joins):
    store.dedupe = DedupeSettings(area_people_names=least)
    _county_news(store)
    (first,) = store.add_report(report("a", text=FIRST, published=date(2021, 5, 3)),
                                [crime(admin2="Corbin County", event_date=date(2021, 5, 1))])
    # the next town, ~25 km off (outside the place window), dated by the follow-up's page
    (later,) = store.add_report(report("b", text=LATER, published=date(2021, 5, 4)),
                                [crime(admin2=admin2, location="Wickham Ferry", latitude=39.3,
                                       longitude=-94.45, event_date=date(2021, 5, 4))])
    assert (later.event_id_cnty == first.event_id_cnty) is joins
