"""A word link does not cross to the country a report is placed in (issue 6).

``word_links_coded_country``: a report linked by its words alone is not linked to an event of
another country when its own rows are placed in a country (the arrest it codes, in a city it
names without ever writing the country's name or adjective) and it names no word of the event's
place (store/resemblance.py: _countries_placed), nor when it names a famous city or a
province the gazetteer places without doubt in another country. Shown in both arrival orders.
Invented reports, towns and people (one real famous city); on SQLite (and PostgreSQL when one
runs: the ``store`` fixture).
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news

# invented: a reputed gang boss dies in a Missouri jail (the stored event's report)
JAIL = ("Harlow Springs: reputed gang boss Amos Tiller, 71, was found dead in his jail cell, hours after "
        "a dawn raid on the family's bakery empire, the county sheriff said. Tiller had run the racket "
        "for decades from a back room above the ovens, prosecutors said.")
# invented: another boss, in a city abroad the report names but never its country; no date
ABROAD = ("A reputed gang boss was found dead in his jail cell in Castelvorno, hours after a dawn raid on "
          "the family's bakery empire. He had run the racket for decades from a back room above the "
          "ovens, prosecutors said.")


def _arrest_abroad(**kw):
    """The arrest the report abroad codes: in its city, in another country (no act of violence)."""
    base = dict(event_type="Strategic developments", sub_event_type="Arrests",
                disorder_type="Strategic developments", actor1="Police Forces of Italy (2022-)",
                actor2="", inter2=0, iso=380, region="Europe", country="Italy", country_code="IT",
                admin1="Molise", location="Castelvorno", latitude=41.6, longitude=14.2, fatalities=0)
    base.update(kw)
    return crime(**base)


def _related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def _jail_and_abroad(store, abroad_first):
    town_news(store)
    if abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [_arrest_abroad()])
    (k,) = store.add_report(report("k1", text=JAIL, published=date(2021, 5, 3)),
                            [crime(sub_event_type="Attack", fatalities=1)])
    if not abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [_arrest_abroad()])
    return k.event_id_cnty


@pytest.mark.parametrize("abroad_first", [False, True])
def test_a_word_link_does_not_cross_to_the_country_a_report_is_placed_in(store, abroad_first):
    _jail_and_abroad(store, abroad_first)
    assert _related(store, "a1") == []


@pytest.mark.parametrize("abroad_first", [False, True])
def test_off_the_words_link_it_to_the_other_countrys_death(store, abroad_first):
    store.dedupe = DedupeSettings(word_links_coded_country=False)
    k = _jail_and_abroad(store, abroad_first)
    assert _related(store, "a1") == [k]


# invented: the boss abroad, told in a famous city the gazetteer places without doubt, no country
# named and nothing coded
FAMOUS = ABROAD.replace("in Castelvorno", "in Marseille")


@pytest.mark.parametrize("on", [True, False])
def test_a_famous_city_places_a_report_in_its_country(store, on):
    store.dedupe = DedupeSettings(word_links_coded_country=on)
    town_news(store)
    (k,) = store.add_report(report("k1", text=JAIL, published=date(2021, 5, 3)),
                            [crime(sub_event_type="Attack", fatalities=1)])
    store.add_report(report("a1", text=FAMOUS, published=None), [])
    assert _related(store, "a1") == ([] if on else [k.event_id_cnty])


def test_a_small_town_or_a_shared_name_places_no_report():
    from conflictlens.store.resemblance import _famous_place_country
    assert _famous_place_country("marseille", 100_000, 10.0) == "FR"
    assert _famous_place_country("castelvorno", 100_000, 10.0) == ""  # no such place
    assert _famous_place_country("springfield", 100_000, 10.0) == "US"  # many towns, one country
