"""The victims told in the sentence after an attack set its target and type: police or soldiers
killed after "guerrillas attacked a bus" make a battle with them as the second side (spec §2.1),
peasants killed after "guerrillas attacked a village" an attack on civilians (spec §2.5).
Invented reports."""
from __future__ import annotations

import pytest

from event_helpers import only_violent_event

DATELINE = "SAN SALVADOR, 3 MAR 90 (RADIO CUSCATLAN) -- [TEXT] "


@pytest.mark.parametrize("text", [
    "GUERRILLAS ATTACKED A BUS NEAR BERLIN, USULUTAN DEPARTMENT, YESTERDAY. THREE POLICEMEN DIED.",
    # (a clash the attack's sentence alone tells with one side: the dead are the second)
    "REBELS ATTACKED A MINIBUS ON THE ROAD TO SENSUNTEPEQUE ON MONDAY. TWO SOLDIERS DIED.",
])
def test_state_forces_dead_told_next_make_a_battle(pipeline, text):
    e = _violent(pipeline, text)
    assert e.event_type == "Battles" and e.sub_event_type == "Armed clash", (e.event_type, e.explanation)
    assert 1 in (e.inter1, e.inter2)
    assert not e.civilian_targeting


@pytest.mark.parametrize("text", [
    "ARMED GUERRILLAS ATTACKED LOS LLANITOS HAMLET ON MONDAY. TWO PEASANTS DIED.",
    "ARMED MEN ATTACKED THE VILLAGE OF EL TRANSITO ON MONDAY. THREE WOMEN WERE KILLED.",
])
def test_unarmed_dead_told_next_make_an_attack_on_civilians(pipeline, text):
    e = _violent(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.inter2 == 7


def test_victims_named_in_the_attack_sentence_keep_its_type(pipeline):
    # the attack's own sentence names whom it hit: the dead told next do not re-type it
    e = _violent(pipeline, "GUERRILLAS ATTACKED AN ARMY PATROL NEAR BERLIN YESTERDAY. TWO PEASANTS DIED.")
    assert e.event_type == "Battles"


def test_a_clash_of_two_sides_stays_a_battle(pipeline):
    # civilians killed in a fight between two named sides are its crossfire victims (spec §2.1)
    e = _violent(pipeline, "TROOPS AND GUERRILLAS CLASHED NEAR THE VILLAGE OF SAN ISIDRO ON MONDAY. "
                           "TWO PEASANTS DIED.")
    assert e.event_type == "Battles"


def _violent(pipeline, text: str):
    return only_violent_event(pipeline, DATELINE + text)
