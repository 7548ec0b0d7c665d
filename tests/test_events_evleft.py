"""Event coding of crime reports read wrongly before (invented reports only):

* a clause of time hung from a charge or an arrest tells the incident the report is about, with its
  day ("a man was charged after his friend was fatally shot on Friday"), not an earlier event;
* people taken or carried somewhere ("taken to a hospital", "taken back to jail") and "took place" are
  no territory taken;
* mob violence needs a crowd doing harm to someone: not people who suffered it (a crowd word that a
  passive clause tells frightened by the gunfire), a headline's passive ("Five men knifed, killed"), nor
  two people;
* deputies sent out to a knifing, a clinic or a street address answer a call: no change to a group's
  activity, and those sent are not the targets of what they answer.
"""
from __future__ import annotations

from datetime import date

import pytest

from classify_helpers import subtypes
from conflictlens.model import Report

WEDNESDAY = date(2023, 3, 8)
NSA = "Non-state actor overtakes territory"
GOV = "Government regains territory"
TERRITORY = {NSA, GOV}


def _rows(pipeline, text, published=WEDNESDAY):
    a = pipeline.analyse(Report(id="evleft", title=text.split("\n")[0], text=text, published=published))
    return [(str(e.event_date), e.event_type, e.sub_event_type) for e in a.events]


# --- a charge's clause tells the incident and its day ---

def test_the_clause_after_a_charge_dates_the_incident(violence_pipeline):
    text = ("Akron man charged over fatal shooting of pal\n\n"
            "An Akron man has been charged with reckless homicide after his pal was fatally shot on Friday, "
            "police said. The man, 22, was booked into the Summit County jail.\n")
    days = [d for d, t, _ in _rows(violence_pipeline, text) if t == "Other violence"]
    assert days == ["2023-03-03"]


def test_the_clause_after_an_indictment_dates_the_incident(violence_pipeline):
    text = ("Teen indicted in Toledo stabbing\n\n"
            "A Toledo teenager was indicted after a neighbor was fatally stabbed on Saturday, police said. "
            "He is held at the Lucas County juvenile center.\n")
    days = [d for d, t, _ in _rows(violence_pipeline, text) if t == "Other violence"]
    assert days == ["2023-03-04"]


def test_a_clause_of_time_beside_other_news_is_still_background(pipeline):
    # (a curfew is no step of a case: the clashes before it stay what came before)
    text = "A curfew was imposed in Jos on Monday after clashes left five dead on Sunday, police said.\n"
    assert [s for _, _, s in _rows(pipeline, text)] == ["Change to group/activity"]


# --- mob violence is a crowd harming someone ---

@pytest.mark.parametrize("text", [
    "Sergeant Amy Cole of the Canton Police Department also spoke, offering counsellors to young people who were "
    "frightened by the shooting.",
    "Near 9 p.m. Friday, Lee sat inside his flat on Pine Street when two people walked in, quarrelled with Lee and "
    "then shot him twice, according to Canton police.",
    "Canton police: Five people shot in the chest, killed; bodies discovered in garage",
])
def test_no_mob_without_a_crowd_harming_someone(text):
    assert "Mob violence" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Angry villagers beat a suspected thief to death in Kano on Monday.",
    "Residents attacked two police officers with machetes.",
    "Dozens of youths attacked a police station in the town.",
])
def test_a_crowd_harming_someone_is_still_mob_violence(text):
    assert "Mob violence" in subtypes(text)

