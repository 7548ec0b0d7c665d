"""Who a relative clause names to describe the victims is no target of the attack
(muc4place): "shot nine farmers who belonged to patrols that fight the terrorists" aims at the
farmers; "the terrorists", the attackers themselves, stay actor1."""
from __future__ import annotations

from conflictlens.model import Report

_PERU = (
    "HUANCAYO, 12 OCT 88 (AFP) -- [TEXT] ACCORDING TO POLICE SOURCES, 30\n"
    "FARMERS HAVE DIED IN THREE HAMLETS OF JAUJA PROVINCE, JUNIN\n"
    "DEPARTMENT.\n\n"
    "   YESTERDAY A GROUP OF SHINING PATH TERRORISTS ENTERED THE HAMLET OF\n"
    "MOLINOS, IN JAUJA PROVINCE, AND SHOT NINE FARMERS WHO BELONGED TO THE\n"
    "SELF-DEFENSE PATROLS THAT FIGHT THE TERRORISTS.\n")


def _actors(pipeline, text, published=None):
    return [(e.actor1, e.actor2) for e in pipeline.process(Report(id="t", text=text, published=published))]


def test_group_named_in_the_victims_relative_clause_stays_the_attacker(pipeline):
    actors = _actors(pipeline, _PERU)
    assert actors and actors[0][0] == "Shining Path"
    assert actors[0][1] != "Shining Path"


def test_object_of_the_attack_is_still_its_target(pipeline):
    text = ("HUANCAYO, 12 OCT 88 (AFP) -- [TEXT] YESTERDAY A GROUP OF SHINING PATH TERRORISTS\n"
            "AMBUSHED AN ARMY PATROL NEAR JAUJA, JUNIN DEPARTMENT, AND KILLED FOUR SOLDIERS.\n")
    actors = _actors(pipeline, text)
    assert actors and actors[0][0] == "Shining Path"
    assert actors[0][1].startswith("Military Forces of Peru")
