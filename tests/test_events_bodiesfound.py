"""The dead found after their abduction or attack: one incident, one row with its toll.

"Gunmen seized two teachers. Their bodies were found later." is one event (spec §2: an
abduction that ends in a killing is an Attack), with two dead; the bodies found, riddled
with bullets, are no find of weapons of their own (no "Disrupted weapons use" row).
Invented reports, places and people.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from toll_helpers import parsed_toll

PUBLISHED = date(2026, 5, 6)


def _rows(pipeline, text: str):
    return pipeline.process(Report(id="t", title="", text=text, published=PUBLISHED))


@pytest.mark.parametrize("text, toll", [
    # a possessive pronoun owning the body names someone told of before
    ("Bandits abducted a grain trader near Kidal on Sunday. His body was found on Tuesday.", 1),
    ("Villagers said they later found his body in a dry riverbed.", 1),
    # "their": the people the sentence before names, its subject ...
    ("Two nurses were kidnapped outside Gao on Sunday. Their bodies were found later.", 2),
    # ... or, when that subject counts no one told (bare "gunmen"), the object it seized
    ("Gunmen kidnapped two aid workers near Gao on Sunday. Their bodies were dumped on a road.", 2),
    ("Gunmen kidnapped two aid workers near Gao on Sunday. Both were found dead on Monday.", 2),
    # "them", the object of the killing, names the seized, never its own verb's subject
    ("Gunmen kidnapped two aid workers near Gao on Sunday. The kidnappers shot them dead on Monday.", 2),
    # a list the parser breaks at an age: each name listed counts
    ("Mendel, 61, and Ilse Brandt, a teacher, were kidnapped on Sunday. Their bodies were found on Monday.", 2),
])
def test_the_dead_found_are_counted(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text", [
    "The surgeon said a bullet remained lodged in his body.",
    "The two guards were taken to a clinic with bullets lodged in their bodies.",
])
def test_a_body_that_is_not_found_is_no_death(text):
    assert parsed_toll(text) == 0


@pytest.mark.parametrize("text, toll", [
    ("Gunmen kidnapped two aid workers in Kidal on Monday. Their bodies were found on Wednesday outside the town.", 2),
    ("Gunmen kidnapped a grain trader in Kidal on Monday. His body was found on Wednesday.", 1),
    ("Gunmen kidnapped two aid workers in Kidal on Monday. The two hostages were later found dead.", 2),
])
def test_an_abduction_whose_victims_are_found_dead_is_one_attack(pipeline, text, toll):
    rows = _rows(pipeline, text)
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in rows] == [
        ("Violence against civilians", "Attack", toll)]


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two aid workers in Kidal on Monday. Their bodies, riddled with bullets, were "
    "found on Wednesday outside the town.",
    "The corpses of three herders were found riddled with bullets near Kidal on Monday.",
])
def test_bodies_found_riddled_with_bullets_are_no_weapons_find(pipeline, text):
    rows = _rows(pipeline, text)
    assert not [e for e in rows if e.sub_event_type == "Disrupted weapons use"], [
        (e.sub_event_type, e.notes) for e in rows]


def test_weapons_found_beside_the_dead_still_are(pipeline):
    # (the parser joins the rifles to the dead: they are still a find of their own)
    rows = _rows(pipeline, "Soldiers found the bodies of two rebels and three rifles near Kidal on Monday.")
    assert [e.sub_event_type for e in rows] == ["Disrupted weapons use"]


def test_the_dead_found_the_day_after_an_attack_are_its_toll(pipeline):
    # one incident, one row: the bodies found next day are the attack's dead, no event of their own
    rows = _rows(pipeline, "Gunmen attacked a bus near Kidal on Sunday. Police recovered the bodies of four "
                           "passengers with bullet wounds on Monday.")
    assert [(e.sub_event_type, e.fatalities) for e in rows] == [("Attack", 4)]
