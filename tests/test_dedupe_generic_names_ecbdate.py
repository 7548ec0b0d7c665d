"""For a report with no date, the names any incident of a place shares with the next one (a
country, a big city the gazetteer knows, a demonym, "Police", "Prime Minister") weigh less
than a person's or a street's, and a function word it writes capitalised only at a
sentence's start ("But") nothing (store/dedupe.py: name_weight, generic_name; store/base.py:
_name_overlaps with ``undated``): no date window bounds what its names link it to, and two
riots in one capital years apart share all of those. Invented reports, on SQLite and
PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report

# dated: a shooting in a capital, told with the country's officials
SHOT = ("Greek Police said Nikos Valtaris was shot outside the Korinna bakery in Athens. Prime Minister "
        "Elio Varga called for calm. But Greece is calm, Varga added; Lefteris Mavrakis saw the gunman.")
# no date, coding nothing: another year's unrest in the same capital, its own people named
UNREST = ("Greek Police said students marched through Athens after the death of Stavros Pelekanos. "
          "The Prime Minister met the unions of Greece. But Irini Doukaki of the Thessia Hall said more "
          "marches will follow.")
# the town's other news, so its names are not each used by one report alone
FILLER = ("Officials in Dorrance discussed the Wexford school board budget.",
          "The Hollis Park library in Dorrance reopened on Monday.")


def _athens(**kw):
    base = dict(event_date=date(2021, 5, 4), iso=300, region="Europe", country="Greece", country_code="GR",
                admin1="Attica", location="Athens", latitude=37.98, longitude=23.73,
                actor1="Unidentified Armed Group (Greece)", actor2="Civilians (Greece)")
    base.update(kw)
    return crime(**base)


def _ingest(store):
    # what its words resemble is left out: the names decide here
    store.dedupe = DedupeSettings(resemblance_link=float("inf"))
    for i, text in enumerate(FILLER):
        store.add_report(report(f"town{i}", text=text, published=date(2021, 5, 1)), [])
    (shot,) = store.add_report(report("s", text=SHOT, published=date(2021, 5, 4)), [_athens()])
    store.add_report(report("u", text=UNREST, published=None), [])
    return shot


def test_an_undated_report_sharing_only_a_capital_s_generic_names_is_not_linked(store):
    shot = _ingest(store)
    assert "u" not in store.event(shot.event_id_cnty).article_ids


def test_without_the_weights_those_names_link_it(store):
    store_settings = dict(generic_name_weight=1.0, resemblance_link=float("inf"))
    for i, text in enumerate(FILLER):
        store.add_report(report(f"town{i}", text=text, published=date(2021, 5, 1)), [])
    store.dedupe = DedupeSettings(**store_settings)
    (shot,) = store.add_report(report("s", text=SHOT, published=date(2021, 5, 4)), [_athens()])
    store.add_report(report("u", text=UNREST, published=None), [])
    assert "u" in store.event(shot.event_id_cnty).article_ids


def test_a_dated_report_weighs_every_name_by_its_rarity_alone():
    for name in ("police", "greek", "but", "okafor"):
        assert dedupe.name_weight(name, 2.0, undated=False) == 2.0


def test_name_weight_of_a_report_with_no_date():
    assert dedupe.name_weight("police", 2.0) == 1.0  # a public body's word
    assert dedupe.name_weight("minister", 2.0) == 1.0
    assert dedupe.name_weight("greek", 2.0) == 1.0  # a demonym
    assert dedupe.name_weight("but", 2.0) == 0.0  # "But" opening a sentence
    assert dedupe.name_weight("valtaris", 2.0) == 2.0  # a person
    assert dedupe.name_weight("police", 2.0, DedupeSettings(generic_name_weight=1.0)) == 2.0


def test_big_places_the_gazetteer_knows_are_generic():
    if not dedupe._big_place("greece", 100_000):
        pytest.skip("no gazetteer built here")
    assert dedupe.generic_name("athens") and dedupe.generic_name("greece")
    assert not dedupe.generic_name("valtaris")
    # a small town's name is no more generic than a street's
    assert not dedupe.generic_name("wasilla")
