"""The day of an event several reports tell (issue #6, store/dedupe.py: coded_day): the most
precise; a day the text tells over one that is only a page's date; then the day most reports
give; then the earliest. Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from test_dedupe import OKAFOR, OKAFOR_2, OKAFOR_3, crime, report

PAGE_NOTE = "A man was shot. Date taken from the report's publication date or narrative."


def test_a_day_the_text_tells_wins_over_a_page_date():
    told = crime(article_id="b", event_date=date(2021, 5, 4), notes="Shot on Tuesday.")
    page = crime(article_id="a", event_date=date(2021, 5, 3), notes=PAGE_NOTE)
    for order in ([page, told], [told, page]):
        assert dedupe.coded_day(order) == (date(2021, 5, 4), 1)
        assert dedupe.combine(order).event_date == date(2021, 5, 4)
    # only page dates: the earliest, as before
    assert dedupe.coded_day([page, page.replace(event_date=date(2021, 5, 4))])[0] == date(2021, 5, 3)


def test_the_day_most_reports_give_then_the_earliest():
    a, b, c = (crime(article_id=k, event_date=d) for k, d in
               (("a", date(2021, 5, 3)), ("b", date(2021, 5, 4)), ("c", date(2021, 5, 4))))
    assert dedupe.coded_day([a, b, c]) == (date(2021, 5, 4), 1)
    assert dedupe.coded_day([a, b]) == (date(2021, 5, 3), 1)
    # a more precise day still comes first; an undated version last
    week = crime(article_id="w", event_date=date(2021, 5, 1), time_precision=2)
    undated = crime(article_id="u", event_date=dedupe.UNDATED, time_precision=0)
    assert dedupe.coded_day([week, week, a]) == (date(2021, 5, 3), 1)
    assert dedupe.coded_day([undated, week]) == (date(2021, 5, 1), 2)


def test_the_store_counts_every_report_s_day(store):
    store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 4)), [crime(event_date=date(2021, 5, 3))])
    store.add_report(report("k2", text=OKAFOR_2, published=date(2021, 5, 5)), [crime(event_date=date(2021, 5, 4))])
    (last,) = store.add_report(report("k3", text=OKAFOR_3, published=date(2021, 5, 6)),
                               [crime(event_date=date(2021, 5, 4))])
    assert set(last.article_ids) == {"k1", "k2", "k3"}
    assert last.event_date == date(2021, 5, 4)


PAGE_ONLY = "A boy was shot. Date taken from the report's publication date or narrative."
TOLD = "A boy was shot on Saturday. Date worked out from a relative expression."


def test_a_page_dated_crime_matches_a_told_day_up_to_two_days_before_its_page():
    told = crime(event_date=date(2021, 5, 1), notes=TOLD)
    for day, one in ((date(2021, 5, 3), True), (date(2021, 5, 2), True), (date(2021, 5, 4), False),
                     (date(2021, 4, 29), False)):
        page = crime(event_date=day, notes=PAGE_ONLY)
        assert dedupe.matches(page, told) is one and dedupe.matches(told, page) is one
    # two days' slack only from a page's day to a day told: two told days keep apart, and the setting off
    assert not dedupe.matches(crime(event_date=date(2021, 5, 3), notes=TOLD), told)
    assert not dedupe.matches(crime(event_date=date(2021, 5, 3), notes=PAGE_ONLY), told,
                              dedupe.DedupeSettings(page_dated_after=0))


def test_the_page_dated_report_defers_to_the_told_day(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 4, 20)), [])
    (first,) = store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 2)),
                                [crime(event_date=date(2021, 5, 1), notes=TOLD)])
    (later,) = store.add_report(report("k2", text="A Harlow Springs shooting left a boy hurt, police said.",
                                       published=date(2021, 5, 3)),
                                [crime(event_date=date(2021, 5, 3), notes=PAGE_ONLY)])
    assert later.event_id_cnty == first.event_id_cnty and later.event_date == date(2021, 5, 1)
