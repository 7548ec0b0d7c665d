"""Issue #6, round 2: one incident, one family. A lone shooter's rampage is no riot (the crowd must be
who does it), and aircraft backing the police make no air strike of their raid (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from classify_helpers import subtypes


@pytest.mark.parametrize("text", [
    # the crowd word names his victims, or sits in a clause describing him: one doer, no mob
    "A gunman went on a shooting rampage in a mall in Omaha on Tuesday, killing eight people.",
    "She is the former nurse who went on a shooting rampage at a clinic in Tulsa in 2011, killing three "
    "people.",
])
def test_a_lone_shooters_rampage_is_no_riot(text):
    found = subtypes(text)
    assert "Mob violence" not in found and "Violent demonstration" not in found


@pytest.mark.parametrize("text, sub", [
    ("A group of three dozen young people rampaged through the aisles of a store in Brooklyn.", "Mob violence"),
    ("Angry villagers went on a rampage in Marsk on Monday, burning shops.", "Mob violence"),
    ("A mob rampage left three shops burnt in Marsk.", "Mob violence"),
    ("Opposition supporters went on a rampage in Marsk after the vote.", "Violent demonstration"),
])
def test_a_crowds_rampage_is_still_a_riot(text, sub):
    assert sub in subtypes(text)


def test_a_lone_shooters_rampage_is_a_shooting_outside_politics():
    from conflictlens.model import Report
    from conflictlens.pipeline import Pipeline, Settings
    text = ("Mara Quell, a former nurse, went on a shooting rampage at a clinic in Tulsa on Monday, "
            "killing three people.")
    events = Pipeline(settings=Settings(scope="all-violence")).process(
        Report(id="r1", text=text, published=date(2020, 3, 4)))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Other violence", "Shooting")]


@pytest.mark.parametrize("text", [
    "Police backed by helicopters raided the village of Marsk on Tuesday and arrested 40 people.",
    "The suspect died in custody a day after he was picked up in raids by 900 officers backed up by "
    "helicopters and sniffer dogs.",
])
def test_aircraft_backing_the_doers_make_no_air_strike(text):
    # the aircraft are in a clause describing the police: a police raid, not a raid by aircraft
    found = subtypes(text)
    assert "Air/drone strike" not in found and "Arrests" in found


def test_aircraft_as_the_doers_still_strike():
    assert "Air/drone strike" in subtypes("Raids by helicopters killed five rebels near Marsk.")
