"""Events in reports from Syria, Iraq, Yemen, Lebanon and Israel/Palestine (the levantprobe probe):
a strike on civilians beside a clash, and a one-word headline. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _violent(pipeline, text):
    return violent_rows(pipeline, text, date(2023, 3, 10))


def test_strike_on_civilians_and_a_clash_at_one_town_are_two_events(pipeline):
    # one side in both (the SDF), the same town and day: two events, each with its own dead
    rows = _violent(pipeline, "RAQQA, Syria -- Islamic State militants fired mortar rounds at a market in the "
                              "town of Tabqa on Tuesday, killing three shoppers, residents said. Hours later "
                              "Islamic State fighters clashed with the Syrian Democratic Forces at a checkpoint "
                              "in Tabqa, and four SDF members died.")
    kinds = sorted((e.event_type, e.actor2, e.fatalities) for e in rows)
    assert [k[0] for k in kinds] == ["Battles", "Explosions/Remote violence"], kinds
    assert kinds[1][1].startswith("Civilians") and kinds[1][2] == 3


def test_shelling_between_the_sides_still_joins_their_battle(pipeline):
    # no civilians: the shelling is part of the fighting of the same two sides (spec §2.4)
    rows = _violent(pipeline, "Syrian government troops clashed with HTS fighters near the town of Saraqib "
                              "on Tuesday. HTS shelled army positions in Saraqib the same day, the monitor said.")
    assert [e.event_type for e in rows] == ["Battles"]


def test_one_word_headline_does_not_make_a_rocket_attack_a_battle(pipeline):
    [e] = _violent(pipeline, "Clashes\n\nSANAA, Yemen -- Houthi fighters launched rockets at the town of "
                             "Hays on Monday, killing a girl and her father, a local official said.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert e.actor2.startswith("Civilians")


def test_kin_and_children_harmed_are_civilians(pipeline):
    [e] = _violent(pipeline, "ADEN, Yemen -- Houthi fighters fired mortar shells at the village of Thabad on "
                             "Tuesday, killing a teenager and his father, residents said.")
    assert e.actor2 == "Civilians (Yemen)"


def test_a_states_strike_with_people_harmed_is_an_attack_from_the_air(pipeline):
    # "strike" alone needs an aircraft; a state's demonym before it and people harmed make it one
    [e] = _violent(pipeline, "An Israeli strike on a house in the village of Bent Jbail in south Lebanon killed "
                             "three people on Saturday, the health ministry said.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 == "Military Forces of Israel (2022-)"


def test_a_walkout_is_no_states_strike(pipeline):
    assert _violent(pipeline, "A Lebanese strike by public sector workers closed ministries in Beirut on "
                              "Monday, unions said.") == []


def test_a_drone_launched_at_a_target_is_a_drone_strike(pipeline):
    [e] = _violent(pipeline, "Hezbollah fired two drones at an army post near the town of Metula in Israel on "
                             "Tuesday, the group said.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 == "Hezbollah"


def test_a_drone_sent_to_watch_is_no_strike(pipeline):
    assert _violent(pipeline, "Iraqi troops launched a drone to survey the desert west of Ramadi on Tuesday.") == []
