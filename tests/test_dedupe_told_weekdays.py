"""Reports with no date whose violence is dated by a weekday (issue #6): "was shot late Sunday".
News dates an incident of the week by its weekday, so such a report tells an incident on that
weekday: it is linked to no day-precise event on another one, nor does such an event join its
undated event (Report.incident_weekdays, store.dedupe.fits_told_days), unless they share at
least ``told_days_names`` of its names. Two such reports telling their violence on weekdays
more than a day apart tell two incidents, whatever names they share (dedupe.told_days_meet).
A weekday told of something else (a vigil, a hearing) dates nothing. Invented reports; 3 May 2021 was a Monday.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.store import DedupeSettings, dedupe
from conflictlens.time import weekdays_named
from test_dedupe import OKAFOR, crime, report, undated
from test_dedupe_told_days import VIGIL, _town, related


def test_the_weekdays_an_expression_names():
    assert weekdays_named("late Sunday night") == ["Sun"]
    assert weekdays_named("between Saturday and Friday") == ["Fri", "Sat"]
    assert weekdays_named("last week") == [] and weekdays_named("") == []
    assert dedupe.told("Shot on May 2.", "Sun") == "05-02,Sun" and dedupe.told("Shot.", "") == ""


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


@pytest.mark.parametrize("text, weekdays", [
    ("A 34-year-old man was shot dead late Sunday outside a laundromat in Kansas City, Missouri, police "
     "said.\n\nMourners gathered on Friday for a vigil.", "Sun"),
    # the weekday of the vigil, not of the shooting: none
    ("Mourners gathered on Sunday in Kansas City, Missouri, for the man shot outside a laundromat last week.", ""),
    # the weekday of a hearing told in the sentence of the violence: none; the shooting's own kept
    ("The trial of two brothers accused of killing a 41-year-old cook outside a laundromat in Kansas City, "
     "Missouri, opened Wednesday.", ""),
    ("Jurors on Thursday watched a video of the man being shot outside a laundromat in Kansas City, Missouri.\n\n"
     "Prosecutors say the brothers shot him on a Friday evening after an argument.", "Fri"),
])
def test_the_weekdays_dating_a_reports_undated_violence(wide, text, weekdays):
    r = Report(id="t", title="", text="Man shot in Kansas City\n\n" + text, published=None)
    wide.analyse(r)
    assert r.incident_weekdays == weekdays


def test_which_day_precise_events_fall_on_them():
    monday = crime(event_date=date(2021, 5, 3))
    assert dedupe.fits_told_days(monday, "Mon")
    assert dedupe.fits_told_days(monday, "Mon,Sat")
    assert not dedupe.fits_told_days(monday, "Sat")
    assert not dedupe.fits_told_days(monday, "05-02,Sat")  # the day fits, the weekday does not
    assert not dedupe.fits_told_days(monday, "07-20,Mon")  # the weekday fits, the day does not
    # dated by its report's page date: the shooting may be the night before
    page = crime(event_date=date(2021, 5, 3), notes=dedupe.PAGE_DATED_NOTE + " or narrative.")
    assert dedupe.fits_told_days(page, "Sun") and not dedupe.fits_told_days(page, "Sat")
    # known to the week, or not dated: no weekday to compare; the setting off: none compared
    assert dedupe.fits_told_days(crime(event_date=date(2021, 5, 3), time_precision=2), "Sat")
    assert dedupe.fits_told_days(undated(), "Sat")
    assert dedupe.fits_told_days(monday, "Sat", DedupeSettings(told_weekdays=False))
    # two undated reports: weekdays within a day of each other meet (an overnight crime told on
    # either day, across the week's end too); others do not, nor do the days of the month decide
    assert dedupe.told_days_meet("Sat", "Sun") and dedupe.told_days_meet("Sun", "Mon,Thu")
    assert dedupe.told_days_meet("Sat", "") and dedupe.told_days_meet("05-02", "05-04,Tue")
    assert not dedupe.told_days_meet("Sat", "Tue") and not dedupe.told_days_meet("05-02,Sun", "05-04,Tue")
    assert dedupe.told_days_meet("Sat", "Tue", DedupeSettings(told_weekdays=False))


def _undated_report(aid, weekdays, day="that night"):
    r = report(aid, text=VIGIL.format(day=day), published=None)
    r.incident_weekdays = weekdays
    return r


@pytest.mark.parametrize("weekdays, linked", [("Sat", False), ("Mon", True), ("", True)])
def test_an_undated_report_is_linked_to_no_event_on_another_weekday(store, weekdays, linked):
    _town(store)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(_undated_report("u1", weekdays), [], undated=[undated()])
    assert related(store, "u1") == ([first] if linked else [])
    if not linked:
        assert dedupe.is_undated(store.events_for("u1")[0])


@pytest.mark.parametrize("weekdays, joins", [("Sat", False), ("Mon", True)])
def test_a_dated_event_joins_no_undated_event_told_on_another_weekday(store, weekdays, joins):
    _town(store)
    (held,) = store.add_report(_undated_report("u1", weekdays), [], undated=[undated()])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    assert (first == held.event_id_cnty) is joins and store.undated_count() == (0 if joins else 1)


def test_a_report_sharing_most_names_is_linked_whatever_weekday_it_tells(store):
    _town(store, told_days_names=DedupeSettings().told_days_names)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(_undated_report("u1", "Sat"), [], undated=[undated()])
    assert related(store, "u1") == [first]


@pytest.mark.parametrize("names", [2.0, DedupeSettings().told_days_names])
@pytest.mark.parametrize("weekdays, joins", [("Thu", False), ("Sun", True), ("", True)])
def test_an_undated_report_joins_no_undated_event_told_on_another_weekday(store, weekdays, joins, names):
    # two robberies of one town, each told undated: one on a Monday, the other on a Thursday;
    # however many names their reports share (a shop's, the town's), each dates its own violence
    _town(store, told_days_names=names)
    (held,) = store.add_report(_undated_report("u1", "Mon"), [], undated=[undated()])
    store.add_report(_undated_report("u2", weekdays, "that evening"), [], undated=[undated()])
    mine = [e.event_id_cnty for role in ("coded", "related") for e in store.events_for("u2", role=role)]
    assert (mine == [held.event_id_cnty]) is joins
    assert store.undated_count() == (1 if joins else 2)
