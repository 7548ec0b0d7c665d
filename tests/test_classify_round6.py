"""Issue #4, sixth classification round: codebook rules checked on invented sentences (no dataset text).

An explosion told with "no group has claimed responsibility" is still the report's event (the claim that
is denied names nobody behind it), and violence by ordinary criminals on civilians, with no political or
state actor, is crime, not an Attack."""
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
    "Suicide bombers are suspected to be behind the blasts in Tessaly.",
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
