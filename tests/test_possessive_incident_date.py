"""A weekday's possessive before an incident noun ("Saturday's shooting") dates the incident
that noun names, also when the event is told by a word of the noun's own clause ("Saturday's
shooting ... that killed two men", "killed in Saturday's shooting"): the report is dated by
that weekday before the page date, not by the page date. A possessive on another noun
("Monday's hearing on the shooting that killed two") dates that other thing. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import find_dates, governing_date

TUE = date(2026, 11, 24)  # a Tuesday: Saturday is the 21st, Monday the 23rd


def _gov(text: str, trigger: str):
    from conflictlens.nlp import parse
    i = text.index(trigger)
    g = governing_date(find_dates(text, TUE), i, i + len(trigger), 0, len(text), parse(text))
    return g.text if g else None


@pytest.mark.parametrize("text, trigger", [
    ("Police are still hunting the gunman behind Saturday's shooting in Toledo that killed two men.", "killed"),
    ("Saturday's ambush near the Marlow farm killed three guards.", "killed"),
    ("A driver was wounded in Saturday's shooting on Ferncliff Avenue.", "wounded"),
])
def test_the_possessive_dates_the_incident_its_noun_names(text, trigger):
    assert _gov(text, trigger) == "Saturday's"


@pytest.mark.parametrize("text, trigger", [
    ("Monday's hearing on the shooting that killed two men in Toledo was delayed.", "killed"),
    ("Mourners gathered after Monday's vigil as gunmen killed a guard in Toledo.", "killed"),
])
def test_a_possessive_on_another_noun_does_not_date_it(text, trigger):
    assert _gov(text, trigger) is None


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_the_report_takes_the_weekday_before_its_page_date(wide):
    text = ("Police are still searching for the gunman behind Saturday's shooting in Toledo, Ohio, "
            "that killed two men outside a bar.\n\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=TUE))
    assert [str(e.event_date) for e in a.events] == ["2026-11-21"]


@pytest.mark.parametrize("text, trigger", [
    # the date's words leave the "'s" out ("the previous day", "last week"): still a possessive
    ("Detectives looking into the previous day's burglary shot a man outside a store in Toledo.", "shot"),
    ("Detectives looking into last week's burglary shot a man outside a store in Toledo.", "shot"),
    ("Detectives looking into last week 's burglary shot a man outside a store in Toledo .", "shot"),
])
def test_a_possessive_phrase_on_another_noun_does_not_date_it(text, trigger):
    assert _gov(text, trigger) is None


def test_a_possessive_phrase_still_dates_its_own_noun():
    assert _gov("Police are hunting the gunman behind last week's shooting that killed two men.",
                "shooting") == "last week"
