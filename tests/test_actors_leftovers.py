"""Named armed groups the actor tables lacked (branch leftovers): an ethnic militia named by its
people ('Fulani militia', 'Fulani herdsmen' doing violence), and the Lakurawa group of north-west
Nigeria; a militia named by a livelihood that is harmed stays civilians. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _only(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e


def test_fulani_herdsmen_doing_violence_are_the_ethnic_militia(pipeline):
    e = _only(pipeline, "Suspected Fulani herdsmen raided a farming settlement near Makurdi in Benue state on "
                        "Sunday, killing six residents, police said.")
    assert e.actor1 == "Fulani Ethnic Militia (Nigeria)"
    assert e.actor2 == "Civilians (Nigeria)"


def test_fulani_militia_named_in_mali(pipeline):
    e = _only(pipeline, "Fulani militiamen attacked a Dogon hamlet near Bankass, Mali, on Friday, killing "
                        "nine people, local officials said.")
    assert e.actor1 == "Fulani Ethnic Militia (Mali)"


def test_herders_killed_by_soldiers_stay_civilians(pipeline):
    e = _only(pipeline, "Soldiers shot dead five Fulani herders at a watering point near Mopti, Mali, on "
                        "Thursday, relatives said.")
    assert e.actor2 == "Civilians (Mali)"


def test_lakurawa_is_named(pipeline):
    e = _only(pipeline, "Lakurawa militants stormed a village in Kebbi state, Nigeria, on Saturday, "
                        "killing 11 villagers and rustling cattle.")
    assert e.actor1 == "Lakurawa"
