"""Actors of the wars in Ukraine and Russia and of gang and cartel violence in Latin America and
the Caribbean (americaprobe): named cartels and gangs, gangs as an armed side, armed men "from" a
named gang, a state's missiles and bombs, a country named as the attacker, enemy positions, and
men as the victims of a strike. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded


def _events(pipeline, body, published=date(2024, 6, 20)):
    return coded(pipeline, body, published)


def _event(pipeline, body):
    [e] = _events(pipeline, body)
    return e


@pytest.mark.parametrize("body, group", [
    ("Suspected hitmen of the CJNG ambushed a patrol of state police near Zapopan on Tuesday, "
     "killing three officers, prosecutors said.", "CJNG: Jalisco New Generation Cartel"),
    ("Fighters loyal to Los Chapitos battled a rival cell in Navolato on Monday, leaving five dead, "
     "the state security office said.", "Sinaloa Cartel: Los Chapitos Faction"),
    ("Members of Viv Ansanm set fire to dozens of houses and killed four residents in Petion-Ville "
     "on Sunday, a rights group said.", "Viv Ansanm"),
    ("Gunmen from Los Choneros shot dead three fishermen at a dock in Manta on Wednesday, police said.",
     "Los Choneros"),
    ("Traffickers of the Comando Vermelho exchanged fire with military police in Niteroi on Monday, "
     "leaving two suspects dead.", "CV: Comando Vermelho"),
])
def test_named_cartels_and_gangs(pipeline, body, group):
    e = _event(pipeline, body)
    assert group in (e.actor1, e.actor2)


def test_a_gang_is_an_armed_side(pipeline):
    e = _event(pipeline, "Gang members raided the village of Liancourt on Friday and shot dead six "
                         "farmers, local officials said.")
    assert e.event_type == "Violence against civilians"
    assert e.actor1.startswith("Unidentified Armed Group") and e.actor2.startswith("Civilians")


def test_armed_men_from_a_named_gang_are_that_gang(pipeline):
    e = _event(pipeline, "Gunmen from the Los Tiguerones gang opened fire on customers of a bar in "
                         "Machala on Saturday night, killing five, police said.")
    assert (e.event_type, e.actor1, e.actor2) == (
        "Violence against civilians", "Los Tiguerones", "Civilians (Ecuador)")


@pytest.mark.parametrize("body", [
    "A Russian cruise missile slammed into a shopping centre in Zaporizhzhia on Tuesday, killing four people.",
    "Russian rockets hit a market in Kostiantynivka in Ukraine's Donetsk region on Tuesday, killing six people.",
])
def test_a_states_missiles_are_its_forces(pipeline, body):
    assert _event(pipeline, body).actor1.startswith("Military Forces of Russia")


@pytest.mark.parametrize("body", [
    "Russia bombarded the city of Sumy with drones overnight into Tuesday, killing two civilians.",
    "Ukraine attacked an airfield in the Kursk region with drones on Tuesday, the governor said.",
])
def test_a_country_as_attacker_names_its_forces(pipeline, body):
    e = _event(pipeline, body)
    assert e.actor1.startswith(("Military Forces of Russia", "Military Forces of Ukraine"))


def test_a_country_that_only_speaks_is_no_party(pipeline):
    e = _event(pipeline, "Ukraine said unknown gunmen killed two guards at a checkpoint near Izium on "
                         "Tuesday.")
    assert not e.actor1.startswith("Military Forces of Ukraine")


def test_enemy_positions_are_its_forces(pipeline):
    e = _event(pipeline, "Ukrainian artillery pounded Russian positions near Vuhledar on Tuesday, the "
                         "general staff said.")
    assert e.actor2.startswith("Military Forces of Russia")


def test_men_killed_by_a_strike_are_civilians(pipeline):
    e = _event(pipeline, "Russian artillery struck the town of Orikhiv in Ukraine on Tuesday, killing two men.")
    assert e.actor2 == "Civilians (Ukraine)"


def test_a_strike_on_a_depot_has_no_second_actor(pipeline):
    e = _event(pipeline, "Ukrainian drones hit a fuel depot in the Kursk region of Russia overnight, the "
                         "governor said on Tuesday. Nobody was hurt.")
    assert e.actor1.startswith("Military Forces of Ukraine") and not e.actor2


def test_armed_men_from_a_known_group_fight_no_second_group(pipeline):
    e = _event(pipeline, "Gunmen from the Clan del Golfo opened fire on customers of a bar in Monteria on "
                         "Saturday night, killing five, police said.")
    assert (e.event_type, e.actor1, e.actor2) == (
        "Violence against civilians", "Clan del Golfo", "Civilians (Colombia)")


def test_a_states_shelling_read_as_a_verb_is_its_fire(pipeline):
    # (the tagger hangs "shelling" on the verb as an adverb after a dateline)
    e = _event(pipeline, "KURSK, Russia (Reuters) -- Ukrainian shelling killed a pensioner in the town of "
                         "Rylsk on Thursday, the regional governor said.")
    assert e.actor1.startswith("Military Forces of Ukraine")


def test_a_sabotage_group_named_by_its_country_is_its_forces(pipeline):
    e = _event(pipeline, "Russian border guards fought off a Ukrainian sabotage group near the village of "
                         "Tyotkino in Russia's Kursk region on Monday, killing six of its members.")
    assert "Military Forces of Ukraine (2019-)" in (e.actor1, e.actor2)
