"""Crimes dated by their report's page date (issue #6): crime news tells an overnight
shooting the next morning, so a row dated only by the page (events/rows.py notes it) may
lie a day from the incident's own row; the store matches it up to ``page_dated_days`` (1)
apart, same family, town and actors, while two incidents of one town are still told apart
by their names. Invented reports, on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import OKAFOR, OKAFOR_2, OTHER, crime, report

PAGE_NOTE = "A man was shot. Date taken from the report's publication date or narrative."


def _page_dated(day):
    return crime(event_date=day, notes=PAGE_NOTE)


def test_which_rows_are_page_dated():
    assert dedupe.page_dated(_page_dated(date(2021, 5, 4)))
    assert not dedupe.page_dated(crime())
    # an ACLED battle keeps one row per day, however it was dated
    assert not dedupe.page_dated(crime(event_type="Battles", sub_event_type="Armed clash", notes=PAGE_NOTE))


@pytest.mark.parametrize("day, one", [(date(2021, 5, 4), True), (date(2021, 5, 2), True),
                                      (date(2021, 5, 1), False), (date(2021, 5, 6), False)])
def test_a_page_dated_crime_matches_the_day_before_or_after(day, one):
    # (two days after the told day too: ``page_dated_after``, test_dedupe_coded_day.py)
    assert dedupe.matches(_page_dated(day), crime()) is one
    assert dedupe.matches(crime(), _page_dated(day)) is one
    # not when the windows are set to none
    assert not dedupe.matches(_page_dated(date(2021, 5, 4)), crime(),
                              DedupeSettings(page_dated_days=0, page_dated_after=0))


def test_two_crimes_each_dated_by_its_text_stay_a_day_apart():
    assert not dedupe.matches(crime(event_date=date(2021, 5, 4)), crime())


def _town_news(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def test_the_morning_after_report_joins_the_shooting(store):
    _town_news(store)
    (first,) = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    (later,) = store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 4)),
                                [_page_dated(date(2021, 5, 4))])
    assert later.event_id_cnty == first.event_id_cnty and set(later.article_ids) == {"k1", "k2"}


def test_another_shooting_in_the_town_the_next_day_stays_apart(store):
    _town_news(store)
    (first,) = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])
    (other,) = store.add_report(report("o1", text=OTHER, published=date(2021, 5, 4)),
                                [_page_dated(date(2021, 5, 4))])
    assert other.event_id_cnty != first.event_id_cnty


def _blast(day, note=PAGE_NOTE):
    """An explosion in the made-up town, dated only by its report's page date (or by its text)."""
    return crime(event_date=day, event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                 disorder_type="Political violence", actor1="", actor2="Civilians (United States)", tags="",
                 notes=note)


def test_two_page_dated_blasts_a_day_apart_match():
    # neither report's text gives the day: their pages, published a day apart, tell one blast
    assert dedupe.matches(_blast(date(2021, 5, 4)), _blast(date(2021, 5, 3)))
    assert dedupe.page_dated_armed(_blast(date(2021, 5, 4)), _blast(date(2021, 5, 3)))
    assert not dedupe.matches(_blast(date(2021, 5, 5)), _blast(date(2021, 5, 3)))
    # a blast its own sentence dates keeps its day; the setting off: no slack
    assert not dedupe.matches(_blast(date(2021, 5, 4)), _blast(date(2021, 5, 3), note="A bomb went off on Monday."))
    assert not dedupe.matches(_blast(date(2021, 5, 4), note="A bomb went off on Tuesday."), _blast(date(2021, 5, 3)))
    assert not dedupe.matches(_blast(date(2021, 5, 4)), _blast(date(2021, 5, 3)), DedupeSettings(page_dated_armed=False))


def test_the_next_morning_s_report_of_a_blast_joins_it(store):
    _town_news(store)
    # the two outlets share no one's name: only what the events are joins them
    night = "A bomb exploded outside the post office in Harlow Springs, a police spokesman said. "
    morning = "No one was hurt when a bomb went off by the Harlow Springs post office, officers said. "
    (first,) = store.add_report(report("b1", text=night, published=date(2021, 5, 3)), [_blast(date(2021, 5, 3))])
    (later,) = store.add_report(report("b2", text=morning, published=date(2021, 5, 4)), [_blast(date(2021, 5, 4))])
    assert later.event_id_cnty == first.event_id_cnty and set(later.article_ids) == {"b1", "b2"}
