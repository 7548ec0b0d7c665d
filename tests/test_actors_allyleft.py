"""Allies told beside a state's forces: the home state leads its side, the allies are associated
actors; Burkina Faso's unnamed volunteers are the VDP."""
from datetime import date

from event_helpers import violent_rows

PUB = date(2024, 5, 15)


def test_home_army_leads_a_foreign_ally_in_an_attack(pipeline):
    rows = violent_rows(pipeline, "Malian soldiers backed by Wagner mercenaries raided a hamlet outside "
                                  "Djenne on Saturday, killing nine residents.", PUB)
    assert [(e.event_type, e.actor1, e.inter1, e.assoc_actor_1, e.fatalities, e.event_date) for e in rows] == [
        ("Violence against civilians", "Military Forces of Mali (2021-)", 1, "Wagner Group", 9, date(2024, 5, 11))]
    assert rows[0].actor2 == "Civilians (Mali)"


def test_volunteer_fighters_in_burkina_faso_are_the_vdp(pipeline):
    rows = violent_rows(pipeline, "Volunteer fighters repelled jihadists near Gorom-Gorom in Burkina Faso on "
                                  "Friday, killing six of them.", PUB)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Battles", "Armed clash")]
    sides = {rows[0].actor1: rows[0].inter1, rows[0].actor2: rows[0].inter2}
    assert sides == {"VDP: Volunteers for the Defense of the Homeland": 3, "Unidentified Armed Group (Burkina Faso)": 3}
    assert rows[0].location == "Gorom-Gorom" and rows[0].fatalities == 6
    # (the word names the VDP only in Burkina Faso)
    rows = violent_rows(pipeline, "Foreign volunteer fighters clashed with Russian troops near Avdiivka in "
                                  "Ukraine on Friday, killing four.", PUB)
    assert rows and all("VDP" not in e.actor1 + e.actor2 for e in rows)


def test_militiamen_backing_soldiers_are_a_pro_government_militia(pipeline):
    rows = violent_rows(pipeline, "Troops, aided by militiamen, fought bandits near Gusau on Thursday, "
                                  "killing 14 bandits.", PUB)
    assert [(e.event_type, e.fatalities, e.event_date) for e in rows] == [("Battles", 14, date(2024, 5, 9))]
    army, ally, foe = rows[0].actor1, rows[0].assoc_actor_1, rows[0].actor2
    assert army == "Military Forces of Nigeria (2023-)"
    assert ally == "Pro-Government Militia (Nigeria)"
    assert foe == "Unidentified Armed Group (Nigeria)"
