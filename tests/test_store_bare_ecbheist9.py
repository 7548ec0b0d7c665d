"""An event with neither day nor place (an undated event made of a mention told with no place)
is not the likelier event for a report that codes nothing just because it is violence
(store/related.py: RelatedLinking._link_key, ``bare_not_violence_first``): its kind is all it
tells, and a dated, placed event whose reports share more of the report's names is the one it is
about, whatever label that event's reports chose. And a dated report sharing its names with such an event
takes it over when the two labels are a pair of data/store/unplaced_label_pairs.tsv (a raid told
with no place read as an attack, the looting told at its place: UndatedEvents._waiting,
``unplaced_pairs``). Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Evidence
from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, town_news, unplaced

# invented: a report with no date telling a shooting with no place, naming the pharmacist
SHOT = ("Neighbours said Tobias Wrenfield had been shot at while closing up for the night; "
        "Ines Caldecott asked them to stay calm.")
# invented: a dated report of the break-in at the pharmacy, coded as looting in Harlow Springs
LOOTED = ("Thieves smashed the windows of the Marlowe Lane pharmacy in Harlow Springs and took the "
          "till; its owner Tobias Wrenfield, his clerk Ines Caldecott and Officer Dana Ruelle listed the damage.")
# invented: a report with no date coding nothing, naming the owner, the clerk and the officer
SWEPT = ("Tobias Wrenfield reopened the Marlowe Lane pharmacy; Ines Caldecott and Dana Ruelle "
         "helped him sweep up the glass.")


def looting(**kw):
    """Property taken or destroyed with no act of violence coded: a strategic development."""
    return crime(**{**dict(event_date=date(2021, 5, 3), event_type="Strategic developments",
                           sub_event_type="Looting/property destruction", disorder_type="Strategic developments",
                           actor2="", inter2=None, fatalities=0, tags="",
                           evidence=Evidence("Thieves smashed the windows", 0, 27)), **kw})


@pytest.mark.parametrize("rule", [True, False])
def test_a_dayless_placeless_event_does_not_outrank_a_dated_placed_one(store, rule):
    town_news(store)
    store.dedupe = DedupeSettings(bare_not_violence_first=rule)
    (bare,) = store.add_report(report("u1", text=SHOT, published=None), [], undated=[unplaced()])
    (placed,) = store.add_report(report("d1", text=LOOTED, published=date(2021, 5, 4)), [looting()])
    assert bare.event_id_cnty != placed.event_id_cnty and store.undated_count() == 1
    assert store.add_report(report("u2", text=SWEPT, published=None), []) == []
    linked = [e.event_id_cnty for e in store.events_for("u2", role="related")]
    # the names tell the pharmacy's break-in; the bare shooting only its kind
    assert linked == ([placed.event_id_cnty] if rule else [bare.event_id_cnty])


# invented: a report with no date recalling the raid in a sentence that names no place
RAIDED = ("Weeks after a masked man raided the Marlowe Lane pharmacy, its owner Tobias Wrenfield and his "
          "clerk Ines Caldecott still wait for Officer Dana Ruelle's news.")


def bare_attack():
    """A raid told with neither day nor place, read as an attack on civilians."""
    return unplaced(event_type="Violence against civilians", sub_event_type="Attack",
                    disorder_type="Political violence", tags="", fatalities=0)


@pytest.mark.parametrize("rule", [True, False])
def test_a_dated_report_takes_the_bare_event_its_names_tell_when_the_labels_pair(store, rule):
    town_news(store)
    store.dedupe = DedupeSettings(unplaced_pairs=rule)
    (bare,) = store.add_report(report("u1", text=RAIDED, published=None), [], undated=[bare_attack()])
    assert store.undated_count() == 1
    (placed,) = store.add_report(report("d1", text=LOOTED, published=date(2021, 5, 4)), [looting()])
    if rule:  # the raid's own event, dated and placed by the report that tells where
        assert placed.event_id_cnty == bare.event_id_cnty and store.undated_count() == 0
        assert set(store.event(placed.event_id_cnty).article_ids) == {"u1", "d1"}
        assert placed.sub_event_type == "Looting/property destruction" and placed.location == "Harlow Springs"
    else:
        assert placed.event_id_cnty != bare.event_id_cnty and store.undated_count() == 1


def test_a_raid_read_as_an_attack_pairs_with_the_looting_either_way_round():
    from conflictlens.store import dedupe
    assert dedupe.unplaced_pair(bare_attack(), looting()) and dedupe.unplaced_pair(looting(), bare_attack())
    assert not dedupe.unplaced_pair(bare_attack(), crime())  # a shooting: the usual rules
