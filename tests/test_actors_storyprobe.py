"""Who named the dead is no doer of the killing (actors.finder: _names_victims,
data/actors/naming_verbs.tsv), nor who charged someone with it (_charges_someone,
data/actors/charging_words.tsv), nor is the body a chief speaking for it heads ("Police Chief Jo
Marsh said two men fired ...": the speaker test climbs the name's compounds). A crime report
the day after tells who the victims were: the police that identified them did not kill them.
Invented reports, towns of the gazetteer, invented people."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

PAGE = date(2023, 4, 18)


def _events(pipeline, text):
    return coded(pipeline, text, PAGE)


@pytest.mark.parametrize("text", [
    "Akron police on Monday identified the man killed outside the Copper Kettle diner early Sunday as Ned Ruskin, 33.",
    "Akron police identified the victim of Sunday night's fatal shooting as Ned Ruskin, 33.",
    "The cook killed in Akron late Sunday was identified by police as Ned Ruskin.",
    "Akron police on Monday named the two people killed at Cole Park on Sunday night: Ned Ruskin and Bea Lorne.",
    "Police Chief Hal Brandvold said two men fired into a crowd at Cole Park in Akron on Sunday night.",
    "Akron police on Friday charged Ned Ruskin with murder over the April 7 shooting at Cole Park.",
])
def test_the_police_naming_the_dead_or_speaking_are_no_attackers(violence_pipeline, text):
    events = _events(violence_pipeline, text)
    assert events
    assert all("Police Forces" not in e.actor1 for e in events), [(e.actor1, e.sub_event_type) for e in events]


def test_police_naming_a_suspect_and_arresting_him_still_arrest(violence_pipeline):
    events = _events(violence_pipeline, "Akron police identified the gunman as Ned Ruskin and arrested him on Monday.")
    assert [(e.sub_event_type, e.actor1.startswith("Police Forces")) for e in events] == [("Arrests", True)]


def test_troops_who_identify_and_kill_still_fight(violence_pipeline):
    events = _events(violence_pipeline, "Iraqi troops identified and killed three Islamic State fighters near Kirkuk on Monday.")
    assert events and all(e.actor1.startswith("Military Forces of Iraq") for e in events)


def test_police_charging_the_crowd_with_batons_still_use_force(violence_pipeline):
    events = _events(violence_pipeline, "Riot police charged the marchers with batons in Nairobi on Tuesday.")
    assert events and all("Police Forces of Kenya" in (e.actor1 + e.actor2) for e in events)
