"""Undated reports of one incident (issue #6): a report with no date whose undated mention
describes an undated event (same kind of violence, same town) joins it when their reports
share at least ``undated_group_names`` of the smaller report's names (0.25), or is linked to
it; a report of the town sharing less stays an undated event of its own. Invented reports, on SQLite and
PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import report, undated

WOUNDED = ("Nadia Brookfield, 16, was shot in the leg outside the Pemberton Avenue arcade in Harlow Springs; "
           "her uncle Colm Brookfield drove her to St. Anselm Hospital from Quillon Court, police said.")
# the same incident, told by the town's officials: about a quarter of the names in common
NEIGHBOURS = ("Neighbours in Harlow Springs said the girl shot near the Pemberton Avenue arcade was a regular "
              "there; Mayor Ines Okoro and Councillor Ada Brennick called for more lighting, and Sergeant "
              "Tomas Brandt asked witnesses to call St. Anselm.")
# the first report telling two more names of its own: a smaller share in common
WOUNDED_LONGER = WOUNDED.replace("drove her to", "drove her past Verity Mills to")


def _town_news(store):
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def _overlap(store, aid, text):
    return store._related_reports(aid, dedupe.report_names(text)).get("w", 0.0)


@pytest.mark.parametrize("first, joins", [(WOUNDED, True), (WOUNDED_LONGER, False)])
def test_an_undated_report_joins_the_undated_event_a_quarter_of_its_names_tell(store, first, joins):
    _town_news(store)
    (held,) = store.add_report(report("w", text=first, published=None), [], undated=[undated()])
    out = store.add_report(report("n", text=NEIGHBOURS, published=None), [], undated=[undated()])
    share = _overlap(store, "n", NEIGHBOURS)
    assert (0.25 <= share < 0.3) if joins else share < 0.25
    told = store.events_for("n") + store.events_for("n", role="related")
    if joins:  # linked to it (it tells no more than the undated event does)
        assert [e.event_id_cnty for e in told] == [held.event_id_cnty] and store.undated_count() == 1
    else:
        assert [e.event_id_cnty for e in told] == [out[0].event_id_cnty] != [held.event_id_cnty]
        assert store.undated_count() == 2 and dedupe.is_undated(out[0])


def test_the_earlier_threshold_kept_them_apart(store):
    _town_news(store)
    store.dedupe = DedupeSettings(undated_group_names=0.3)
    store.add_report(report("w", text=WOUNDED, published=None), [], undated=[undated()])
    store.add_report(report("n", text=NEIGHBOURS, published=None), [], undated=[undated()])
    assert store.undated_count() == 2


def test_another_kind_of_violence_in_the_town_stays_apart(store):
    _town_news(store)
    store.add_report(report("w", text=WOUNDED, published=None), [], undated=[undated()])
    store.add_report(report("n", text=NEIGHBOURS, published=None), [],
                     undated=[undated(event_type="Protests", sub_event_type="Peaceful protest",
                                      disorder_type="Demonstrations")])
    assert store.undated_count() == 1 and store.events_for("n") == []


# a report of one shooting, a relatives' report naming its people and a pastor's, and a report
# naming only the pastor's people, in words of its own (it resembles none of them enough)
BAKER = ("Marcus Vell was shot outside the Tilbury Road bakery in Harlow Springs; Detective Ines Garroway "
         "said Vell had quarrelled with a customer.")
RELATIVES = ("Relatives of Marcus Vell gathered near Tilbury Road, asking Detective Ines Garroway for answers; "
             "Pastor Hollis Brandt and his deacon Amos Pellery of Saint Wendel chapel led the hymns.")
CHOIR = ("Pastor Hollis Brandt, deacon Amos Pellery and the Saint Wendel choir sang for the wounded baker; "
         "grieving cousins lit candles, remembered his generous laughter, football coaching and weekend fishing. "
         "Volunteers baked bread, painted murals, repaired fences, organised raffles, cleaned gutters, "
         "planted tulips, knitted scarves and delivered soup to elderly neighbours across several winter evenings.")


def test_an_undated_report_joins_the_undated_event_a_linked_report_shares_its_names_with(store):
    """The names decide which undated event it joins (its reports', related ones too), not
    its words: the third report shares most of its names with the second, little of its words."""
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    (held,) = store.add_report(report("a", text=BAKER, published=None), [], undated=[undated()])
    assert store.add_report(report("b", text=RELATIVES, published=None), [], undated=[undated()]) == []
    assert set(store.event(held.event_id_cnty).article_ids) == {"a", "b"}  # linked to it
    (joined,) = store.add_report(report("c", text=CHOIR, published=None), [], undated=[undated()])
    assert joined.event_id_cnty == held.event_id_cnty and store.undated_count() == 1
