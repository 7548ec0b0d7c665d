"""A reflexive pronoun with no one killed before it in its sentence ("a girl who fatally shot
herself") names no one new: the victim the report counts by her own noun. After a killing
("killed her daughter before turning the gun on herself") it is the shooter: one more.
Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

TEXT = ("Girl, 14, dies after gun goes off in Toledo home\n\n"
        "A 14-year-old girl died in a house in Toledo, Ohio, on Thursday when she shot herself while "
        "handling a relative's revolver, police said.\n\n"
        "The relative who kept the revolver left before officers arrived.\n\n"
        "The 14-year-old who fatally shot herself had been told the revolver was not loaded, detectives said.\n")


def test_a_victim_who_shot_herself_is_counted_once():
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=TEXT, published=date(2026, 11, 27)))
    assert [e.fatalities for e in a.events if e.sub_event_type == "Shooting"] == [1]


def test_a_shooter_who_turned_the_gun_on_herself_after_killing_is_one_more():
    text = ("A woman shot and killed her daughter in a house in Toledo, Ohio, on Thursday before "
            "turning the gun on herself, police said.\n")
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=text, published=date(2026, 11, 27)))
    assert [e.fatalities for e in a.events] == [2]
