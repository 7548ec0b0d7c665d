"""Issue #4, fifth classification round: codebook rules checked on invented sentences (no dataset text).

Force on an assembled crowd, harm told right after a demonstration broken up, fighting told as the setting
of the report's news, a battle told after the attack on civilians that leads a report, and attributions
("accused the rebels of the bombing") told about an event reported elsewhere."""
from __future__ import annotations

from datetime import date

import pytest

from classify_helpers import candidates
from conflictlens.events.classifier import report_candidates
from conflictlens.events.lexicon import priority


def main_label(text: str) -> str:
    """The report's main event from the sentence typing, as the bench picks it."""
    kept = report_candidates(candidates(text))
    if not kept:
        return "none"
    return min(kept, key=lambda c: (c.apart_from_lead, not c.strong, priority(c.event_type, c.sub_event_type))
               ).sub_event_type


def report_label(pipeline, text: str) -> str:
    """The report's main event after the extraction stage (force told after a demonstration, statements
    about an event told elsewhere), as the bench's candidates mode picks it."""
    from conflictlens.model import Report
    a = pipeline.analyse_until(Report(id="t", text=text, published=date(2020, 6, 30)), "mentions")
    keep = {id(c) for c in report_candidates([m.candidate for m in a.mentions])}
    told = [m.candidate for m in a.mentions if id(m.candidate) in keep and m.date_source != "reference"]
    if not told:
        return "none"
    return min(told, key=lambda c: (c.apart_from_lead, not c.strong, priority(c.event_type, c.sub_event_type))
               ).sub_event_type


# -- state forces firing on an assembled crowd ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police opened fire on a crowd of opposition supporters in Velta on Wednesday, killing two people.",
    "Soldiers opened fire on a gathering of villagers in Marsk, wounding six.",
])
def test_state_fire_on_a_crowd_is_excessive_force(text):
    assert main_label(text) == "Excessive force against protesters"


@pytest.mark.parametrize("text, want", [
    # a crowd fired on by gunmen is no state force on a gathering
    ("Gunmen opened fire on a crowd of shoppers in Velta, killing two people.", "Attack"),
    # fire on armed men stays a battle
    ("Police opened fire on a group of armed rebels near Marsk, killing two.", "Armed clash"),
])
def test_fire_on_a_crowd_by_others_or_on_armed_men_is_not_excessive_force(text, want):
    assert main_label(text) == want


# -- harm told right after a demonstration broken up ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers broke up a rally in Velta on Saturday. Three people were killed, a rights group said.",
    "Police dispersed a march by teachers in Marsk with tear gas. Two teachers died.",
    "Riot police broke up a sit-in outside the ministry in Qarsa. Several demonstrators were wounded by live rounds.",
])
def test_people_killed_told_after_a_demonstration_broken_up_are_its_excessive_force(pipeline, text):
    assert report_label(pipeline, text) == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    # the security forces were the ones hurt
    "Police broke up a rally in Velta on Saturday. Two policemen were killed, the ministry said.",
    # a demonstration with no force told: the deaths are not its intervention's
    "Hundreds of nurses marched peacefully in Marsk on Friday. Three people were killed in a road accident.",
    # a sentence turning to other news
    "Police dispersed a protest in Qarsa with water cannon. Separately, two people were shot dead in Velta.",
])
def test_harm_told_after_a_demonstration_is_excessive_force_only_when_the_force_did_it(pipeline, text):
    assert report_label(pipeline, text) != "Excessive force against protesters"


# -- fighting told as lasting, the setting of the report's news ------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Two civilians were killed on Sunday when shells fired by separatist forces hit a village near Velta. "
     "Fighting over the region has raged for three weeks.", "Shelling/artillery/missile attack"),
    ("Separatist forces shelled the town of Velta, wounding three soldiers. Clashes have intensified over the "
     "past month.", "Shelling/artillery/missile attack"),
])
def test_fighting_told_as_lasting_yields_to_the_news(text, want):
    assert main_label(text) == want


@pytest.mark.parametrize("text", [
    "Fighting raged in Velta on Sunday between the army and the rebels.",
    "Rebels attacked an army post near Marsk as fighting continued on Monday, killing four soldiers.",
])
def test_fighting_told_as_the_news_stays_a_battle(text):
    assert main_label(text) == "Armed clash"


# -- a battle told after the attack on civilians that leads the report ----------------------------------

def test_a_battle_told_as_later_than_the_lead_attack_on_civilians_is_a_second_event():
    text = ("Suspected rebels killed 12 people in a night raid on Velta, local officials said. The army later "
            "clashed with the rebels in the nearby forest.")
    assert "Armed clash" in [c.sub_event_type for c in report_candidates(candidates(text))]
    assert main_label(text) == "Attack"


@pytest.mark.parametrize("text", [
    # the clash leads the report
    "The army clashed with rebels near Velta on Monday. Later, the rebels killed 12 villagers in Marsk.",
    # a clash told without "later": the same engagement may be told more fully
    "Suspected rebels killed 12 people in Velta. The army clashed with the rebels in the town.",
])
def test_a_battle_not_told_as_later_keeps_its_place(text):
    assert main_label(text) == "Armed clash"


# -- attribution: who is accused of an event told elsewhere -------------------------------------------

@pytest.mark.parametrize("text", [
    "The government accused the rebels of the bombing, which the group denied.",
    "The ministry accused separatist fighters of carrying out the car bomb attack in Velta.",
    "The ministry attributed the shelling to separatist forces.",
    "Authorities suspect the militant group of orchestrating the bombings.",
    "Officials said the suicide attack bore the hallmarks of the militant group.",
])
def test_an_event_someone_is_accused_of_is_an_attribution_not_an_event(pipeline, text):
    assert report_label(pipeline, text) == "none"


@pytest.mark.parametrize("text, want", [
    # an indefinite event told of someone is news of an abuse
    ("A rights group accused soldiers of a massacre of 30 villagers in Velta last week.", "Attack"),
    # the event itself, told before the attribution, stays
    ("A car bomb exploded in Velta on Sunday, killing five people. The government accused separatist "
     "fighters of the bombing.", "Remote explosive/landmine/IED"),
])
def test_an_event_told_as_news_is_no_attribution(pipeline, text, want):
    assert report_label(pipeline, text) == want


# -- fighting told as reaching a length of time, or as what people fled ----------------------------------

@pytest.mark.parametrize("text, want", [
    ("Separatist forces shelled the town of Velta overnight, the ministry said, as clashes over the region "
     "entered a second week.", "Shelling/artillery/missile attack"),
    ("Thousands of residents fled the town of Marsk as fighting approached.", "Other"),
    ("Hundreds of families fled Qarsa because clashes broke out between the militias.", "Other"),
])
def test_fighting_told_as_lasting_or_as_the_cause_of_a_flight_is_no_battle_of_the_sentence(text, want):
    assert main_label(text) == want


@pytest.mark.parametrize("text", [
    # the clashes themselves entered the town: news, not a length of time
    "Clashes between the army and the rebels entered the town of Velta on Monday, killing six.",
    # a flight told beside fighting that is the sentence's own news
    "The army fought the rebels in Marsk for six hours as residents fled.",
])
def test_fighting_told_as_news_beside_a_length_or_a_flight_stays_a_battle(text):
    assert main_label(text) == "Armed clash"


# -- chemical weapons named by their agent or by the harm of their substance ---------------------------

@pytest.mark.parametrize("text", [
    "Militants fired mortar shells containing mustard agent at the fighters near Velta.",
    "At least 20 people were treated for symptoms of chlorine exposure after government forces attacked the "
    "rebel-held district of Marsk.",
])
def test_a_chemical_agent_or_its_harm_is_a_chemical_weapon(text):
    assert main_label(text) == "Chemical weapon"


@pytest.mark.parametrize("text", [
    "A chlorine leak at a water treatment plant in Velta sent 12 workers to hospital.",
    "The factory in Marsk stores chlorine for water treatment.",
])
def test_chlorine_as_an_industrial_chemical_is_no_weapon(text):
    assert main_label(text) == "none"


# -- explosions told as described, charged, planned, handled or of a past year -----------------------------

@pytest.mark.parametrize("text", [
    "The president described the car bombing as a cowardly act of terrorism.",
    "A memorial service was held in Velta for the victims of the 2017 bombing of the concert hall.",
    "The trial of five men charged over the bombing of the embassy in Velta opened on Monday.",
    "The minister said the roadside bombs were being assembled in a neighbouring country.",
    "The police chief said officers had received intelligence about a planned bomb attack in Marsk.",
])
def test_an_explosion_only_named_is_no_event(pipeline, text):
    assert report_label(pipeline, text) == "none"


@pytest.mark.parametrize("text, want", [
    ("A roadside bomb exploded near an army convoy in Velta on Monday, killing two soldiers.",
     "Remote explosive/landmine/IED"),
    ("Militants carried out a bomb attack on a market in Marsk, killing six people.", "Remote explosive/landmine/IED"),
    ("Militants planted a bomb that exploded under a bus in Qarsa on Sunday, wounding four.",
     "Remote explosive/landmine/IED"),
    ("A bomb planted in a car went off outside a police station in Velta.", "Remote explosive/landmine/IED"),
])
def test_an_explosion_told_as_news_stays(pipeline, text, want):
    assert report_label(pipeline, text) == want


def test_harm_told_after_force_on_rioters_stays_the_riots(pipeline):
    text = ("Hundreds of rioters set fire to buses and threw stones at police in Velta on Monday. Officers fired "
            "rubber bullets to disperse the crowd. At least 25 people were injured in the violence.")
    assert report_label(pipeline, text) != "Excessive force against protesters"
