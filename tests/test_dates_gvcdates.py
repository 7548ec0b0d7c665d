"""The incident's day (GVC, gvcdates branch). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest
from crime_helpers import sub_event_days

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

WED = date(2016, 5, 11)  # a Wednesday: Friday is the 6th, Saturday the 7th, Sunday the 8th


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str, sub: str) -> list[str]:
    return sub_event_days(p, text, sub, WED)


def _mention_days(p: Pipeline, text: str) -> set[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return {str(d) for m in a.mentions for d in m.days}


def test_a_day_owning_another_incident_does_not_date_the_story(wide):
    """"an April incident" is some other incident told beside the story: a sentence that never
    dates its violence does not take April as its day."""
    text = ("Gunman killed in Dunmore bar was a suspect\n\n"
            "A man who fired at patrons of a bar in Dunmore, Pennsylvania, late Friday died when a guard shot back.\n\n"
            "The man, 31, was a suspect in an April incident also in Dunmore, according to court records.\n")
    assert not any(d.startswith("2016-04") for d in _mention_days(wide, text))


def test_the_police_response_day_dates_a_killing_told_without_a_day(wide):
    """A killing no sentence dates, and the day the police were called told further on: the
    violence was reported that day, which dates it better than the page's day."""
    text = ("Father killed wife and son in Dunmore, police say\n\n"
            "Detectives believe a Dunmore, Pennsylvania, man shot and killed his wife and their teenage son before turning "
            "the gun on himself.\n\n"
            "Neighbors described the family as quiet and friendly.\n\n"
            "The school district sent counselors to the high school.\n\n"
            "Officers were called to Birch Lane early on Saturday by a worried relative.\n")
    assert _days(wide, text, "Shooting") == ["2016-05-07"]


def test_a_page_stamp_anchors_a_report_with_no_date(wide):
    """A report with no publication date nor dateline that prints the day it was put out
    ("(Published Tuesday, May 10, 2016)") resolves "Saturday" from that day."""
    text = ("Teen wounded in Dunmore shooting\n\n"
            "Gunfire near a bakery in Dunmore, Pennsylvania, left a 17-year-old with a leg wound on "
            "Saturday night. Our reporter has the latest. (Published Tuesday, May 10, 2016)\n\n"
            "Officers have not named a suspect.\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=None))
    assert [str(e.event_date) for e in a.events] == ["2016-05-07"]


def test_an_update_stamp_is_no_page_stamp():
    """An edit's stamp may come long after the report: it anchors nothing."""
    from conflictlens.time import find_page_stamp
    assert find_page_stamp("Shots rang out near Elm Street. Updated: Thursday, June 2, 2016 9:15 AM") is None
    assert find_page_stamp("May 6, 2016 4:10 PM\n\nDUNMORE - A man was shot.") == date(2016, 5, 6)


def test_a_season_told_with_the_is_the_nearest_past_one():
    """"over the summer" / "during the winter" name the nearest such season, the last one when
    the nearest is still to come and the sentence does not tell the future; "the summer of
    1994" stays that year's and "in the fall" is no season."""
    from conflictlens.time import find_dates
    oct_ = date(2016, 10, 20)
    got = lambda t: [(m.text, m.days) for m in find_dates(t, oct_)]  # noqa: E731
    assert got("Over the summer the militia raided three villages.") == [
        ("Over the summer", [date(2016, 7, 15)])]
    assert got("During the winter the militia raided three villages.") == [
        ("During the winter", [date(2016, 1, 15)])]
    assert got("The militia will raid villages during the winter.") == [
        ("during the winter", [date(2017, 1, 15)])]
    assert all(m.days == [] for m in find_dates("In the summer of 1994 the militia raided a village.", oct_))
    assert find_dates("He was hurt in the fall from a ladder.", oct_) == []
