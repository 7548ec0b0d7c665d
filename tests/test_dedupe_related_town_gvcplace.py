"""An event its dated reports place only at a county takes the town inside that county that a
related report with no date tells it at (store/related.py: _town_of_related): ACLED codes the most
precise place any source gives. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from test_dedupe import OKAFOR, OKAFOR_2, crime, report, town_news, undated

# the county around the made-up town of Harlow Springs (~39.1 N, 94.6 W), coded at its seat
COUNTY = dict(admin2="Alder County", location="Alder County", latitude=39.3, longitude=-94.4, geo_precision=3)


def test_a_county_event_takes_the_town_a_report_with_no_date_tells(store):
    town_news(store)
    store.add_report(report("u1", text=OKAFOR, published=None), [], undated=[undated(admin2="Alder County")])
    (e,) = store.add_report(report("k1", text=OKAFOR_2, published=date(2021, 5, 4)), [crime(**COUNTY)])
    got = store.event(e.event_id_cnty)
    assert "u1" in got.article_ids
    assert (got.location, got.geo_precision, got.latitude) == ("Harlow Springs", 1, 39.1)


def test_a_town_outside_the_county_changes_nothing(store):
    town_news(store)
    store.add_report(report("u1", text=OKAFOR, published=None), [], undated=[undated(admin2="Birch County")])
    (e,) = store.add_report(report("k1", text=OKAFOR_2, published=date(2021, 5, 4)), [crime(**COUNTY)])
    got = store.event(e.event_id_cnty)
    assert (got.location, got.geo_precision) == ("Alder County", 3)


def test_the_move_to_the_town_is_in_the_events_history(store):
    """Every change to an event is recorded: a report with no date linked after the county's
    event moves it to its town, and the history names the old and the new place."""
    town_news(store)
    (e,) = store.add_report(report("k1", text=OKAFOR_2, published=date(2021, 5, 4)), [crime(**COUNTY)])
    store.add_report(report("u1", text=OKAFOR, published=None), [], undated=[undated(admin2="Alder County")])
    assert store.event(e.event_id_cnty).location == "Harlow Springs"
    moves = [(h["article_id"], h["changes"]["location"]) for h in store.history(e.event_id_cnty)
             if "location" in h["changes"]]
    assert moves[-1] == ("u1", ["Alder County", "Harlow Springs"])
