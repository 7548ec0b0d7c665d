"""Strikes told as backing the doer are no event of their own, and a verb of saying the parse
gave two subjects leaves the first one the doer: "Kenyan troops supported by helicopter
gunships killed nine militants near X, the ministry said" is the troops' battle. Also a
state's forces named only by their acronym as the subject of "fought". Invented reports;
the places and groups are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", date(2025, 2, 20))


def test_air_support_of_ground_troops_folds_into_their_battle(pipeline):
    rows = _rows(pipeline, "Government soldiers backed by Turkish drone strikes killed 11 Shabaab militants "
                           "near Afgooye on Sunday, the defence ministry said.")
    assert [r.event_type for r in rows] == ["Battles"]
    assert {rows[0].actor1, rows[0].actor2} == {"Military Forces of Somalia (2022-)", "Al Shabaab"}


def test_the_doer_before_a_late_speaker_is_no_speaker(pipeline):
    rows = _rows(pipeline, "Ethiopian troops supported by air strikes killed 20 Fano fighters near Lalibela "
                           "on Monday, state media said.")
    assert rows and rows[0].event_type == "Battles"
    assert {rows[0].actor1, rows[0].actor2} == {"Military Forces of Ethiopia (2018-)", "Fano Militia"}


def test_a_strike_told_alone_stays_a_strike(pipeline):
    rows = _rows(pipeline, "Drone strikes backed by ground fire hit Fano positions near Lalibela on Monday, "
                           "killing six fighters.")
    assert any(r.sub_event_type == "Air/drone strike" for r in rows)


def test_an_acronym_of_the_army_is_an_armed_subject(pipeline):
    rows = _rows(pipeline, "The SSPDF fought White Army fighters near Malakal on Saturday, leaving seven dead.")
    assert [r.event_type for r in rows] == ["Battles"]
    assert {rows[0].actor1, rows[0].actor2} == {"Military Forces of South Sudan (2011-)", "White Army"}


def test_capitalised_drones_after_a_dateline_are_aircraft(pipeline):
    rows = _rows(pipeline, "ATBARA, Sudan -- Drones sent by the paramilitary RSF struck a power station in "
                           "Atbara on Monday, a local official said.")
    assert [r.sub_event_type for r in rows] == ["Air/drone strike"]
    assert rows[0].actor1 == "Rapid Support Forces"
