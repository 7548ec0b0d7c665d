"""A surname two outlets spell differently (issue #6, ``name_variants``): one report drops a
letter of the victim's name, or transliterates it otherwise; counted as two names apart, the
rarest name the reports share is lost and their undated reports of one shooting stay apart.
Strict: the same first name, long surnames one letter (or one transliteration's spellings)
apart. Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import report, town_news, undated


@pytest.mark.parametrize("a, b, same", [
    ("kowalsky", "kowalski", True),        # a letter changed
    ("brookfield", "brookfeld", True),     # a letter dropped
    ("tchaikowsky", "chaikovsky", True),   # a transliteration's spellings
    ("mikhailov", "mikailov", True),
    ("hale", "hall", False),               # short surnames: two families
    ("brookfield", "brookfield", False),   # the same spelling is no variant
    ("brookfield", "brookmoor", False),
    ("oranmore", "orandale", False),
    ("zembria", "zembrian", False),        # a people's word: "South Zembrian"
])
def test_surname_variants(a, b, same):
    assert dedupe.surname_variants(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("nadia brookfield", "nadia brookfeld", True),
    ("mara brookfield", "nadia brookfeld", False),          # another first name
    ("nadia k brookfield", "nadia brookfeld", False),       # other words
    ("nadia lee", "nadia lea", False),                      # a short surname
])
def test_variant_full_names(a, b, same):
    assert dedupe.variant_full_names(a, b) is same


def test_no_respelling_where_a_report_writes_both_spellings():
    """Two people of one family (or two families) when one report writes both spellings."""
    assert dedupe.surname_respellings(["nadia brookfield"], ["nadia brookfeld"],
                                      ["nadia", "brookfield"], ["nadia", "brookfeld"]) == {"brookfeld": "brookfield"}
    assert dedupe.surname_respellings(["nadia brookfield"], ["nadia brookfeld"],
                                      ["nadia", "brookfield", "brookfeld"], ["nadia", "brookfeld"]) == {}


WOUNDED = ("Nadia Brookfield, 16, was shot in the leg outside the Pemberton Avenue arcade in Harlow Springs; "
           "her uncle Colm Brookfield drove her to St. Anselm Hospital from Quillon Court, police said.")
# the same shooting, the victim's surname missing a letter, told with the town's officials
NEIGHBOURS = ("Neighbours in Harlow Springs said {who} was shot near the Pemberton arcade on a busy evening; "
              "Mayor Ines Okoro and Councillor Ada Brennick called for more lighting, and Sergeant "
              "Tomas Brandt asked witnesses to call.")


@pytest.mark.parametrize("on, who, joins", [
    (True, "Nadia Brookfeld", True),
    (False, "Nadia Brookfeld", False),   # without the rule: two names apart, too few in common
    (True, "Mara Brookfeld", False),     # another first name: no respelling
])
def test_an_undated_report_with_a_respelt_victim_joins_the_shooting(store, on, who, joins):
    town_news(store)
    store.dedupe = DedupeSettings(name_variants=on)
    (held,) = store.add_report(report("w", text=WOUNDED, published=None), [], undated=[undated()])
    text = NEIGHBOURS.format(who=who)
    store.add_report(report("n", text=text, published=None), [], undated=[undated()])
    told = [e.event_id_cnty for e in store.events_for("n") + store.events_for("n", role="related")]
    if joins:
        assert told == [held.event_id_cnty] and store.undated_count() == 1
    else:
        assert held.event_id_cnty not in told and store.undated_count() == 2
