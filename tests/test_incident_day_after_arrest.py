"""The incident's day when a report leads with the arrest: the violence a later sentence dates
itself is the lead's violence too ("charged Tuesday in the shooting death of ..." then "... was shot
on Saturday night"), and an interval counted from the violence beside the arrest's day ("arrested
Monday, three days after the shots were fired") dates the violence that many days before.
Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import find_dates

WED = date(2016, 5, 11)  # a Wednesday: Friday is the 6th, Saturday the 7th, Monday the 9th


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str, sub: str) -> list[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return sorted(str(e.event_date) for e in a.events if e.sub_event_type == sub)


def test_a_later_sentence_dates_the_violence_an_arrest_lead_recalls(wide):
    text = ("Man charged in Dunmore killing\n\n"
            "A Dunmore man was charged Tuesday in the shooting death of a teenager in Dunmore, Pennsylvania.\n\n"
            "The teenager was shot on Saturday night outside a bakery on Elm Street, police said.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-07"]


def test_a_later_day_does_not_replace_the_arrest_bound(wide):
    # a day after the arrest's is no day of the violence the arrest follows
    text = ("Man charged in Dunmore killing\n\n"
            "A Dunmore man was charged Monday in the shooting death of a teenager in Dunmore, Pennsylvania.\n\n"
            "On Tuesday a second teenager was shot outside a bakery on Elm Street in Dunmore, police said.\n")
    assert "2016-05-09" in _days(wide, text, "Shooting")


def test_an_interval_counts_from_the_day_before_it():
    found = find_dates("Police arrested a man Monday in Dunmore, Pennsylvania, three days after shots were "
                       "fired at a bakery.", WED)
    assert [(d.text, d.days) for d in found] == [("Monday", [date(2016, 5, 9)]),
                                                 ("three days after", [date(2016, 5, 6)])]


def test_an_interval_after_a_date_dating_itself_is_no_date():
    found = find_dates("He died Monday, two days after the attack on Saturday.", WED)
    assert [d.text for d in found] == ["Monday", "Saturday"]


def test_the_shots_fired_days_before_the_arrest(wide):
    text = ("Arrest in Dunmore\n\n"
            "Police arrested a man Monday in Dunmore, Pennsylvania, three days after shots were fired at a "
            "bakery on Elm Street.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-06"]


def test_the_shooting_an_arrest_comes_days_after(wide):
    text = ("Arrest in Dunmore\n\n"
            "Police arrested a man Monday in Dunmore, Pennsylvania, two days after the shooting of a baker "
            "on Elm Street.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-07"]


def test_an_earlier_paragraph_s_arrest_day_is_no_day_of_the_shots(wide):
    text = ("Teen charged in Dunmore\n\n"
            "A teenager died from a gunshot wound on Sunday night in Dunmore, Pennsylvania.\n\n"
            "Early Tuesday a 15-year-old boy was arrested and charged with manslaughter.\n\n"
            "Witnesses said the boy shot the teenager in the chest outside a bakery on Elm Street in Dunmore.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-08"]
