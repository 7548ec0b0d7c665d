"""The incident's day is the day of the violence, not of the arrest, the charge or the naming of
the victims told in the same sentence ("arrested Monday in connection with the shooting"): the
violence takes its day from the report's other dates, and the arrest's day only bounds it when
nothing else dates it. A report that never dates the violence in its own sentence but names its
day on an incident noun ("in Sunday's fatal shooting") is dated by that day, not the report's.
When a report leads with the arrest, the violence a later sentence dates itself is the
lead's violence too ("charged Tuesday in the shooting death of ..." then "... was shot on Saturday
night"), and an interval counted from the violence beside the arrest's day ("arrested Monday,
three days after the shots were fired") dates the violence that many days before.
Invented reports."""
from __future__ import annotations

from datetime import date

import pytest
from crime_helpers import sub_event_days

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import find_dates

WED = date(2016, 5, 11)  # a Wednesday: Friday is the 6th, Saturday the 7th, Sunday the 8th, Monday the 9th


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str, sub: str) -> list[str]:
    return sub_event_days(p, text, sub, WED)


def test_the_arrest_day_does_not_date_the_shooting_told_before(wide):
    text = ("Second arrest in Dunmore shooting\n\n"
            "A woman was shot outside a bakery on Elm Street in Dunmore, Pennsylvania, on Saturday night.\n\n"
            "A second man was arrested Monday in connection with the shooting death of the woman in Dunmore.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-07"]


def test_the_naming_day_does_not_date_the_people_shot(wide):
    text = ("Victims named in Dunmore shooting\n\n"
            "Three people were shot outside a bakery on Elm Street in Dunmore, Pennsylvania, on Saturday night.\n\n"
            "On Tuesday, police identified the three people who were shot and wounded in Dunmore.\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=WED))
    assert {str(e.event_date) for e in a.events} == {"2016-05-07"}


def test_the_arrest_day_bounds_a_shooting_nothing_else_dates(wide):
    text = "Arrest in Dunmore\n\nPolice arrested a man on Tuesday in Dunmore, Pennsylvania, after he shot his neighbor.\n"
    assert _days(wide, text, "Shooting") == ["2016-05-10"]


def test_an_incident_noun_s_day_dates_a_report_about_the_arrest(wide):
    text = ("Shooting in Dunmore\n\n"
            "Police arrested a man Tuesday in connection with Sunday's fatal shooting of a teenager in Dunmore, "
            "Pennsylvania.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-08"]


def test_a_numeric_date_reads_as_the_page_s_day_when_both_readings_are_dates():
    # 5/10/16 on a page of 11 May 2016 is 10 May (month/day), not 5 October
    assert find_dates("Video posted 5/10/16 shows the scene.", WED)[0].days == [date(2016, 5, 10)]
    # 10/5/16 on the same page is 10 May (day/month), the reading before the page's day
    assert find_dates("Video posted 10/5/16 shows the scene.", WED)[0].days == [date(2016, 5, 10)]
    # with no page date, day-month as before
    assert find_dates("Video posted 5/10/2016 shows the scene.", None)[0].days == [date(2016, 10, 5)]


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
