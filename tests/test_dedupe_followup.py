"""Follow-up stories (issue #6): a report that only refers to an incident ("charged with
the murder of") codes it when it tells no violence of its own, dated by its own phrase,
else by the page date (the week/month widening of page-dated follow-ups was removed: no
effect on GVC train/dev); the store joins it with the incident's own report, and a
coarse (week or month) date window matches a precise day inside it, the precise day
winning. Invented reports.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.followup import refers_to_incident
from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.store import open_store

PAGE = date(2016, 5, 12)  # a Thursday


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _report(rid: str, title: str, body: str, published: date = PAGE) -> Report:
    return Report(id=rid, title=title, text=title + "\n\n" + body, published=published, source="Test Daily")


def _violent(events):
    return [e for e in events if e.event_type != "Strategic developments"]


def test_table_words():
    assert refers_to_incident("an accusation (charged with)")
    assert refers_to_incident("refers to another event (connection)")
    assert not refers_to_incident("refers to another event (anniversary)")
    assert not refers_to_incident("negated (not)")


def test_charges_story_codes_the_murder_on_the_page_date(wide):
    events = wide.process(_report("charges", "Man charged in Dayton case",
                                  "A 23-year-old man was charged Tuesday with the murder of John Miller in "
                                  "Dayton, Ohio. He is held on $1 million bond."))
    [e] = _violent(events)
    assert (e.event_type, e.sub_event_type, e.location) == ("Other violence", "Homicide", "Dayton")
    # not the day of the charges (Tuesday): the page date, as any page-dated act of violence
    assert (e.event_date, e.time_precision) == (PAGE, 1)
    assert "publication date" in e.notes


def test_referred_incident_takes_the_date_of_its_own_phrase(wide):
    events = wide.process(_report("arrest", "Suspect held",
                                  "Police in Dayton, Ohio, arrested a man on Wednesday in connection with the "
                                  "shooting that killed Mark Jones last week. He was booked into the county jail."))
    [e] = _violent(events)
    assert (e.sub_event_type, e.event_date, e.time_precision) == ("Shooting", date(2016, 5, 5), 2)


def test_page_dated_incident_an_arrest_story_refers_to_keeps_the_page_date(wide):
    events = wide.process(_report("arrest2", "Dayton man held",
                                  "Police in Dayton, Ohio, arrested a man on Wednesday in connection with the "
                                  "shooting of Mark Jones. He was booked into the county jail."))
    [e] = _violent(events)
    assert (e.event_date, e.time_precision) == (PAGE, 1)
    # the arrest itself is the story's news: dated as told
    assert all(a.time_precision == 1 for a in events if a.event_type == "Strategic developments")


def test_a_report_telling_its_own_violence_codes_no_referred_incident(wide):
    events = wide.process(_report("own", "Man shot in Dayton",
                                  "A man was shot and killed outside a bar in Dayton, Ohio, on Wednesday night. "
                                  "Police said the victim had been charged last year with the murder of his cousin."))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in _violent(events)] == [
        ("Shooting", date(2016, 5, 11), 1)]


def test_page_dated_news_stays_on_the_page_date(wide):
    events = wide.process(_report("news", "Man shot in Dayton",
                                  "A man was shot and killed outside a bar in Dayton, Ohio, police said. "
                                  "The victim died at the scene. Police arrested a suspect."))
    assert [(e.event_date, e.time_precision) for e in _violent(events)] == [(PAGE, 1)]


def test_days_ago_is_no_longer_widened(wide):
    events = wide.process(_report("ago", "Man dies of wounds in Dayton",
                                  "A man who was shot in Dayton, Ohio, a few days ago has died, police said."))
    assert [e.time_precision for e in _violent(events)] == [1]


def test_store_joins_the_follow_up_and_keeps_the_day_of_the_first_report(wide, tmp_path):
    s = open_store(str(tmp_path / "store.db"))
    try:
        first = _report("first", "Man shot dead in Dayton",
                        "John Miller, 41, was shot dead outside his home on Oak Street in Dayton, Ohio, on "
                        "Saturday night, police said.", published=date(2016, 5, 1))
        s.add_report(first, wide.process(first))
        # ten days later: the charges story, which dates nothing but the charges
        later = _report("later", "Man charged in Dayton killing",
                        "Robert Lane, 23, was charged Tuesday with the murder of John Miller in Dayton, Ohio. "
                        "Lane is held on $1 million bond.", published=date(2016, 5, 11))
        s.add_report(later, wide.process(later))
        # another killing in the same city two months earlier, other people: another incident
        other = _report("other", "Woman charged in Dayton killing",
                        "Mary Cole, 30, was charged Monday with the murder of Peter Hall in Dayton, Ohio. "
                        "Cole is held without bond.", published=date(2016, 3, 1))
        s.add_report(other, wide.process(other))
        [e] = _violent(s.events_for("first"))
        assert _violent(s.events_for("later")) == [e]
        assert (e.event_date, e.time_precision) == (date(2016, 4, 30), 1)
        assert set(e.article_ids) >= {"first", "later"}
        [o] = _violent(s.events_for("other"))
        assert o.event_id_cnty != e.event_id_cnty
    finally:
        s.close()


def test_store_joins_a_follow_up_dated_a_week_after_the_shooting(wide, tmp_path):
    """'A week after the shooting, ...' on a page a week later dates the shooting a week
    back, within the store's day window of the incident's own report."""
    s = open_store(str(tmp_path / "week.db"))
    try:
        first = _report("first", "Man shot dead in Dayton",
                        "John Miller, 41, was shot dead outside his home on Oak Street in Dayton, Ohio, on "
                        "Saturday night, police said.", published=date(2016, 5, 1))
        s.add_report(first, wide.process(first))
        later = _report("later", "Dayton family still waits for answers",
                        "A week after John Miller was shot dead outside his home in Dayton, Ohio, police have "
                        "made no arrest. His family has offered a reward.", published=date(2016, 5, 7))
        events = wide.process(later)
        [v] = _violent(events)
        assert v.event_date == date(2016, 4, 30)
        s.add_report(later, events)
        [e] = _violent(s.events_for("first"))
        assert _violent(s.events_for("later")) == [e]
        assert e.event_date == date(2016, 4, 30)
        assert set(e.article_ids) >= {"first", "later"}
    finally:
        s.close()


def test_store_month_window_meets_a_precise_day_and_the_day_wins(tmp_path):
    """The overlapping-window rule on a real SQLite store: a month-precise row (its date the
    window's centre) matches a day-precise row inside the window, not one outside it; the
    merged row keeps the precise day whichever came first; two month windows that overlap
    are one event (the earlier centre kept)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_dedupe import event, report

    s = open_store(str(tmp_path / "window.db"))
    try:
        month = event(event_date=date(2022, 1, 15), time_precision=3, fatalities=3)
        [m] = s.add_report(report("month", published=date(2022, 1, 31)), [month])
        # a precise day inside the window [Jan 0 .. Jan 30]: the same event, the day wins
        [d] = s.add_report(report("day", published=date(2022, 1, 29)), [event(event_date=date(2022, 1, 28))])
        assert d.event_id_cnty == m.event_id_cnty
        assert (d.event_date, d.time_precision) == (date(2022, 1, 28), 1)
        # a day outside every window: another event
        [far] = s.add_report(report("far", published=date(2022, 3, 10)), [event(event_date=date(2022, 3, 9))])
        assert far.event_id_cnty != m.event_id_cnty

        # the month row told second: it joins the stored day and leaves its date alone
        [d2] = s.add_report(report("day2", published=date(2022, 5, 3)), [event(event_date=date(2022, 5, 2))])
        [m2] = s.add_report(report("month2", published=date(2022, 5, 20)),
                            [event(event_date=date(2022, 5, 5), time_precision=3)])
        assert m2.event_id_cnty == d2.event_id_cnty
        assert (m2.event_date, m2.time_precision) == (date(2022, 5, 2), 1)

        # two overlapping month windows (centres 12 days apart): one event, the earlier centre
        [a] = s.add_report(report("monthA", published=date(2022, 8, 31)),
                           [event(event_date=date(2022, 8, 16), time_precision=3)])
        [b] = s.add_report(report("monthB", published=date(2022, 9, 12)),
                           [event(event_date=date(2022, 8, 28), time_precision=3)])
        assert b.event_id_cnty == a.event_id_cnty
        assert (b.event_date, b.time_precision) == (date(2022, 8, 16), 3)
    finally:
        s.close()


def test_store_links_a_report_within_a_month_window_not_only_after_its_centre(tmp_path):
    """A report coding no violence is linked to an event that happened before it was
    published (within link_days): for a month-precise event, one whose window had begun
    by the page date, though its centre (the row's date) is later; a report published
    long after the window's end is linked to nothing. Real SQLite file."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_dedupe import FILLER, OKAFOR, OKAFOR_3, crime, report

    s = open_store(str(tmp_path / "link.db"))
    try:
        s.add_report(report("filler", text=FILLER, published=date(2021, 4, 1)), [])
        # told only as "in May": the month's window, centred on 16 May
        [e] = s.add_report(report("k1", text=OKAFOR, published=date(2021, 6, 2)),
                           [crime(event_date=date(2021, 5, 16), time_precision=3)])
        # a remembrance published on 6 May names the same people: the window had begun
        s.add_report(report("vigil", text=OKAFOR_3, published=date(2021, 5, 6)), [])
        assert [x.event_id_cnty for x in s.events_for("vigil", role="related")] == [e.event_id_cnty]
        # one published in August, two months after the window's end: linked to nothing (by
        # link_days; the late link, late_link_names, would take it for half its names shared
        # with k1: tests/test_store_ecbrecall.py)
        from dataclasses import replace
        s.dedupe = replace(s.dedupe, late_link_names=0.0)
        s.add_report(report("late", text=OKAFOR_3 + " Months on.", published=date(2021, 8, 20)), [])
        assert s.events_for("late", role="related") == []
    finally:
        s.close()


@pytest.mark.parametrize("year", [2012, 2016])
def test_a_bare_year_gives_no_day(wide, year):
    """'the 2012 shooting' tells the year, not the day: no dated row, whether or not the
    page is of that year (the page's day is the vigil's)."""
    events = wide.process(_report(f"vigil{year}", "Vigil in Dayton",
                                  f"Families of the victims of the {year} shooting at a Dayton, Ohio, bar "
                                  "marked the date with a vigil."))
    assert _violent(events) == []


def test_a_bare_year_takes_no_day_from_its_paragraph(wide):
    """The paragraph's day of that year is the later news told around the recalled
    incident (an arrest), not the incident's."""
    events = wide.process(_report("arrest2016", "Arrest in Dayton",
                                  "Police in Dayton, Ohio, arrested a man on May 3, 2016. Detectives said the "
                                  "2016 shooting at a Dayton bar had gone unsolved for months."))
    assert [e.event_date for e in _violent(events)] != [date(2016, 5, 3)]


def test_a_told_day_still_dates_the_shooting(wide):
    events = wide.process(_report("day2016", "Shooting in Dayton",
                                  "A man was shot and killed at a Dayton, Ohio, bar on May 3, 2016, police said."))
    assert [e.event_date for e in _violent(events)] == [date(2016, 5, 3)]
