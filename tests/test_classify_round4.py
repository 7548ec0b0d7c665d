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
    # talks only offered: an adjective of readiness governs what is only possible
    "The rebels said they were ready to hold talks with the government.",
    "The rebels said they were willing to hold talks with the government.",
])
def test_releases_of_others_business_talks_and_talks_offered_are_no_agreement(text):
    assert "Agreement" not in subtypes(text)
