"""A verb of a timetable in the present right before a date tells the future (datesfix round);
invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

FRI = date(2022, 4, 8)  # a Friday: Monday ahead is the 11th, Monday gone the 4th


def days(text: str, anchor: date = FRI) -> list[tuple[str, list[date]]]:
    return [(m.text, m.days) for m in find_dates(text, anchor)]


def test_leaders_who_meet_monday_meet_the_monday_ahead():
    assert days("The two rebel commanders meet separately Monday with the Veldor envoy.") \
        == [("Monday", [date(2022, 4, 11)])]
    # ... but a verb in the past, a headline's place or "opens fire" keeps the Monday gone
    assert days("The two rebel commanders met separately Monday.") == [("Monday", [date(2022, 4, 4)])]
    assert days("Two hurt in shooting in Old West End Monday") == [("Monday", [date(2022, 4, 4)])]
    assert days("A gunman opens fire Monday at a bar in Ebbor") == [("Monday", [date(2022, 4, 4)])]
    # ... nor does a noun ("in a vote Monday", "shot at a track meet Monday")
    assert days("The Veldor council backed the truce in a vote Monday.") == [("Monday", [date(2022, 4, 4)])]
    assert days("A teenager was shot at a track meet Monday in Ebbor.") == [("Monday", [date(2022, 4, 4)])]


def test_a_trial_that_opens_on_tuesday_and_talks_that_resume_in_march_are_ahead():
    assert days("The trial of the Oruva gunmen opens on Tuesday.") == [("Tuesday", [date(2022, 4, 12)])]
    assert days("Peace talks in Tarsh resume in March.") == [("March", [date(2023, 3, 15)])]

