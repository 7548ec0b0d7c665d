"""Events in reports of interstate and high-intensity wars (the warprobe probe): the forces a
state's body calls its own, a foreign state's capture of a place, an attack named by the
attacker's adjective, a military's aircraft. Invented reports; real place names."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

WED = date(2024, 5, 15)  # a Wednesday: Monday is the 13th, Tuesday the 14th


def _violent(pipeline, text):
    return violent_rows(pipeline, text, WED)


def test_forces_a_defence_ministry_calls_its_own_are_its_states(pipeline):
    # (the village is in Ukraine: without the speaker the soldiers were read as the event country's)
    [e] = _violent(pipeline, "The Russian Defence Ministry said on Tuesday that its soldiers had fought off "
                             "an assault by enemy infantry near Vovchansk in the Kharkiv region.")
    assert "Military Forces of Russia" in (e.actor1 + e.actor2)


def test_a_foreign_states_capture_of_a_place_overtakes_it(pipeline):
    # spec §2.1: a foreign state taking a place through fighting is no government regaining it
    rows = _violent(pipeline, "The Russian Defence Ministry said on Tuesday its troops had seized control of "
                              "the village of Berdychi in the Donetsk region after fierce battles.")
    [e] = [r for r in rows if r.event_type == "Battles"]
    assert e.actor1.startswith("Military Forces of Russia")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_attacks_named_by_the_attackers_adjective_name_their_state(pipeline):
    [e] = _violent(pipeline, "Ukraine's army said its troops beat back nine Russian assaults near Chasiv Yar on "
                             "Tuesday.")
    assert {e.actor1.split(" (")[0], e.actor2.split(" (")[0]} == {"Military Forces of Ukraine",
                                                                   "Military Forces of Russia"}


def test_a_militarys_aircraft_are_its_own(pipeline):
    [e] = _violent(pipeline, "DEIR AL-BALAH, Gaza -- The Israeli army said its aircraft hit a Hamas command "
                             "post in Khan Younis on Tuesday.")
    assert e.actor1.startswith("Military Forces of Israel")


def test_a_states_strike_on_a_target_with_nobody_hurt_is_an_attack(pipeline):
    # no one is told dead or hurt: the strike aimed on a depot is still that state's attack
    rows = _violent(pipeline, "CHERKASY, Ukraine -- A Russian strike on a fuel depot outside Smila on Tuesday started a large "
                              "fire, the regional council said.")
    assert [(e.event_type, e.actor1.split(" (")[0]) for e in rows] == [
        ("Explosions/Remote violence", "Military Forces of Russia")]


def test_a_walkout_told_on_a_day_is_no_strike(pipeline):
    assert _violent(pipeline, "PARIS -- A French strike on Tuesday halted most trains between Lyon and "
                              "Marseille, the rail operator said.") == []


def test_shelling_answered_by_the_other_states_forces_is_a_clash(pipeline):
    # spec §2.1: two sides firing artillery at each other is an Armed clash
    rows = _violent(pipeline, "ISLAMABAD -- Indian forces fired mortar shells at Pakistani border posts in the "
                              "Neelum valley on Tuesday, the army said. Pakistani soldiers retaliated.")
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Battles", "Armed clash")]


def test_shelling_of_civilians_stays_one_sided_though_answered(pipeline):
    rows = _violent(pipeline, "ISLAMABAD -- Indian forces fired mortar shells at a village in the Neelum valley "
                              "on Tuesday, wounding four residents, officials said. Pakistani soldiers retaliated.")
    assert [e.event_type for e in rows] == ["Explosions/Remote violence"]
