"""Vigilantes: a self-defence militia beside armed parties, a mob on their own (invented reports)."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

PUB = date(2024, 5, 15)


def test_vigilantes_listed_with_state_forces_fight_a_battle(pipeline):
    rows = violent_rows(pipeline, "Troops, policemen and vigilantes fought insurgents near Damaturu on "
                                  "Friday.", PUB)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Battles", "Armed clash")]
    assert rows[0].actor1.startswith("Military Forces of Nigeria")
    # the insurgents are the other side, not the vigilantes listed with the troops
    assert rows[0].actor2.startswith("Unidentified Armed Group")
    assert not [e for e in coded(pipeline, "Troops, policemen and vigilantes fought insurgents outside "
                                           "Damaturu on Friday.", PUB) if e.event_type == "Riots"]


def test_vigilantes_fighting_a_named_group_are_a_militia(pipeline):
    rows = violent_rows(pipeline, "Vigilantes fought Boko Haram near Damaturu on Friday.", PUB)
    assert [(e.event_type, e.actor1, e.inter1) for e in rows] == [
        ("Battles", "Vigilante Militia (Nigeria)", 4)]


def test_vigilantes_alone_beating_a_suspect_stay_a_mob(pipeline):
    rows = coded(pipeline, "A vigilante group beat a suspected burglar to death in Zaria on Friday.", PUB)
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in rows] == [
        ("Riots", "Mob violence", "Rioters (Nigeria)", "")]


def test_border_guards_are_the_state_forces(pipeline):
    rows = violent_rows(pipeline, "Raiders shot dead four border guards near Katsina on Friday.", PUB)
    # (a battle's two sides in either order)
    assert [(e.event_type, {e.actor1, e.actor2}) for e in rows] == [
        ("Battles", {"Military Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)"})]
