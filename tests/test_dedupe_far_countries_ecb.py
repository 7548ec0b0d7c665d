"""A report with no date linked to an event by its names or words alone is not linked to one
set in a country none of its places resolves to (Report.place_countries, set by the pipeline:
events/report_bounds.py; store/dedupe.py: far_from); kept from such an event and linked to
nothing, it stores what else it tells (an arrest) as an undated event, which its siblings join
and a dated report of that arrest dates (store/base.py: _kept_apart, dedupe.tells_other).
Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.report_bounds import told_countries
from conflictlens.store import DedupeSettings
from conflictlens.store.dedupe import UNDATED
from test_dedupe import crime, report, town_news

# invented: a dated report of a jewel robbery in a French town, naming the gang's boss
ROBBERY = ("Masked men raided the Ortolan jewellers on Rue Vasseur in Montbrison-le-Haut, taking rings "
           "worth two million euros; police said the Corlani gang of Aldo Ferrantes and Pietro Gallucci "
           "was behind it, and prefect Hugues Tavernier ordered roadblocks.")
# invented: a report with no date of the boss's arrest in an Italian town, naming the same people
ARREST = ("Aldo Ferrantes, said to lead the Corlani gang, was arrested in Castelverde with Pietro Gallucci "
          "and held at the Santa Rosalinda prison; magistrate Ilaria Bonfante questioned him.")
ARREST_2 = ("In Castelverde the Corlani boss Aldo Ferrantes, arrested with Pietro Gallucci, was moved to the "
            "Santa Rosalinda prison; magistrate Ilaria Bonfante will question him again.")


def robbery(**kw):
    """The robbery as coded: France, a made-up town."""
    base = dict(event_date=date(2021, 3, 2), event_type="Strategic developments",
                sub_event_type="Looting/property destruction", disorder_type="Strategic developments",
                actor1="Unidentified Armed Group (France)", actor2="", inter2=None, iso=250, region="Europe",
                country="France", country_code="FR", admin1="Auvergne-Rhone-Alpes", location="Montbrison-le-Haut",
                latitude=45.6, longitude=4.07, fatalities=0)
    return crime(**{**base, **kw})


def arrest(**kw):
    """The arrest as coded: Italy, a made-up town."""
    base = dict(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="Strategic developments",
                actor1="Police Forces of Italy", inter1=1, actor2="", inter2=None, iso=380, region="Europe",
                country="Italy", country_code="IT", admin1="Sicily", location="Castelverde", latitude=37.9,
                longitude=13.6, fatalities=0)
    return crime(**{**base, **kw})


def undated_report(rid, text, countries):
    r = report(rid, text=text, published=None)
    r.place_countries = countries
    return r


def test_the_countries_a_report_s_places_resolve_to():
    from conflictlens.model import PlaceMention
    places = [PlaceMention(0, 5, "Ennis", "Ennis", 1, 52.8, -8.9, "IE"),
              PlaceMention(9, 14, "Cork", "Cork", 2, 51.9, -8.5, "IE"),
              PlaceMention(20, 27, "Italian", "Italy", 3, 42.8, 12.8, "IT", kind="demonym"),
              PlaceMention(30, 40, "the river", "", None, 0.0, 0.0, "")]
    assert told_countries(places) == "IE,IT"
    assert told_countries([]) == ""


def test_the_pipeline_sets_where_a_report_is(violence_pipeline):
    from conflictlens.model import Report
    r = Report(id="p1", text="Police in Palermo, Italy, arrested two men after a shooting on Tuesday.")
    violence_pipeline.analyse(r)
    assert "IT" in r.place_countries.split(",")


@pytest.mark.parametrize("far", [True, False])
def test_a_report_with_no_date_set_in_another_country_is_not_linked_by_its_names(store, far):
    town_news(store)
    store.dedupe = DedupeSettings(far_countries=far)
    (ev,) = store.add_report(report("r1", text=ROBBERY, published=date(2021, 3, 3)), [robbery()])
    # its places all in Italy, telling an arrest there: not the French robbery, whatever names
    # the two share; with the rule off it is linked to it
    got = store.add_report(undated_report("a1", ARREST, "IT"), [],
                           undated=[arrest(event_date=UNDATED, time_precision=0)])
    related = [e.event_id_cnty for e in store.events_for("a1", role="related")]
    if far:
        assert related == [] and [e.country_code for e in got] == ["IT"]
        # its sibling joins the arrest it stored, not the robbery
        store.add_report(undated_report("a2", ARREST_2, "IT"), [])
        assert [e.event_id_cnty for e in store.events_for("a2", role="related")] == [got[0].event_id_cnty]
    else:
        assert related == [ev.event_id_cnty] and got == []


def test_a_report_naming_the_event_s_country_or_none_is_linked_as_before(store):
    town_news(store)
    (ev,) = store.add_report(report("r1", text=ROBBERY, published=date(2021, 3, 3)), [robbery()])
    store.add_report(undated_report("a1", ARREST, "FR,IT"), [])
    store.add_report(undated_report("a2", ARREST_2, ""), [])
    for rid in ("a1", "a2"):
        assert [e.event_id_cnty for e in store.events_for(rid, role="related")] == [ev.event_id_cnty]


def test_a_dated_report_of_the_arrest_dates_the_undated_arrest(store):
    town_news(store)
    store.add_report(report("r1", text=ROBBERY, published=date(2021, 3, 3)), [robbery()])
    (held,) = store.add_report(undated_report("a1", ARREST, "IT"), [],
                               undated=[arrest(event_date=UNDATED, time_precision=0)])
    assert store.undated_count() == 1
    (dated,) = store.add_report(report("a3", text=ARREST_2, published=date(2021, 3, 9)),
                                [arrest(event_date=date(2021, 3, 8))])
    assert dated.event_id_cnty == held.event_id_cnty and store.undated_count() == 0
    assert set(dated.article_ids) == {"a1", "a3"}


def test_a_place_the_event_s_reports_name_too_is_a_namesake_read_abroad(store):
    town_news(store)
    (ev,) = store.add_report(report("r1", text=ROBBERY, published=date(2021, 3, 3)), [robbery()])
    # its one place, the robbery's town, read as a namesake in Italy: the robbery's report names
    # it too, so the report is linked as if it named France
    r = undated_report("a1", "In Montbrison-le-Haut the Corlani gang of Aldo Ferrantes and Pietro Gallucci "
                             "was blamed for the Ortolan jewellers raid on Rue Vasseur.", "IT")
    r.place_names = "Montbrison-le-Haut"
    store.add_report(r, [])
    assert [e.event_id_cnty for e in store.events_for("a1", role="related")] == [ev.event_id_cnty]
    # a place the robbery's reports do not name stays another country's
    r = undated_report("a2", ARREST, "IT")
    r.place_names = "Castelverde"
    store.add_report(r, [])
    assert store.events_for("a2", role="related") == []


def test_a_store_from_before_migration_11_keeps_working(store):
    from conflictlens.store.schema import LATEST_VERSION
    from test_dedupe import undo_migration_11
    town_news(store)
    (ev,) = store.add_report(report("r1", text=ROBBERY, published=date(2021, 3, 3)), [robbery()])
    store.add_report(undated_report("a1", ARREST, "IT"), [])  # stored before: its countries are lost
    undo_migration_11(store)
    store._exec("DELETE FROM schema_version WHERE version >= 11")
    store._migrate()
    assert store.schema_version() == LATEST_VERSION
    assert store._value("SELECT countries AS v FROM reports WHERE article_id = 'r1'") == ""
    # a report stored after it is kept from the robbery as before
    store.add_report(undated_report("a2", ARREST_2, "IT"), [])
    assert ev.event_id_cnty not in [e.event_id_cnty for e in store.events_for("a2", role="related")]
