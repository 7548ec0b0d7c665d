"""A dated event is not an undated event its report shares names with, but which it does not
describe (names alone), when the two are placed at towns of one state further apart than
``undated_towns_km`` and the undated event's reports do not name the dated event's town: a
county's other shooting, not the same one read at a namesake (UndatedEvents._waiting,
dedupe.towns_apart). Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

# invented: a shooting at a mall of Harlow Springs, told with no date
MALL = ("Gunfire wounded a boy of sixteen beside the Corbin Plaza mall in Harlow Springs. Sheriff Odell "
        "Prynne said deputies of Prynne County searched the Corbin Plaza lot and the Wexmoor Road "
        "exits. Sheriff Odell Prynne asked shoppers with phone videos to call.")
# invented: three people found shot dead weeks later in a village of the same county, ~50 km away
FARM = ("Deputies of Prynne County found a farmer, his wife and their lodger killed by gunfire near Ostrava Flats "
        "on Thursday. Sheriff Odell Prynne said the Harlow Springs office would help; the Wexmoor "
        "Road was closed.")
FAR = dict(location="Ostrava Flats", latitude=39.55, longitude=-94.6, fatalities=3)


def _stored(store, text=MALL, **kw):
    store.dedupe = DedupeSettings(**kw)
    (held,) = store.add_report(report("u", text=text, published=None), [], undated=[undated()])
    store.add_report(report("d", text=FARM, published=date(2021, 6, 10)), [crime(event_date=date(2021, 6, 10), **FAR)])
    return held.event_id_cnty


def test_towns_apart():
    assert dedupe.towns_apart(crime(**FAR), crime())
    assert not dedupe.towns_apart(crime(latitude=39.15), crime())  # a district of the town
    assert not dedupe.towns_apart(crime(**FAR, admin1="Kansas"), crime())  # another state
    assert not dedupe.towns_apart(crime(**FAR), crime(geo_precision=3))  # a county holding it


def test_another_town_of_the_county_does_not_date_the_undated_event(store):
    held = _stored(store)
    assert store.event(held).event_date == dedupe.UNDATED
    assert store.event(held).article_ids == ("u",)


def test_without_the_rule_it_does(store):
    held = _stored(store, undated_towns_apart=False)
    assert not any(e.event_id_cnty == held and e.article_ids == ("u",) for e in store.events(undated=True))


def test_the_undated_reports_naming_its_town_still_join(store):
    held = _stored(store, text=MALL.replace("the Wexmoor Road exits", "the roads to Ostrava Flats"))
    assert not any(e.event_id_cnty == held and e.article_ids == ("u",) for e in store.events(undated=True))
