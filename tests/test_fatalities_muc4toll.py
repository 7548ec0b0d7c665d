"""Tolls of all-capital wire copy (MUC-4 style) and of a count told again: a victim named by a
name the re-casing left in lower case, one victim told of by no number beside a count of his
kind, a description of a victim's name, and those pronounced dead among everyone counted.
Invented texts."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, only_violent_event

_NURSES = ("SAN SALVADOR, 4 MAR 90 (RADIO X) -- [TEXT] THE ARMY ACCEPTED RESPONSIBILITY TODAY FOR THE "
           "DEATH OF TWO NURSES WHOM SOLDIERS SHOT AT A ROADBLOCK IN THE CAPITAL.  ANOTHER NURSE, MARTA "
           "ARGUETA, {}DIED WHEN A SOLDIER FIRED AT HER CAR.")


def test_a_victim_named_by_an_unknown_name_counts_one(pipeline):
    # re-casing leaves the unknown surname low ("killed wojtaszek"): still a person killed
    text = ("LIMA, 4 MAR 90 (RADIO X) -- [TEXT] THE CABINET TODAY DEPLORED THE SLAYING OF A FOREIGN "
            "AID WORKER.  A LOCAL RADIO STATION REPORTED THAT SHINING PATH GUERRILLAS HAD KILLED "
            "WOJTASZEK IN AYACUCHO ON SUNDAY.")
    event = only_violent_event(pipeline, text)
    assert event.actor1.startswith("Shining Path")
    assert event.fatalities == 1


def test_another_victim_named_later_is_one_of_the_count(pipeline):
    # "another nurse, <name>" is one of the two nurses: no rival toll of one
    assert only_violent_event(pipeline, _NURSES.format("")).fatalities == 2


def test_a_description_of_the_victims_name_adds_no_one(pipeline):
    # "a red cross volunteer" describes the name, itself the nurse's: one person, among the two
    assert only_violent_event(pipeline, _NURSES.format("A RED CROSS VOLUNTEER, ")).fatalities == 2


def test_those_pronounced_dead_are_among_everyone_counted(violence_pipeline):
    # "two men were pronounced dead" and "the other victim" are of the three people killed
    text = ("Gunfire on Monday at a goat farm outside Salem, Oregon, killed three people and hurt "
            "a fourth, police said.\n\nTwo men were pronounced dead where they lay; the other victim, "
            "an aunt of theirs, died hours afterwards, a spokesman added.")
    rows = [e for e in coded(violence_pipeline, text, date(2016, 5, 2)) if e.fatalities]
    assert [e.fatalities for e in rows] == [3]
