"""Myanmar's state forces under the names reports give them: "the junta", "the Tatmadaw",
"junta troops" are Military Forces of Myanmar with the period of regimes.tsv, as "the army"
is. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded


def _events(pipeline, text):
    return coded(pipeline, text, date(2024, 5, 15))


@pytest.mark.parametrize("text", [
    "MANDALAY, Myanmar -- The Tatmadaw shelled the village of Ye Ngan in Mandalay region on "
    "Sunday, killing three farmers, a local aid group said.",
    "MANDALAY, Myanmar -- Resistance fighters attacked junta positions outside Mandalay on "
    "Sunday, killing four, a spokesman for the group said.",
    "YANGON, Myanmar -- Kachin Independence Army fighters ambushed a junta convoy near Myitkyina "
    "on Sunday, the group said.",
])
def test_junta_and_tatmadaw_name_myanmars_forces(pipeline, text):
    events = _events(pipeline, text)
    assert events
    assert any("Military Forces of Myanmar (2021-)" in (e.actor1, e.actor2) for e in events)


@pytest.mark.parametrize("text", [
    "PESHAWAR, Pakistan -- Troops killed five militants during a raid in the Mir Ali area of "
    "North Waziristan on Saturday, the army said.",
    "PESHAWAR, Pakistan -- Soldiers shot dead three militants in a gunfight near Mir Ali in "
    "North Waziristan on Saturday, officials said.",
])
def test_an_acronym_alias_inside_a_town_name_is_no_group(pipeline, text):
    """"Mir" opening the town Mir Ali is no mention of Chile's MIR."""
    events = _events(pipeline, text)
    assert events
    assert all("Revolutionary Left Movement" not in (e.actor1 + e.actor2) for e in events)


def test_an_acronym_alias_written_alone_still_names_its_group(pipeline):
    [e] = _events(pipeline, "SANTIAGO, Chile -- MIR guerrillas bombed a power pylon outside "
                            "Santiago on Saturday, police said.")
    assert "MIR: Revolutionary Left Movement" in (e.actor1, e.actor2)


@pytest.mark.parametrize("text, militia", [
    ("IMPHAL, India -- Suspected Kuki militants opened fire on farmers in Bishnupur district on "
     "Friday, killing one, police said.", "Kuki Ethnic Militia (India)"),
    ("IMPHAL, India -- A Meitei militia torched a church and several homes in Kangpokpi district "
     "on Friday, officials said.", "Meitei Ethnic Militia (India)"),
])
def test_manipurs_communal_armed_groups_are_ethnic_militias(pipeline, text, militia):
    events = _events(pipeline, text)
    assert any(militia in (e.actor1, e.actor2) for e in events)


@pytest.mark.parametrize("text, group", [
    ("JALALABAD, Afghanistan -- Gunmen of the Islamic State-Khorasan group killed two Taliban "
     "guards at a bridge in Nangarhar province on Friday, a Taliban official said.", "Islamic State (Khorasan)"),
    ("TURBAT, Pakistan -- The Balochistan Liberation Front said its fighters shot dead four "
     "construction workers at a road site in Kech district on Friday.", "BLF: Balochistan Liberation Front"),
    ("COX'S BAZAR, Bangladesh -- Gunmen of the Arakan Rohingya Salvation Army abducted a camp "
     "volunteer in Ukhiya on Friday night, police said.", "ARSA: Arakan Rohingya Salvation Army"),
    ("NARATHIWAT, Thailand -- Police blamed the Barisan Revolusi Nasional for a bomb that killed "
     "a ranger in Rueso district on Friday.", "BRN: National Revolutionary Front"),
])
def test_asian_armed_groups_by_the_names_reports_use(pipeline, text, group):
    events = _events(pipeline, text)
    assert any(group in (e.actor1, e.actor2) for e in events)


def test_the_regime_names_the_states_forces(pipeline):
    events = _events(pipeline, "SAGAING, Myanmar -- The regime shelled two villages outside Monywa on "
                               "Saturday, killing a farmer, residents said.")
    assert any("Military Forces of Myanmar (2021-)" in (e.actor1, e.actor2) for e in events)


def test_patients_are_civilians(pipeline):
    [e] = _events(pipeline, "SAGAING, Myanmar -- Military jets struck a convoy near Monywa on Saturday, "
                            "killing four patients, medics said.")
    assert e.actor2 == "Civilians (Myanmar)"
