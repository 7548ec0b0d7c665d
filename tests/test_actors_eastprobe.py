"""East and Central African actors: names and acronyms of a state's forces that carry no
demonym (FARDC, SAF, ENDF, AFRICOM), the African Union's missions in Somalia, the Islamic
State's local branches, groups whose alias held only an earlier period's name ("ADF
rebels"), a demonym of two countries ("Congolese"), and "South Sudan(ese)" read whole.
Invented reports; the places and groups are real."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.actors.dictionary import default_dictionary
from event_helpers import coded

DAY = date(2025, 2, 20)


def _rows(pipeline, text, published=DAY):
    return coded(pipeline, text + "\n", published)


@pytest.mark.parametrize("alias,cc,name", [
    ("FARDC", "CD", "Military Forces of the Democratic Republic of Congo (2019-)"),
    ("SAF", "SD", "Military Forces of Sudan (2019-)"),
    ("SSPDF", "SS", "Military Forces of South Sudan (2011-)"),
    ("ENDF", "ET", "Military Forces of Ethiopia (2018-)"),
    ("SNA", "SO", "Military Forces of Somalia (2022-)"),
    ("UPDF", "SO", "Military Forces of Uganda (1986-)"),
    ("AFRICOM", "SO", "Military Forces of the United States (2025-)"),
    ("AUSSOM troops", "SO", "AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)"),
    ("Wazalendo fighters", "CD", "Wazalendo Militia"),
])
def test_state_force_acronyms_and_missions(alias, cc, name):
    got = default_dictionary().explain(alias, cc, DAY)
    assert got is not None and got.actor.name == name


def test_an_acronym_shared_with_another_countrys_group_keeps_it_there():
    assert default_dictionary().explain("SNA", "SY", DAY).actor.name == "Syrian National Army"


def test_a_named_defence_force_is_no_unknown_militia():
    got = default_dictionary().explain("Kenya Defence Forces", "KE", DAY)
    assert got.actor.name == "Military Forces of Kenya (2022-)" and got.actor.inter == 1


def test_an_acronym_of_the_states_forces_is_a_party_of_the_event(pipeline):
    [e] = [r for r in _rows(pipeline, "BUKAVU, Democratic Republic of Congo -- The FARDC fought "
                                      "Twirwaneho gunmen near Uvira on Sunday, leaving five dead, a local "
                                      "official said.") if r.event_type == "Battles"]
    assert {e.actor1, e.actor2} == {"Military Forces of the Democratic Republic of Congo (2019-)", "Twirwaneho"}


def test_africa_command_strikes_are_the_united_states(pipeline):
    [e] = [r for r in _rows(pipeline, "U.S. Africa Command reported that its forces had launched an "
                                      "air strike at Shabaab near Jamaame on Monday, killing two militants.")
           if r.event_type == "Explosions/Remote violence"]
    assert e.actor1.startswith("Military Forces of the United States") and e.actor2 == "Al Shabaab"


def test_the_islamic_state_in_cabo_delgado_is_its_mozambican_branch(pipeline):
    rows = _rows(pipeline, "PEMBA, Mozambique -- Fighters of the Islamic State torched homes and "
                           "killed three villagers near Mocimboa da Praia on Saturday, police said.")
    assert rows and all(r.actor1 == "Islamic State (Mozambique)" for r in rows)


def test_a_group_told_by_its_earlier_name_with_a_member_noun(pipeline):
    rows = _rows(pipeline, "ADF rebels killed seven farmers in their fields near Oicha, outside "
                           "Beni, on Thursday, a civil society leader said.")
    assert rows and rows[0].actor1 == "Islamic State (Central Africa)"


def test_south_sudans_army_is_not_sudans(pipeline):
    [e] = [r for r in _rows(pipeline, "Soldiers of the South Sudan People's Defence Forces clashed with "
                                      "SPLA-IO fighters near Malakal on Friday, killing four.")
           if r.event_type == "Battles"]
    assert "Military Forces of South Sudan (2011-)" in (e.actor1, e.actor2)
    assert "Sudan (2019-)" not in e.actor1 + e.actor2


def test_congolese_troops_in_brazzaville_are_that_congos(pipeline):
    [e] = [r for r in _rows(pipeline, "Congolese troops exchanged fire with Ninja militiamen on the "
                                      "outskirts of Brazzaville on Tuesday, killing two.")
           if r.event_type == "Battles"]
    assert "Military Forces of the Republic of Congo" in (e.actor1, e.actor2)


def test_a_groups_full_alias_with_a_member_noun_takes_the_local_branch(pipeline):
    rows = _rows(pipeline, "BOSASO, Somalia -- Regional troops killed nine Islamic State militants in "
                           "clashes near Qardho on Friday, officials said.")
    assert rows and "Islamic State (Somalia)" in (rows[0].actor1, rows[0].actor2)
