"""Somalia's regional state forces (Puntland, Jubaland: state forces of their region, type 1)
and clan militias (type 4): named clans as "<Clan> Clan Militia (Somalia)", unnamed ones as
"Unidentified Clan Militia (Somalia)" on both sides of their fight. Invented reports; the
places, regions and clans are real."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import violent_rows

DAY = date(2024, 5, 15)


def _battle(pipeline, text):
    rows = [e for e in violent_rows(pipeline, text + "\n", DAY) if e.event_type == "Battles"]
    assert rows, "no battle"
    return rows[0]


@pytest.mark.parametrize("text,name", [
    ("Puntland troops repelled an ISIS raid on a hilltop post in Bari region on Tuesday, killing four attackers.",
     "Military Forces of Puntland (1998-)"),
    ("Jubaland forces fought al-Shabaab outside Kismayo on Monday; five militants died.",
     "Military Forces of Jubaland (2013-)"),
])
def test_regional_state_forces_are_named_by_their_region(pipeline, text, name):
    e = _battle(pipeline, text)
    sides = {e.actor1: e.inter1, e.actor2: e.inter2}
    assert sides.get(name) == 1 and "Military Forces of Somalia (2022-)" not in sides


def test_named_clan_militias_are_identity_militias(pipeline):
    e = _battle(pipeline, "Habar Gidir militiamen battled Marehan clan militia near Dhusamareb on "
                          "Saturday; seven people were killed.")
    assert {(e.actor1, e.inter1), (e.actor2, e.inter2)} == {
        ("Habar Gidir Clan Militia (Somalia)", 4), ("Marehan Clan Militia (Somalia)", 4)}


def test_two_unnamed_clan_militias_are_both_sides(pipeline):
    e = _battle(pipeline, "Two clan militias fought over a water point in Hiraan region on Sunday, "
                          "leaving six people dead.")
    assert e.actor1 == e.actor2 == "Unidentified Clan Militia (Somalia)"
    assert e.inter1 == e.inter2 == 4


def test_clan_name_sharing_the_next_ones_head_noun_is_its_militia(pipeline):
    # "Abgaal and Habar Gidir militiamen": Abgaal has no head noun of its own, it shares "militiamen"
    e = _battle(pipeline, "Fighting between Abgaal and Habar Gidir militiamen near Jowhar on Monday "
                          "left three people dead.")
    assert {e.actor1, e.actor2} == {"Abgaal Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)"}
