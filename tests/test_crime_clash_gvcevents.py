"""A battle needs two organised armed sides (spec §2.1). With ``--scope all-violence`` a crime
report's exchange of fire between police and a lone suspect, a shootout between two cars, or a
brawl names no organised side: the shooting is ``Other violence`` (events.other_violence:
crime_clashes_recoded), and a fist fight with no shot is no row. A clash of an army and rebels
stays a battle. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

MONDAY = date(2024, 4, 15)


def _types(pipeline, text: str) -> list[tuple[str, str]]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=MONDAY))
    return sorted((e.event_type, e.sub_event_type) for e in a.events)


@pytest.mark.parametrize("text", [
    # police and a gunman: no organised side
    "Officers exchanged gunfire with a suspect outside a grocery store in Dayton, Ohio, on Sunday night. "
    "The suspect was wounded and taken to a hospital, police said.",
    # two groups of strangers
    "A stray bullet from a shootout between two groups of teenagers struck a woman on Sunday on a busy "
    "street in Memphis, Tennessee, police said.",
    # a gunman and the deputies who came
    "The gunman, a 30-year-old man from Tulsa, kept shooting until officers arrived around 10 p.m. Sunday.",
])
def test_crime_exchange_of_fire_is_a_shooting(violence_pipeline, text):
    types = _types(violence_pipeline, text)
    assert ("Battles", "Armed clash") not in types
    assert ("Other violence", "Shooting") in types


def test_brawl_with_no_shot_is_no_battle(violence_pipeline):
    text = ("Officers arrested three men for fighting outside a nightclub in Fresno, California, on Sunday. "
            "Nobody was seriously hurt, police said.")
    assert ("Battles", "Armed clash") not in _types(violence_pipeline, text)


def test_army_and_rebels_still_clash(violence_pipeline):
    text = ("Soldiers clashed with rebels near the town of Beni in eastern Congo on Sunday, killing "
            "four fighters, the army said.")
    assert ("Battles", "Armed clash") in _types(violence_pipeline, text)


def test_police_investigating_are_no_party(violence_pipeline):
    # the subject of "investigate" looks into the shooting (cues.toml: inquiry_verbs)
    text = ("Dayton police investigate shooting at nightclub\n\n"
            "Two men were wounded when gunfire broke out at a nightclub in Dayton, Ohio, early Saturday, "
            "police said.")
    a = violence_pipeline.analyse(Report(id="t", title="", text=text, published=MONDAY))
    rows = [e for e in a.events if e.event_type == "Other violence"]
    assert rows and not any(e.actor1.startswith("Police Forces") for e in rows)
