"""Of two dated events a report with no date could be about, both described by its undated
mention (store/related.py: _link_key), the one at the very town it names comes before one coded
at the level of a county (geo_precision 3), which dedupe.same_place lets stand for every town
of its state: the county-level event may be another killing, and the names the report shares
with its reports (a sheriff's, a pastor's) are those of the whole county. Invented reports,
on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from test_dedupe import crime, report, town_news, undated

# invented: a shooting in the town of Harlow Springs
TOWN = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs, "
        "police said. Detective Ruth Abernathy said Okafor had argued with a neighbour.")
# invented: a shooting the next day, told only as in the county (coded at its centre)
COUNTY = ("Sheriff Bettina Crowe said Lionel Farrow, 19, was shot on a farm road in Pellam County; "
          "Pastor Idris Kellerman and Councillor Ada Brennick asked for calm at the Wexley Grange.")
# invented: a report with no date on the town's shooting, naming the county's officials too
VIGIL = ("Pastor Idris Kellerman and Councillor Ada Brennick joined Sheriff Bettina Crowe at a vigil "
         "at the Wexley Grange for Darnell Okafor, shot outside the Quarry Lane laundromat.")


def test_an_undated_report_goes_to_the_event_at_its_town_before_a_county_level_one(store):
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    town_news(store)
    (town,) = store.add_report(report("k1", text=TOWN, published=date(2021, 5, 3)), [crime()])
    (county,) = store.add_report(
        report("k2", text=COUNTY, published=date(2021, 5, 4)),
        [crime(event_date=date(2021, 5, 4), location="Pellam County", latitude=39.35, longitude=-94.3,
               geo_precision=3, admin2="Pellam County")])
    assert town.event_id_cnty != county.event_id_cnty
    store.add_report(report("u1", text=VIGIL, published=None), [], undated=[undated()])
    assert related("u1") == [town.event_id_cnty]
