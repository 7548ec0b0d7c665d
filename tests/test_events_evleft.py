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

@pytest.mark.parametrize("text, day", [
    ("Akron man charged over fatal shooting of pal\n\n"
     "An Akron man has been charged with reckless homicide after his pal was fatally shot on Friday, "
     "police said. The man, 22, was booked into the Summit County jail.\n", "2023-03-03"),
    ("Teen indicted in Toledo stabbing\n\n"
     "A Toledo teenager was indicted after a neighbor was fatally stabbed on Saturday, police said. "
     "He is held at the Lucas County juvenile center.\n", "2023-03-04"),
])
def test_the_clause_after_a_charge_or_indictment_dates_the_incident(violence_pipeline, text, day):
    days = [d for d, t, _ in _rows(violence_pipeline, text) if t == "Other violence"]
    assert days == [day]


def test_a_charge_clause_with_no_day_of_its_own_takes_not_the_charge_day(violence_pipeline):
    # (the Monday is the arraignment's; "35" and "60" are ages, no day of the shooting)
    text = ("Canton welder admits firing gun that killed pal\n\n"
            "CANTON - Standing silent before a judge on Monday morning, Rob Pell, 35, of Canton was arraigned after "
            "officers say he shot and fatally wounded his friend, Hal Dorn, 60, in the yard of his mother's house on "
            "Elm Road in Canton.\n\n"
            "On Friday night, officers went to the house and found Dorn in the yard, hit once in the chest.\n\n"
            "Pell is now charged with manslaughter.\n")
    days = [d for d, t, _ in _rows(violence_pipeline, text) if t == "Other violence"]
    assert days and "2023-03-06" not in days


def test_a_clause_of_time_beside_other_news_is_still_background(pipeline):
    # (a curfew is no step of a case: the clashes before it stay what came before)
    text = "A curfew was imposed in Jos on Monday after clashes left five dead on Sunday, police said.\n"
    assert [s for _, _, s in _rows(pipeline, text)] == ["Change to group/activity"]


# --- taking people somewhere is no taking of territory ---

@pytest.mark.parametrize("text", [
    "The injured, Ivory Quill, Denver Holt and Jerome Brandt, were then taken to Mercy General for treatment.",
    "After the hearing ended and Dallas was taken back to jail, the victim's mother spoke to reporters.",
    "Street clashes took place a wide stretch of downtown Athens late Wednesday.",
])
def test_people_taken_somewhere_take_no_territory(text):
    assert not TERRITORY & set(subtypes(text))


@pytest.mark.parametrize("text, sub", [
    ("Rebels took the town of Kidal on Tuesday.", NSA),
    ("The town of Kidal was taken by rebels on Tuesday.", NSA),
    ("The army took back the town of Kidal from the rebels on Tuesday.", GOV),
])
def test_places_taken_are_still_taken(text, sub):
    assert sub in subtypes(text)


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


# --- a dispatch to a call is no change to a group's activity ---

@pytest.mark.parametrize("text", [
    "Deputies were dispatched to a stabbing near the 900 block of Elm Road shortly before dawn.",
    "Deputies were dispatched to Mercy Hospital after a man arrived with a gunshot wound.",
    "Troopers were dispatched at 3:10 p.m. to 4410 County Road 12.",
    # (and the troopers sent are not what the shooting aimed at: no battle with them)
    "Troopers were dispatched to a shooting at a bar on Route 9 late Saturday.",
    "The sheriff said dispatch received a call about a child shot in the leg.",
])
def test_a_dispatch_to_a_call_is_no_development(text):
    subs = subtypes(text)
    assert "Change to group/activity" not in subs and "Armed clash" not in subs


@pytest.mark.parametrize("text", [
    "The government dispatched troops to the border town of Kidal on Monday.",
    "Nigeria dispatched two battalions to Borno state.",
])
def test_troops_dispatched_to_a_region_are_still_a_development(text):
    assert "Change to group/activity" in subtypes(text)


# --- those sent to an incident answer it: they did not do it ---

def _actors(pipeline, text):
    a = pipeline.analyse(Report(id="evleft", title=text.split("\n")[0], text=text, published=WEDNESDAY))
    return [(e.sub_event_type, e.actor1) for e in a.events]


def test_police_sent_to_a_shooting_are_not_its_shooters(violence_pipeline):
    text = ("Man wounded in Hollis Park shooting\n\n"
            "Dayton police officers were dispatched late Saturday to a shooting on West Alder Street, near "
            "the old rail depot. On arrival they came upon a roofer, 27, hit once in the thigh; he is recovering "
            "and nobody is in custody.\n")
    rows = _actors(violence_pipeline, text)
    assert rows and all("Police" not in actor1 for _, actor1 in rows)


def test_police_who_shot_a_man_are_still_the_shooters(violence_pipeline):
    text = ("Man wounded by police in Hollis Park\n\n"
            "Dayton police officers shot and wounded a man who fired at them in the 800 block of West Alder Street "
            "at about 11 p.m. Saturday, the department said.\n")
    rows = _actors(violence_pipeline, text)
    assert rows and any("Police" in actor1 for _, actor1 in rows)
