"""Issue #4, sixth classification round: codebook rules checked on invented sentences (no dataset text).

An explosion told with "no group has claimed responsibility" is still the report's event (the claim that
is denied names nobody behind it); violence and theft by ordinary criminals on civilians, with no political
or state actor, is crime, not an Attack or Looting; weapons said to be none ("no explosives were found")
were not seized or found; an oxygen tank or a firecracker bursting is a mishap; an armed party named only in
a clause of time ("before fleeing when soldiers arrived") is no side of a storming that killed civilians; what
those hit by an explosion were doing ("while clearing the area") is its setting, no territory taken; the "by"
agent of a displacement is what drove people out, not who fled; prisoners freed in a jailbreak are no
agreement; the dead of an attack whose anniversary a gathering marks are
no force used at it."""
from __future__ import annotations

import pytest

from test_classify_round5 import main_label


# -- a claim of responsibility that nobody made ---------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("An explosion at a market in Dorvell killed five people, and no group has claimed responsibility.",
     "Remote explosive/landmine/IED"),
    ("A car bomb wounded twelve people outside a bank in Tessaly, and nobody has claimed responsibility.",
     "Remote explosive/landmine/IED"),
])
def test_explosion_with_no_claim_is_still_told(text, want):
    assert main_label(text) == want


@pytest.mark.parametrize("text", [
    # the explosion as the subject of being blamed stays an attribution
    "The blast was blamed on a militant cell from the hills near Dorvell.",
    "Suicide bombers from a hill faction are believed to be behind the Tessaly explosions.",
])
def test_attribution_of_an_explosion_is_still_no_event(text):
    assert main_label(text) == "none"


# -- ordinary crime on civilians ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A businessman was shot dead by robbers at his shop in Marsk on Tuesday, police said.",
    "Armed robbers killed a taxi driver and stole his car in Velbury.",
    "Thieves stabbed a night watchman to death during a break-in at a warehouse in Dorvell.",
])
def test_criminals_harming_civilians_is_no_political_violence(text):
    assert main_label(text) == "none"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a village chief in Marsk on Tuesday.",
    "Bandits killed twelve villagers in a raid on Kadrel village.",
    "Militants killed three farmers near Velbury on Sunday.",
])
def test_armed_men_harming_civilians_stay_an_attack(text):
    assert main_label(text) == "Attack"


@pytest.mark.parametrize("text", [
    "Burglars stole jewellery and cash from a house in Marsk overnight.",
])
def test_theft_by_criminals_is_no_looting(text):
    assert main_label(text) == "none"


@pytest.mark.parametrize("text", [
    "Rebel fighters looted shops and burned homes in Kadrel village on Sunday.",
    "Soldiers looted the market in Velbury after the town was retaken.",
])
def test_looting_by_armed_parties_stays_looting(text):
    assert main_label(text) == "Looting/property destruction"


# -- what the verb acts on is said to be none -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A bomb threat forced the evacuation of three schools in Velbury on Tuesday; no explosives were found.",
    "Police searched the compound in Marsk but found no weapons.",
])
def test_weapons_said_to_be_none_are_no_disrupted_use(text):
    assert main_label(text) == "none"


@pytest.mark.parametrize("text", [
    "Police found two hand grenades and a rifle in a house in Marsk on Monday.",
    "Soldiers seized a large cache of explosives from a rebel camp near Dorvell.",
])
def test_weapons_found_stay_disrupted_use(text):
    assert main_label(text) == "Disrupted weapons use"


# -- pressure vessels and pyrotechnics ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The explosion at the bus depot in Dorvell was caused by a leaking gas canister, police said.",
    "An explosion in a building used to store explosives for a quarry killed three workers in Tessaly.",
    # making fireworks is no bomb-making: the accident, not a weapon's use disrupted
    "Officials said the explosion that killed two men in Dorvell occurred while they were making fireworks.",
    "An oxygen tank exploded at a hospital in Karsk, killing four patients.",
    "Two children were injured when a firecracker exploded in their hands during a festival in Tessaly.",
])
def test_oxygen_tank_or_firecracker_bursting_is_a_mishap(text):
    assert main_label(text) == "none"


@pytest.mark.parametrize("text", [
    # an armed party named: the explosion stays political violence
    "Militants detonated a bomb hidden in an oxygen cylinder outside an army post in Karsk, killing two soldiers.",
])
def test_bomb_in_a_tank_with_an_armed_party_stays_an_explosion(text):
    assert main_label(text) == "Remote explosive/landmine/IED"


# -- an armed party told only in a clause of time --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen stormed a village in Marsk, killing 14 residents, before fleeing when soldiers arrived.",
    "Militants raided a market in Velbury and killed six traders, then escaped before the army reached the area.",
])
def test_storming_with_troops_only_in_a_time_clause_is_an_attack(text):
    assert main_label(text) == "Attack"


@pytest.mark.parametrize("text", [
    # soldiers as the target of the storming: a battle
    "Gunmen stormed an army base in Marsk, killing five soldiers, before fleeing when reinforcements arrived.",
    # the two armed parties fighting in the main clause
    "Militants attacked soldiers in Velbury, killing three of them, when the troops entered the village.",
])
def test_storming_of_armed_men_stays_a_battle(text):
    assert main_label(text) == "Armed clash"


# -- what those hit by an explosion were doing -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An army captain was killed and two soldiers were hurt by a blast in Dorvell while clearing a district of militants.",
    "Three soldiers were wounded by a roadside bomb while retaking a village from the rebels near Velbury.",
])
def test_operation_of_those_hit_by_a_blast_is_its_setting(text):
    assert main_label(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Soldiers cleared the area of militants near Dorvell on Monday.",
    "The army recaptured Velta while shelling rebel positions in the hills.",
])
def test_territory_taken_as_the_news_stays(text):
    assert main_label(text) == "Government regains territory"


# -- displacement told in the passive with its cause --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of families were displaced by clashes between rival militias in Karsk.",
])
def test_people_displaced_by_armed_groups_is_displacement(text):
    assert main_label(text) == "Other"


@pytest.mark.parametrize("text", [
    # the armed men themselves driven out: no civilians displaced
    "Hundreds of militiamen were forced out by the army near Karsk.",
])
def test_armed_men_driven_out_are_no_displaced_civilians(text):
    assert main_label(text) != "Other"


# -- a jailbreak -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed men freed more than 100 prisoners in a jailbreak in Velta on Sunday.",
])
def test_prisoners_freed_in_a_jailbreak_are_no_agreement(text):
    assert main_label(text) == "Other"


@pytest.mark.parametrize("text", [
    "The rebels freed 40 prisoners of war on Monday under a deal with the government.",
    "The government released 200 rebel prisoners as part of the peace accord.",
])
def test_prisoners_released_by_a_party_stay_an_agreement(text):
    assert main_label(text) == "Agreement"


@pytest.mark.parametrize("text", [
    # militants killed by their own bomb: a weapon's use disrupted, whatever the workshop
    "Two militants were killed when the bomb they were making exploded in a house in Dorvell.",
])
def test_bomb_making_by_militants_stays_disrupted_use(text):
    assert main_label(text) == "Disrupted weapons use"


# -- the anniversary of an attack ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hundreds gathered in Dorvell to mark the tenth anniversary of the bombing that killed 52 people.",
])
def test_the_dead_of_an_attack_remembered_are_no_force_at_the_gathering(text):
    assert main_label(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Thousands marched in Dorvell on the anniversary of the bombing to demand the resignation of the interior minister.",
    "Hundreds rallied in Marsk to mark the anniversary of the uprising, calling for free elections.",
])
def test_anniversary_march_with_a_demand_stays_a_protest(text):
    assert main_label(text) == "Peaceful protest"
