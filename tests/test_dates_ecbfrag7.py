"""What each report says about its event's day (ecbfrag7 branch). Invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_dates

WED = date(2010, 5, 5)  # a Wednesday: the Thursday ahead is the 6th, the one gone the 29th of April


def _days(text: str) -> list[str]:
    return [str(d) for m in find_dates(text, WED) for d in m.days]


@pytest.mark.parametrize("text, day", [
    ("The council was meeting before the new tax law to be debated on Thursday.", "2010-05-06"),
    ("Marek Dolny, the gang leader to be arraigned Friday, was held at Vrana.", "2010-05-07"),
    ("The three victims of the Belsk fire, to be buried in Belsk on Saturday, were brothers.", "2010-05-08"),
])
def test_an_infinitive_in_the_passive_dates_what_is_still_to_be_done(text, day):
    """"the bill to be debated on Thursday": what is still to be done, the day ahead of the page's."""
    assert _days(text) == [day]


@pytest.mark.parametrize("text, day", [
    ("Constable Ivo Ralk was the first officer to be shot on Thursday in Belsk.", "2010-04-29"),
    ("The driver to be charged was arrested on Thursday in Belsk.", "2010-04-29"),
    ("Three people were killed on Thursday in Belsk.", "2010-04-29"),
])
def test_a_rank_or_a_finite_verb_leaves_the_day_gone(text, day):
    """"the first officer to be shot on Thursday" is a past told of a rank; "the driver to be
    charged was arrested on Thursday": the arrest, told in the past, dates the day gone."""
    assert _days(text) == [day]


def _rows(violence_pipeline, text: str) -> list[tuple[str, str]]:
    from event_helpers import coded
    return [(str(e.event_date), e.sub_event_type) for e in coded(violence_pipeline, text, WED)
            if e.sub_event_type in ("Shooting", "Accidental shooting", "Homicide", "Attack")]


def test_the_incident_happened_on_a_day_dates_the_story_told_before_it(violence_pipeline):
    """"The incident occurred shortly after 9 p.m. Monday", told after an undated lead, is the day
    of the incident the report tells, not the page's day."""
    text = ("A teenager from Dayton was wounded when a hunting rifle he was cleaning went off in his "
            "uncle's garage, deputies said.\n\n"
            "The incident occurred shortly after 9 p.m. Monday in the garage behind a farmhouse on Orrin "
            "Road, deputies said.\n\n"
            "Tomas Urel, 16, was flown to a trauma centre and is expected to recover.")
    rows = _rows(violence_pipeline, text)
    assert rows and all(day == "2010-05-03" for day, _ in rows), rows


@pytest.mark.parametrize("sentence, told", [
    ("The stabbing occurred shortly after 9 p.m. Monday on Orrin Road, deputies said.", True),
    ("The incident took place on Monday outside a bar in Dayton.", True),
    ("A stabbing happened Monday in another part of the city.", False),
    ("The meeting happened on Monday at the town hall.", False),
    ("The hearing will take place on Monday in Dayton.", False),
])
def test_a_verb_of_occurring_tells_the_incident_day(sentence, told):
    """Only the story's incident (a definite incident noun) happening on a day tells its day."""
    from conflictlens.nlp import load_nlp
    from conflictlens.time import dates_incident_occurring
    doc = load_nlp()(sentence)
    days = [d for d in find_dates(sentence, WED) if d.days]
    assert days and any(dates_incident_occurring(d, doc) for d in days) is told


def test_on_the_weekends_is_a_habit_not_a_day():
    """"on the weekends" tells what someone did every weekend: no day."""
    assert _days("And on the weekends, Tomas Urel coached the boys in Dayton.") == []
    assert _days("Two men were shot in Dayton on the weekend.") == ["2010-05-01"]


def test_a_telling_dates_no_violence_in_its_object(violence_pipeline):
    """"Deputies gave no further information Wednesday about the rifle used to kill the farmer":
    the day of the telling, not of the killing, which the report dates Tuesday."""
    text = ("DAYTON, Ohio — Tomas Urel, a farmer of 58, was shot dead by a neighbour in Tuesday's "
            "shooting at a barn on Orrin Road, deputies said.\n\n"
            "Deputies gave no further information Wednesday about the rifle used to kill the farmer.")
    rows = _rows(violence_pipeline, text)
    assert rows and all(day == "2010-05-04" for day, _ in rows), rows
