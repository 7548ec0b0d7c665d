"""A word link does not cross to another country (issue 6, ``word_links_other_country``): a report
linked by its words alone is not linked to an event of another country when it names a country
(its name or adjective: "Italian police sources") and no word of the event's place
(store/resemblance.py: _other_country). News names the country of the incident it tells; two
deaths in custody are told in alike words, and which arrived first decided the link. Shown in
both arrival orders. Invented reports, towns and people; on SQLite (and PostgreSQL when one
runs: the ``store`` fixture).
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news, undated

# invented: a reputed gang boss dies in a Missouri jail (the stored event's report)
JAIL = ("Harlow Springs: reputed gang boss Amos Tiller, 71, was found dead in his jail cell, hours after "
        "a dawn raid on the family's bakery empire, the county sheriff said. Tiller had run the racket "
        "for decades from a back room above the ovens, prosecutors said.")
# invented: another boss, another country, told with no date and in alike words; it codes nothing
ABROAD = ("A reputed gang boss was found dead in his jail cell, hours after a dawn raid on the family's "
          "bakery empire, Italian police sources said. He had run the racket for decades from a back room "
          "above the ovens, prosecutors said.")


def _related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


@pytest.mark.parametrize("abroad_first", [False, True])
def test_a_word_link_does_not_cross_to_another_country(store, abroad_first):
    town_news(store)
    if abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [])
    store.add_report(report("k1", text=JAIL, published=date(2021, 5, 3)),
                     [crime(sub_event_type="Attack", fatalities=1)])
    if not abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [])
    assert _related(store, "a1") == []


@pytest.mark.parametrize("abroad_first", [False, True])
def test_off_the_words_link_it_to_the_other_countrys_death(store, abroad_first):
    store.dedupe = DedupeSettings(word_links_other_country=False)
    town_news(store)
    if abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [])
    (k,) = store.add_report(report("k1", text=JAIL, published=date(2021, 5, 3)),
                            [crime(sub_event_type="Attack", fatalities=1)])
    if not abroad_first:
        store.add_report(report("a1", text=ABROAD, published=None), [])
    assert _related(store, "a1") == [k.event_id_cnty]


def test_naming_the_events_place_keeps_the_word_link(store):
    # "Italian" may be the victim's people: the report that names the event's town is its report
    town_news(store)
    (k,) = store.add_report(report("k1", text=JAIL, published=date(2021, 5, 3)),
                            [crime(sub_event_type="Attack", fatalities=1)])
    store.add_report(report("a1", text=ABROAD.replace("Italian police", "Harlow Springs police"),
                            published=None), [])
    assert _related(store, "a1") == [k.event_id_cnty]

