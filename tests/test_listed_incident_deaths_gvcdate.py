"""Deaths told in a list of other incidents (issue 6, per-incident killed figures).

A video caption or a news roundup lists the weekend's incidents in one sentence ("a holdup in
Kokomo and a teenager slain in a robbery on Elm Street"): the teenager is the dead of
the robbery, not of the Kokomo holdup the report is about. Invented reports only.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import told_as_listed_incident
from conflictlens.model import DeathFigure, Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _figure(text: str, words: str) -> DeathFigure:
    start = text.index(words)
    return DeathFigure(count=1, group=words.split()[-1], start=start, end=start + len(words), text=words)


def test_a_victim_listed_after_the_incident_and_killed_in_another_is_not_its_dead():
    text = "Our weekend summary: a holdup in Kokomo and a teenager slain in a robbery on Elm Street."
    assert told_as_listed_incident(_figure(text, "a teenager"), text, text.index("holdup"))


@pytest.mark.parametrize("text", [
    # killed in the sentence's own incident (no incident of his own)
    "Deputies were sent to a shooting in Kokomo and a teenager was slain there.",
    # no list: the victim is not joined to the incident by "and"
    "Deputies were sent to a shooting in Kokomo, where a teenager slain in a robbery lay on Elm Street.",
])
def test_a_victim_of_the_sentences_own_incident_stays(text):
    assert not told_as_listed_incident(_figure(text, "a teenager"), text, text.index("shooting"))


def test_the_caption_of_a_roundup_adds_no_death_to_the_report_s_shooting(wide):
    body = ("In our weekend summary, anchor Jane Moss looks at a shooting in Kokomo, Ind. and a teenager "
            "killed in a drive-by on Elm Street. (Video, March 3, 2015)\n\n"
            "Three men were wounded when a gunman opened fire outside a tavern on Main Street in Kokomo, "
            "Indiana, late Monday, police said.\n\n"
            "The victims, ages 31, 44 and 52, were taken to a hospital and were expected to survive, "
            "according to a police sergeant.\n\nThe gunman fled on foot and had not been arrested.")
    r = Report(id="roundup", text="3 hurt in shooting outside Kokomo tavern\n\n" + body, published=date(2015, 3, 3))
    events = [e for e in wide.process(r) if e.event_type == "Other violence"]
    assert events and all(e.fatalities == 0 for e in events)
