"""Reports with no date that give days of the month in their text (issue #6): "shot on
May 2", "the funeral on 9 May". Those days bound which dated events the report may be
linked to, or its undated event joined by (store.dedupe.told_days, fits_told_days):
none more than ``told_days`` days from all of them, whatever the year, unless they share at
least ``told_days_names`` of its names. Invented reports.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import OKAFOR, crime, report, undated, undo_migration_7


def test_the_days_of_the_month_a_text_gives():
    text = ("He was shot on March 3 and died Jan. 12; the funeral is on the 5th of June, 2019. Police may 3 "
            "times ask. May 30 was quiet. 2 Sept. 45 Main St. Feb 30. Since 1 March.")
    assert dedupe.told_days(text) == "01-12,03-01,03-03,05-30,09-02,2019-06-05"  # a day with its year
    assert dedupe.told_days("Police said on Saturday that a man was shot last week.") == ""
    assert dedupe.told_days("") == ""


def test_which_dated_events_fit_them():
    may3 = crime(event_date=date(2021, 5, 3))
    assert dedupe.fits_told_days(may3, "")  # nothing told: anything fits
    assert dedupe.fits_told_days(may3, "05-02")
    assert dedupe.fits_told_days(may3, "04-28,12-25")  # any one of them
    assert not dedupe.fits_told_days(may3, "07-20")
    assert not dedupe.fits_told_days(may3, "05-20")  # more than a week away
    assert dedupe.fits_told_days(may3, "05-20", DedupeSettings(told_days=20))
    assert dedupe.fits_told_days(crime(event_date=date(2021, 1, 2)), "12-30")  # across the new year
    assert dedupe.fits_told_days(crime(event_date=date(2021, 5, 20), time_precision=3), "05-03")  # a month
    assert dedupe.fits_told_days(undated(), "07-20")  # an undated event has no day to be far from
    assert dedupe.fits_told_days(crime(event_date=date(2021, 3, 1)), "02-29")


VIGIL = ("Family and friends of Darnell Okafor, shot outside the Quarry Lane laundromat in Harlow Springs "
         "on {day}, gathered to remember him; Detective Ruth Abernathy said Okafor had argued with a neighbour.")
FILLER = ("Riverside budget", "Hollis Park library", "Wexford school board")


def _town(store, told_days_names=2.0):
    # (these reports share all their names: the bound is tested for any overlap here (2.0),
    # the default told_days_names below)
    store.dedupe = DedupeSettings(told_days_names=told_days_names)
    for i, topic in enumerate(FILLER):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_an_undated_report_is_linked_to_no_event_far_from_the_days_it_gives(store):
    _town(store)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    store.add_report(report("u1", text=VIGIL.format(day="May 2"), published=None), [], undated=[undated()])
    assert related(store, "u1") == [first]
    # the same story telling of a shooting in July: not this one (an undated event of its own)
    store.add_report(report("u2", text=VIGIL.format(day="July 20"), published=None), [], undated=[undated()])
    assert related(store, "u2") == [] and dedupe.is_undated(store.events_for("u2")[0])
    # a report with a date is bounded by it instead (its text's days are not kept)
    store.add_report(report("d1", text=VIGIL.format(day="July 20"), published=date(2021, 5, 5)), [],
                     undated=[])
    assert related(store, "d1") == [first]


@pytest.mark.parametrize("day, joins", [("July 20", False), ("May 2", True)])
def test_a_dated_event_joins_no_undated_event_whose_reports_give_other_days(store, day, joins):
    _town(store)
    (held,) = store.add_report(report("u1", text=VIGIL.format(day=day), published=None), [], undated=[undated()])
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    assert (first == held.event_id_cnty) is joins and store.undated_count() == (0 if joins else 1)
    assert related(store, "u1") == ([first] if joins else [])


def test_two_undated_reports_giving_days_far_apart_tell_two_incidents(store):
    assert dedupe.told_days_meet("05-02", "05-06") and dedupe.told_days_meet("", "07-20")
    assert dedupe.told_days_meet("12-30", "01-03") and dedupe.told_days_meet("02-29,08-01", "03-02")
    assert not dedupe.told_days_meet("05-02", "07-20")
    _town(store)
    (held,) = store.add_report(report("u1", text=VIGIL.format(day="May 2"), published=None), [], undated=[undated()])
    # the same story, another day: an undated event of its own
    (other,) = store.add_report(report("u2", text=VIGIL.format(day="July 20"), published=None), [],
                                undated=[undated()])
    assert other.event_id_cnty != held.event_id_cnty and store.undated_count() == 2
    # days near it, or none given: it joins
    store.add_report(report("u3", text=VIGIL.format(day="May 4"), published=None), [], undated=[undated()])
    store.add_report(report("u4", text=VIGIL.format(day="Saturday"), published=None), [], undated=[undated()])
    assert store.undated_count() == 2
    assert related(store, "u3") + [e.event_id_cnty for e in store.events_for("u3")] == [held.event_id_cnty]


def test_a_store_from_before_migration_6_keeps_working(store):
    store._exec("ALTER TABLE reports DROP COLUMN told_days")
    undo_migration_7(store)
    store._exec("DELETE FROM schema_version WHERE version >= 6")
    store._migrate()
    assert store._value("SELECT COUNT(*) AS v FROM reports WHERE told_days <> ''") == 0
    store.add_report(report("u1", text=VIGIL.format(day="May 2"), published=None), [], undated=[undated()])
    assert store._told_days(["u1"]) == {"u1": "05-02"}


def test_a_report_sharing_most_names_is_linked_whatever_days_it_gives(store):
    _town(store, told_days_names=DedupeSettings().told_days_names)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    # the day of the funeral, not of the shooting: the names decide
    store.add_report(report("u1", text=VIGIL.format(day="May 21"), published=None), [], undated=[undated()])
    assert related(store, "u1") == [first]


def test_a_day_given_with_another_years_date_bounds_nothing():
    """A day written with its year ("the Sept. 11, 2001 attacks") far from the event's year is
    another time the report recalls: it neither fits nor excludes the event (a day of the
    event's year, the year before or after, is compared with its own year only)."""
    assert dedupe.told_days("the Sept. 11, 2001 attacks and a fire on March 4 at 10 a.m.") == "03-04,2001-09-11"
    may3 = crime(event_date=date(2021, 5, 3))
    assert dedupe.fits_told_days(may3, "2001-09-11")
    assert dedupe.fits_told_days(may3, "2021-05-02")
    assert not dedupe.fits_told_days(may3, "2021-09-11") and not dedupe.fits_told_days(may3, "2020-05-02")
    assert not dedupe.fits_told_days(may3, "07-20,2001-09-11")  # the day with no year still bounds it
    assert dedupe.told_days_meet("2001-09-11", "09-12") and not dedupe.told_days_meet("2001-09-11", "05-02")


def test_an_undated_report_recalling_a_day_of_another_year_is_linked(store):
    _town(store)
    first = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    text = VIGIL.format(day="a Monday") + " The city had not mourned so since a fire on June 14, 1998."
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    assert related(store, "u1") == [first]


@pytest.mark.parametrize("text, told", [
    ("Published: June 3, 2021 9:14 AM\nA man was shot on May 30.", "05-30"),
    ("SATURDAY, JUNE 5, 2021, 10:02 PM\nA man was shot on May 30.", "05-30"),
    ("Updated: 21:40 GMT, 5 June 2021\nA man was shot on May 30.", "05-30"),
    ("Story Created: Jun 5, 2021 at 8:41 AM EDT\nA man was shot on May 30.", "05-30"),
    ("June 5, 2021 | 4:00am\nNo day told of the shooting.", ""),
    ("Posted Jun. 5 , 2021 8 : 57 AM CDT", ""),
    # a day in a sentence of its own stays, even alone on its line or with a weekday
    ("A man was shot on Sunday, May 30.", "05-30"),
    ("Lopata's hearing is on June 21.", "06-21"),
])
def test_a_page_date_line_gives_no_day_of_the_incident(text, told):
    """A line holding only a date (with a time, a weekday, "Published", "Updated") is the page's
    date stamp: when the report appeared, which for a follow-up or a trial story is weeks after
    the incident; its day bounds nothing (store.dedupe.told_days)."""
    assert dedupe.told_days(text) == told


def test_undated_reports_stamped_weeks_apart_tell_one_incident(store):
    """Two reports with no date, stamped on pages three weeks apart (the shooting's story and a
    later one about it), tell the one incident their names and places share."""
    _town(store)
    (held,) = store.add_report(report("u1", text="June 3, 2021 | 9:14 AM\n" + VIGIL.format(day="Saturday"),
                                      published=None), [], undated=[undated()])
    later = ("Published: June 24, 2021 4:45 PM\nDetective Ruth Abernathy still seeks the gunman who shot Darnell "
             "Okafor outside the Quarry Lane laundromat in Harlow Springs; a reward is offered.")
    store.add_report(report("u2", text=later, published=None), [], undated=[undated()])
    assert store.undated_count() == 1
    assert related(store, "u2") + [e.event_id_cnty for e in store.events_for("u2")] == [held.event_id_cnty]


# an undated incident told by a report with few names, then by two follow-ups naming the
# girl's family and carers: the second follow-up shares its names with the first only
ARCADE = ("Nadia Brookfield, 16, was shot in the leg outside the Pemberton Avenue arcade in Harlow Springs, "
          "Sergeant Tomas Brandt said.")
VISIT = ("Nadia Brookfield, shot outside the Pemberton Avenue arcade on May 2, was visited by her uncle Colm "
         "Brookfield and her coach Verity Mills at St. Anselm Hospital; Pastor Idris Kellerman prayed with them.")
THANKS = ("Colm Brookfield and Verity Mills thanked St. Anselm Hospital on May 21 for the care of the girl shot "
          "by the arcade; Pastor Idris Kellerman blessed the ward.")


def test_an_undated_report_joins_the_undated_event_whose_related_report_shares_most_names(store):
    """The undated event's related report shares most of its names: the days of the month the
    two give (a shooting's, a thank-you's) do not keep it from that undated event, as they do
    not keep a report from a dated event it shares them with (told_days_names)."""
    _town(store, told_days_names=DedupeSettings().told_days_names)
    (held,) = store.add_report(report("u0", text=ARCADE, published=None), [], undated=[undated()])
    store.add_report(report("u1", text=VISIT, published=None), [], undated=[undated()])
    assert related(store, "u1") == [held.event_id_cnty]
    out = store.add_report(report("u2", text=THANKS, published=None), [], undated=[undated()])
    assert [e.event_id_cnty for e in out] == [held.event_id_cnty] and store.undated_count() == 1


def test_with_fewer_names_in_common_the_days_still_keep_them_apart(store):
    _town(store)  # no share of names is enough (2.0): the days decide
    (held,) = store.add_report(report("u0", text=ARCADE, published=None), [], undated=[undated()])
    store.add_report(report("u1", text=VISIT, published=None), [], undated=[undated()])
    out = store.add_report(report("u2", text=THANKS, published=None), [], undated=[undated()])
    assert [e.event_id_cnty for e in out] != [held.event_id_cnty] and store.undated_count() == 2
