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
