"""A battle told apart after the explosion that leads a report is a second event, not the main one."""
from __future__ import annotations

import pytest

from classify_helpers import candidates
from conflictlens.events.classifier import report_candidates
from conflictlens.events.lexicon import priority


def main_label(text: str) -> str:
    """The report's main event as the classification bench picks it: not a second event told apart,
    then strong first, then the highest priority."""
    kept = report_candidates(candidates(text))
    best = min(kept, key=lambda c: (c.apart_from_lead, not c.strong, priority(c.event_type, c.sub_event_type)))
    return best.sub_event_type


@pytest.mark.parametrize("text", [
    # after it in time
    "A car bomb exploded near a checkpoint in Mogadishu on Monday, killing four soldiers. "
    "Clashes broke out between the army and al-Shabaab fighters after the blast.",
    # turning to other news
    "A roadside bomb exploded under a police vehicle in Kandahar on Sunday, killing two officers. "
    "Separately, Taliban fighters clashed with Afghan forces.",
    # at a place of its own
    "A landmine exploded under a bus near Hodeidah on Friday, killing six passengers. "
    "Houthi fighters clashed with government troops in Taiz.",
])
def test_a_battle_told_apart_after_the_lead_explosion_is_not_the_main_event(text):
    labels = [c.sub_event_type for c in report_candidates(candidates(text))]
    assert "Armed clash" in labels  # both events stay candidates
    assert main_label(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    # one engagement: the fighting is told first, the explosion inside it
    "Al-Shabaab fighters clashed with the army in Mogadishu on Monday. "
    "A car bomb exploded near a checkpoint in Mogadishu, killing four soldiers.",
    # the battle told beside the explosion, at the same place, with no turn away
    "A car bomb exploded near a checkpoint in Mogadishu on Monday, killing four soldiers. "
    "Al-Shabaab fighters then clashed with the army in Mogadishu.",
])
def test_a_battle_told_as_the_same_engagement_keeps_its_priority(text):
    assert main_label(text) == "Armed clash"
    assert not any(c.apart_from_lead for c in report_candidates(candidates(text)))


def test_a_battle_leading_the_report_is_never_set_apart():
    text = ("Separately, rebels clashed with soldiers in Goma on Tuesday. "
            "A grenade exploded in a market in Bukavu, wounding three people.")
    kept = report_candidates(candidates(text))
    assert {"Armed clash", "Grenade"} <= {c.sub_event_type for c in kept}  # (not passing on no candidates)
    assert not any(c.apart_from_lead for c in kept)


def test_the_blast_told_as_coming_during_clashes_stays_the_main_event():
    text = ("A car bomb exploded outside a police station in Baqubah on Monday, killing three people. "
            "The blast came as Islamic State fighters clashed with the army.")
    assert main_label(text) == "Remote explosive/landmine/IED"


def test_a_blast_that_hit_fighters_in_a_clash_is_part_of_the_battle():
    text = ("A roadside bomb exploded beside an army patrol in Baqubah on Monday. "
            "The blast hit soldiers as they clashed with Islamic State fighters.")
    assert main_label(text) == "Armed clash"
