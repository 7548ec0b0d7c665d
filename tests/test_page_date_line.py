"""A page's date stamp (a line under the headline holding only a date: "Posted March 4,
2019 9:30 AM") dates the page, not the headline's event: a mention it would date is dated
by the page (a row noted as dated by the publication date, which the store matches within a
day of a crime told with a day of its own), and a report with no publication date takes it
as its anchor. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.store.dedupe import PAGE_DATED_NOTE
from conflictlens.time import date_line_date, date_line_span

STAMPED = ("Gunman kills two at Ohio bakery\n"
           "Posted March 4 , 2019 9 : 30 AM\n\n"
           "A gunman opened fire at a bakery in Columbus, Ohio, killing two workers, police said.\n")


@pytest.mark.parametrize("text, day", [
    (STAMPED, date(2019, 3, 4)),
    ("Blast in Kabul\nTUESDAY , JULY 9 , 2019\n\nA bomb went off.", date(2019, 7, 9)),
    ("Updated: Jan. 5, 2020 11:02 pm ET\nTwo shot in Ohio.", date(2020, 1, 5)),
    ("Blast in Kabul\nPublished : 09 Jul 2019 11 : 25 GMT\nA bomb went off.", date(2019, 7, 9)),
    # numeric stamps: day first unless a time zone of a month-first country follows
    ("Two shot in Ohio\nPosted 12 / 19 / 2018 3 : 36 PM\nText.", date(2018, 12, 19)),
    ("Two shot in Ohio\n07 / 04 / 2018 8 : 23 PM ET\nText.", date(2018, 7, 4)),
    ("Blast in Lyon\nMis à jour 07/04/2018\nText.", None),  # other words: no stamp
])
def test_a_line_of_only_a_date_is_the_pages_stamp(text, day):
    assert (date_line_span(text) is not None) == (day is not None)
    assert date_line_date(text) == day


@pytest.mark.parametrize("text", [
    "Gunmen killed two men in Columbus on March 4, 2019.\nMore to come.",  # a sentence, not a stamp
    "Shooting at bakery on March 4 , 2019\nText.",  # a headline that dates its event
    "Gunman kills two\nPolice said.\nWitnesses ran.\nThe mayor spoke.\nPosted March 4, 2019",  # too far down
])
def test_a_sentence_with_a_date_is_no_stamp(text):
    assert date_line_span(text) is None


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


@pytest.mark.parametrize("published", [date(2019, 3, 4), None])
def test_the_stamp_dates_the_page_not_the_headlines_event(wide, published):
    a = wide.analyse(Report(id="t", title="", text=STAMPED, published=published))
    rows = [e for e in a.events if e.location == "Columbus"]
    assert rows and all(str(e.event_date) == "2019-03-04" for e in rows)
    assert all(PAGE_DATED_NOTE in e.notes for e in rows)
