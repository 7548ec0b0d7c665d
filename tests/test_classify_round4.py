"""Issue #4, fourth classification round: codebook rules checked on invented sentences (no dataset text)."""
from __future__ import annotations

import pytest

from classify_helpers import candidates, subtypes
from conflictlens.events.classifier import report_candidates
from conflictlens.events.lexicon import priority


def main_label(text: str) -> str:
    """The report's main event as the classification bench picks it (a second event last, then strong
    first, then the highest priority)."""
    kept = report_candidates(candidates(text))
    if not kept:
        return "none"
    return min(kept, key=lambda c: (c.apart_from_lead, not c.strong, priority(c.event_type, c.sub_event_type))
               ).sub_event_type


# -- reactions told after the violence that leads the report ------------------------------------------

@pytest.mark.parametrize("text, reaction", [
    ("Gunmen killed five villagers in Orvan on Monday. Hundreds of residents protested in Velta on Tuesday "
     "against the killings.", "Peaceful protest"),
    ("Unknown assailants shot dead three farmers near Orvan on Sunday. The government sent soldiers to the "
     "district.", "Change to group/activity"),
])
def test_a_reaction_told_after_the_lead_violence_is_a_second_event(text, reaction):
    assert reaction in [c.sub_event_type for c in report_candidates(candidates(text))]  # still a candidate
    assert main_label(text) == "Attack"


@pytest.mark.parametrize("text, expected", [
    # the demonstration leads: the killing told after it is not its reaction
    ("Hundreds of residents protested in Velta on Tuesday. Gunmen killed five villagers in Orvan on Monday.",
     "Peaceful protest"),
    # violence told later tells the lead's act more fully
    ("Militants killed twelve soldiers in an attack on an army base near Orvan on Monday. The militants attacked "
     "and took over the town of Velta.", "Non-state actor overtakes territory"),
    # no one killed or hurt in the lead: nothing to react to
    ("Gunmen stormed a school in Orvan on Monday. The government sent soldiers to the district.",
     "Change to group/activity"),
])
def test_what_is_not_a_reaction_to_lead_violence_keeps_its_rank(text, expected):
    assert main_label(text) == expected


# -- agreements: prisoner releases and talks between the parties (spec §2.6) --------------------------

@pytest.mark.parametrize("text", [
    "Rebels released 20 soldiers in Orvan on Monday.",
    "The army freed 30 captured rebels in Velta on Sunday.",
    "The government and the rebels held talks in Velta on Monday.",
])
def test_armed_men_released_and_talks_held_between_the_parties_are_an_agreement(text):
    assert subtypes(text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Police released the suspects on bail in Orvan on Monday.",
    "The rebels released a statement in Orvan on Monday.",
    "The two companies held talks on a merger in Velta on Monday.",
    # the parser hangs "released" from "police": the footage is what was released
    "The camera recordings that police released on Tuesday show two men beating a guard outside a bank in Velta.",
    # talks only offered: an adjective of readiness governs what is only possible
    "The rebels said they were ready to hold talks with the government.",
    "The rebels said they were willing to hold talks with the government.",
])
def test_releases_of_others_business_talks_and_talks_offered_are_no_agreement(text):
    assert "Agreement" not in subtypes(text)


# -- demonstrations stopped, sexual violence at demonstrations ----------------------------------------

@pytest.mark.parametrize("text", [
    "Protesters tried to march to the parliament in Velta but police stopped them.",
    "Police stopped the protesters from marching to the parliament in Velta.",
])
def test_demonstrators_stopped_by_force_are_a_protest_with_intervention(text):
    assert subtypes(text) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    # what the march is about, not what was done to it
    "Thousands marched in Velta on Monday to stop the war.",
    # something else stopped
    "Police stopped the traffic as thousands marched in Velta on Monday.",
])
def test_a_stopping_verb_not_acting_on_the_demonstrators_is_no_intervention(text):
    assert subtypes(text) == ["Peaceful protest"]


def test_a_march_only_attempted_with_nothing_stopping_it_is_no_protest():
    assert subtypes("Protesters tried to march to the parliament in Velta on Monday.") == []


@pytest.mark.parametrize("text", [
    "Soldiers raped several women protesters during a demonstration in Velta on Monday.",
    "Police sexually assaulted female demonstrators at a rally in Velta.",
])
def test_sexual_violence_at_a_demonstration_is_sexual_violence(text):
    assert subtypes(text) == ["Sexual violence"]


@pytest.mark.parametrize("text", [
    "Women protested in Velta on Monday against the rape of a schoolgirl.",
    "Hundreds marched in Velta on Monday to demand justice for a girl who was raped by a soldier.",
])
def test_sexual_violence_a_demonstration_is_about_is_its_topic(text):
    assert subtypes(text) == ["Peaceful protest"]


# -- crowds fighting, bombers dead in their blast ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Youths fought each other with machetes in Velta on Monday, leaving three injured.",
    "Villagers fought one another over grazing land in Orvan, leaving two dead.",
    "Residents fought with the police in Velta on Monday.",
])
def test_a_crowd_fighting_each_other_or_the_police_is_mob_violence(text):
    # spec §2.3: a disorderly crowd attacks people or armed actors outside a demonstration
    assert subtypes(text) == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Residents fought the fire in Velta for hours.",
    "Students fought for their rights in Velta.",
])
def test_a_crowd_fighting_nobody_is_no_mob_violence(text):
    assert subtypes(text) == []


@pytest.mark.parametrize("text", [
    "A bomber died in the blast at a market in Velta on Monday, which also killed four people.",
    "A bomb exploded at a market in Velta on Monday, killing four people and the bomber.",
    "The bomber was killed in the explosion at a checkpoint in Orvan.",
])
def test_a_bomber_dead_in_the_blast_is_a_suicide_bomb(text):
    assert subtypes(text)[:1] == ["Suicide bomb"]


@pytest.mark.parametrize("text, expected", [
    ("The bomber killed five people at a market in Velta.", "Air/drone strike"),  # (an aircraft: kept as was)
    ("Police shot dead the bomber before the explosion in Velta.", "Attack"),
    ("A bomb exploded near a checkpoint in Orvan, killing four people.", "Remote explosive/landmine/IED"),
])
def test_a_bomber_killing_others_or_killed_by_others_is_no_suicide_bomb(text, expected):
    assert subtypes(text)[:1] == [expected]


# -- business news: dismissals and debts -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company announced the sacking of 300 workers at its Velta plant.",
    "The club sacked its coach after the defeat in Velta.",
    "The sacking after the crisis of about 20,000 of the workers hurt the town of Velta.",
])
def test_people_dismissed_from_their_posts_are_no_looting(text):
    assert subtypes(text) == []


def test_a_place_sacked_is_looting():
    assert subtypes("Rebels sacked the town of Velta on Monday.") == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Police arrested 12 loan defaulters in Orvan on Monday.",
    "Police mounted a hunt for defaulters on bank loans in Orvan, arresting four businessmen.",
])
def test_arrests_for_unpaid_debts_are_no_political_arrests(text):
    assert subtypes(text) == []


@pytest.mark.parametrize("text", [
    "Police arrested four opposition activists in Orvan on Monday.",
    "Police raided the homes of opposition leaders in Orvan, arresting four of them.",
])
def test_arrests_of_political_figures_stay_arrests(text):
    assert subtypes(text) == ["Arrests"]


# -- force on demonstrators whose protest is told as earlier ------------------------------------------

@pytest.mark.parametrize("text", [
    "Security forces opened fire on villagers in Orvan after protesting against the new mine, killing three.",
    "After protesting for hours outside the parliament, three students were shot dead by police in Velta.",
])
def test_force_after_a_protest_by_those_it_hit_is_excessive_force(text):
    assert subtypes(text) == ["Excessive force against protesters"]


def test_after_something_else_the_force_stays_an_attack():
    assert subtypes("After leaving the market, three students were shot dead by police in Velta.") == ["Attack"]


def test_force_aimed_at_those_told_protesting_before_is_excessive_force():
    text = ("Residents had been protesting for a week against the dam in Orvan. On Monday police opened fire on them, "
            "killing two.")
    assert main_label(text) == "Excessive force against protesters"


def test_force_aimed_at_others_beside_an_ongoing_protest_stays_an_attack():
    text = ("Residents had been protesting for a week against the dam in Orvan. On Monday gunmen opened fire on a "
            "wedding party, killing two guests.")
    assert main_label(text) == "Attack"


@pytest.mark.parametrize("text", [
    "Hundreds of women rallied in Velta on Monday. Soldiers raped several of them.",
    "Hundreds of women rallied in Velta on Monday. Soldiers sexually assaulted several of the protesters.",
])
def test_sexual_violence_done_to_the_demonstrators_beside_their_rally_is_the_report_s_event(text):
    assert main_label(text) == "Sexual violence"


def test_sexual_violence_told_apart_from_a_rally_leaves_the_rally():
    text = "Hundreds of women rallied in Velta on Monday. Separately, a soldier raped a girl in Orvan."
    assert main_label(text) == "Peaceful protest"
