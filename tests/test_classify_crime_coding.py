"""Issue #6: one incident coded in one family whatever the wording. Territory is taken only when
the place is what is taken, and a fugitive captured is an arrest (invented sentences)."""
from __future__ import annotations

import pytest

from classify_helpers import subtypes

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


@pytest.mark.parametrize("text", [
    # a place describing what is taken is not the thing taken
    "The blaze that gutted the old lumber mill in Bend on Monday took a piece of Oregon's heritage.",
    "Escaped Texas prisoner captured after a week on the run",
    # a noun of capture: where a person was captured, not the capture of a place
    "He was found guilty over the 2011 spree that began at a bank in Tulsa and "
    "ended with his capture in Creek County.",
    # what is pushed out is a person out of harm's way, not armed men out of a place
    "Gunfire erupted on Sunday in Tulsa, with a bystander pushing a toddler out of the line of fire.",
])
def test_no_territory_when_the_place_is_not_what_is_taken(text):
    assert not TERRITORY & set(subtypes(text))


@pytest.mark.parametrize("text", [
    "Rebels captured the town of Kidal on Monday.",
    "Islamic State fighters took most of the city of Ramadi on Sunday.",
    "The army pushed the militants out of Tikrit on Tuesday.",
    "Rebels drove government troops out of Velta on Friday.",
    # a stretch of a road is a share of a place
    "Government troops seized control of the whole stretch of the coastal road between Velta and Marsk "
    "on Monday.",
    "Rebels seized a section of the highway near Idlib on Sunday.",
    "Islamic State fighters took control of large swathes of the province on Sunday.",
    "Islamic State fighters captured a number of villages near Kirkuk on Monday.",
    # an armed group named, not only armed men by a noun, is what is driven out
    "The army pushed ISIS out of the town on Monday.",
])
def test_territory_still_taken(text):
    assert TERRITORY & set(subtypes(text))


def test_a_fugitive_captured_is_an_arrest():
    assert subtypes("Escaped Texas prisoner captured after a week on the run") == ["Arrests"]
    # people captured by a group that is no state, not at large from the law, are abducted
    assert subtypes("Gunmen captured two villagers near Marsk on Monday.") == ["Abduction/forced disappearance"]
    # prisoners taken by gunmen are abducted: only the authorities recapture fugitives
    assert subtypes("Gunmen captured three prisoners from the jail.") == ["Abduction/forced disappearance"]


def test_his_capture_in_a_place_takes_no_territory():
    # the geocoder places "Creek County": the capture is where a man was caught, not of the county
    from datetime import date

    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline, Settings
    text = ("Darrow Pike was found guilty in May of murder over the 2011 spree that began at a Tulsa bank, "
            "moved on to a motel in Sapulpa and ended with his capture in Creek County.")
    events = Pipeline(settings=Settings(scope="all-violence")).process(
        Report(id="r1", text=text, published=date(2020, 3, 4)))
    assert not [e for e in events if e.sub_event_type in TERRITORY]


@pytest.mark.parametrize("text, kept, left", [
    # a building occupied by demonstrators is a sit-in, not a base established
    ("Protesters occupied the county headquarters in Corfu on Wednesday.", "Peaceful protest",
     "Headquarters or base established"),
    ("Rebels occupied the army base in Velta on Monday.", "Headquarters or base established", None),
])
def test_occupied_by_protesters_is_a_protest(text, kept, left):
    found = subtypes(text)
    assert kept in found and left not in found


@pytest.mark.parametrize("text", [
    "The blaze gutted a building housing the offices of a Bend music charity.",
    "Planners talked of turning the mill into flats, cafes and offices for local charities.",
])
def test_offices_built_by_no_armed_party_are_no_base(text):
    assert "Headquarters or base established" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Rebels built a new base near Velta.",
    "The militants turned the school into a base.",
    "Police erected checkpoints around the city.",
])
def test_bases_built_by_armed_parties(text):
    assert "Headquarters or base established" in subtypes(text)



def test_a_clause_describing_one_doer_makes_no_crowd():
    # "people" is whom the man killed, in the clause that describes him: one man is no mob
    found = subtypes("A jury on Friday convicted the gunman who killed three people during a bank robbery "
                     "in Tulsa.")
    assert "Mob violence" not in found
    assert "Mob violence" in subtypes("Angry villagers beat two suspected thieves to death in Marsk on Monday.")


@pytest.mark.parametrize("text", [
    "Security forces built a new camp in Sukma district.",
    "The BSF built a new border outpost near the village.",
    "Security personnel erected a new post on the highway.",
    "The paramilitary forces turned the school building into a camp.",
])
def test_state_forces_building_a_base_still_establish_one(text):
    assert "Headquarters or base established" in subtypes(text)
