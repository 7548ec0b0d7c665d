"""Reports with no date that name weekdays (issue #6): "shot on Saturday night". News dates an
incident of the week by its weekday, so such a report tells an incident on one of them: it is
linked to no day-precise event on another weekday, nor does such an event join its undated
event (store.dedupe.told_weekdays, fits_told_days), unless they share at least
``told_days_names`` of its names. Invented reports; 3 May 2021 was a Monday.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import OKAFOR, crime, report, store, undated  # noqa: F401  (store: fixture)
from test_dedupe_told_days import VIGIL, _town, related


def test_the_weekdays_a_text_names():
    text = "He was shot Sunday night and died on Tuesday; the club opens on Sundays. Saturday's vigil."
    assert dedupe.told_weekdays(text) == "Tue,Sat,Sun"
    assert dedupe.told_weekdays("sunday school; he said so last week.") == ""
    assert dedupe.told("Shot on May 2, a Sunday.") == "05-02,Sun"


def test_which_day_precise_events_fall_on_them():
    monday = crime(event_date=date(2021, 5, 3))
    assert dedupe.fits_told_days(monday, "Mon")
    assert dedupe.fits_told_days(monday, "Sat,Mon")
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
    # two undated reports: the weekdays are not compared (the night of the shooting, the day he died)
    assert dedupe.told_days_meet("Sat", "Tue") and dedupe.told_days_meet("05-02,Sun", "05-04,Tue")


@pytest.mark.parametrize("day, linked", [("Saturday", False), ("Monday", True), ("Sunday night", False)])
def test_an_undated_report_is_linked_to_no_event_on_another_weekday(store, day, linked):
    _town(store)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(report("u1", text=VIGIL.format(day=day), published=None), [], undated=[undated()])
    assert related(store, "u1") == ([first] if linked else [])
    if not linked:
        assert dedupe.is_undated(store.events_for("u1")[0])


@pytest.mark.parametrize("day, joins", [("Saturday", False), ("Monday", True)])
def test_a_dated_event_joins_no_undated_event_told_on_another_weekday(store, day, joins):
    _town(store)
    (held,) = store.add_report(report("u1", text=VIGIL.format(day=day), published=None), [], undated=[undated()])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    assert (first == held.event_id_cnty) is joins and store.undated_count() == (0 if joins else 1)


def test_a_report_sharing_most_names_is_linked_whatever_weekday_it_names(store):
    _town(store, told_days_names=DedupeSettings().told_days_names)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(report("u1", text=VIGIL.format(day="Saturday"), published=None), [], undated=[undated()])
    assert related(store, "u1") == [first]
