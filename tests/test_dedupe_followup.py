"""Follow-up stories (issue #6): a report of charges, an arrest or a vigil tells an
incident of an earlier day. Its page date is no day of the incident: with nothing in its
text to date it, the incident is coded with the week or month before the page date
(time_precision 2 or 3), so the store matches it with the incident's own report by the
overlapping-window rule; a report that only refers to the incident ("charged with the
murder of") codes it when it tells no violence of its own. Invented reports.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from conflictlens.events.followup import followup_day, followup_precision, refers_to_incident
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
    assert followup_precision(["A man was charged on Tuesday."]) == 3
    assert followup_precision(["He died a few days ago."]) == 2
    assert followup_precision(["A vigil was held for the victim."]) == 0
    assert followup_precision(["A man was shot on Main Street."]) == 0
    assert followup_day(PAGE, 3) == PAGE - timedelta(days=15)
    assert refers_to_incident("an accusation (charged with)")
    assert refers_to_incident("refers to another event (connection)")
    assert not refers_to_incident("refers to another event (anniversary)")
    assert not refers_to_incident("negated (not)")


def test_charges_story_codes_the_murder_with_the_month_before_the_page(wide):
    events = wide.process(_report("charges", "Man charged in Dayton case",
                                  "A 23-year-old man was charged Tuesday with the murder of John Miller in "
                                  "Dayton, Ohio. He is held on $1 million bond."))
    [e] = _violent(events)
    assert (e.event_type, e.sub_event_type, e.location) == ("Other violence", "Homicide", "Dayton")
    # not the day of the charges, not the page date: the month whose window ends on the page date
    assert (e.event_date, e.time_precision) == (PAGE - timedelta(days=15), 3)
    assert "follow-up" in e.notes


def test_referred_incident_takes_the_date_of_its_own_phrase(wide):
    events = wide.process(_report("arrest", "Suspect held",
                                  "Police in Dayton, Ohio, arrested a man on Wednesday in connection with the "
                                  "shooting that killed Mark Jones last week. He was booked into the county jail."))
    [e] = _violent(events)
    assert (e.sub_event_type, e.event_date, e.time_precision) == ("Shooting", date(2016, 5, 5), 2)


def test_page_dated_incident_an_arrest_story_refers_to_gets_the_month(wide):
    events = wide.process(_report("arrest2", "Dayton man held",
                                  "Police in Dayton, Ohio, arrested a man on Wednesday in connection with the "
                                  "shooting of Mark Jones. He was booked into the county jail."))
    [e] = _violent(events)
    assert (e.event_date, e.time_precision) == (PAGE - timedelta(days=15), 3)
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


def test_days_ago_gives_the_week_before_the_page(wide):
    events = wide.process(_report("ago", "Man dies of wounds in Dayton",
                                  "A man who was shot in Dayton, Ohio, a few days ago has died, police said."))
    assert [(e.event_date, e.time_precision) for e in _violent(events)] == [(PAGE - timedelta(days=3), 2)]


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
