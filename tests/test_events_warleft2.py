"""Event-coding gaps of invented war reports: a state's bombers, the defenders of a stormed town named
only in the fight before, launchers named in the sentence before a shoot-down, shelling told of a place."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded, only_violent_event, violent_rows

PUB = date(2024, 5, 15)


def test_state_bombers_are_its_air_force(pipeline):
    e = only_violent_event(pipeline, "Russian bombers pounded Vovchansk on Monday.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert (e.location, e.event_date) == ("Vovchansk", date(2024, 5, 13))
    e = only_violent_event(pipeline, "Syrian bombers struck Maarrat al-Numan on Thursday, killing four people.", PUB)
    assert e.actor1.startswith("Military Forces of Syria")
    assert e.fatalities == 4


def test_a_person_who_carries_the_bomb_is_no_military(pipeline):
    e = only_violent_event(pipeline, "Somali suicide bombers stormed a hotel in Mogadishu on Monday.", PUB)
    assert e.actor1 == "Unidentified Armed Group (Somalia)"
    e = only_violent_event(pipeline, "A Nigerian female bomber killed four traders in Maiduguri on Monday.", PUB)
    assert e.actor1 == "Unidentified Armed Group (Nigeria)"
    assert e.fatalities == 4


def test_defenders_of_a_stormed_town_named_in_the_fight_before(pipeline):
    e = only_violent_event(pipeline, "Russian troops stormed Chasiv Yar on Tuesday after weeks of fighting "
                                     "with Ukrainian forces.", PUB)
    assert e.event_type == "Battles"
    assert {e.actor1, e.actor2} == {"Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"}
    assert e.event_date == date(2024, 5, 14)


@pytest.mark.parametrize("text, launcher, defender, day, inter1", [
    ("Russia launched 31 Shahed drones overnight. Ukrainian air defences downed 27 of them over Odesa "
     "region.", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", None, 8),
    ("Hezbollah fired a salvo of rockets at Nahariya on Friday. Israeli air defences intercepted most of "
     "them.", "Hezbollah", "Military Forces of Israel (2022-)", date(2024, 5, 10), None),
])
def test_launcher_named_the_sentence_before_a_shoot_down(violence_pipeline, text, launcher, defender, day,
                                                         inter1):
    stopped = [e for e in coded(violence_pipeline, text, PUB) if e.sub_event_type == "Disrupted weapons use"]
    assert len(stopped) == 1
    assert (stopped[0].actor1, stopped[0].actor2) == (launcher, defender)
    assert day is None or stopped[0].event_date == day
    assert inter1 is None or stopped[0].inter1 == inter1


def test_a_town_under_fire_is_shelled(pipeline):
    e = only_violent_event(pipeline, "Kostiantynivka came under fire on Saturday, killing three residents.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert e.actor1 == "Unidentified Armed Group (Ukraine)"
    assert e.actor2 == "Civilians (Ukraine)"
    assert (e.location, e.event_date, e.fatalities) == ("Kostyantynivka", date(2024, 5, 11), 3)
    # a person or a patrol under fire is no shelled town
    assert violent_rows(pipeline, "The governor of Odesa came under fire from lawmakers on Monday over "
                                  "the port budget.", PUB) == []
    e = only_violent_event(pipeline, "A police convoy came under fire near Menaka on Sunday, killing two officers.", PUB)
    assert e.event_type == "Battles"
