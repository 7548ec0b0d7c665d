"""An incident its own sentence dates to a month only, more than a year before the report's
date ("a fire set by two youths destroyed the depot in March 2015" in a 2024 report), is
history the report recalls: no row of this report (its own reports coded it then; as a row
here it is what undated reports of the story's incident get linked to). A month-dated
incident of the last year and a day-dated old one (a trial story's killing) stay rows. A
report with no date has no year to count back from: its month-dated incident stays a row,
unless the report tells, with a place, events it could not date (its news, "shot late
Friday"): then the month-dated one is recalled. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

PUBLISHED = date(2024, 8, 6)


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _dates(p: Pipeline, text: str, published: date | None = PUBLISHED) -> list[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=published))
    return [str(e.event_date) for e in a.events]


def test_a_month_dated_incident_years_back_is_not_a_row(wide):
    text = ("The old feed depot in Palmer, Alaska, burned down early this morning, and firefighters "
            "kept the blaze from a fuel farm next door.\n\n"
            "It was the second fire at the site: an arson fire set by two teenagers destroyed the "
            "hardware store in Palmer in March 2015.\n")
    assert "2015-03-15" not in _dates(wide, text)


def test_a_month_dated_incident_of_the_last_year_stays_a_row(wide):
    text = ("A gunman shot and killed a clerk at a liquor store in Palmer, Alaska, in March 2024, "
            "police said, and nobody has been charged.\n")
    assert _dates(wide, text) == ["2024-03-15"]


def test_a_day_dated_incident_years_back_stays_a_row(wide):
    text = ("A jury on Monday convicted Dale Orrin of murder. Orrin shot and killed a clerk at a "
            "liquor store in Palmer, Alaska, on March 3, 2019.\n")
    assert "2019-03-03" in _dates(wide, text)


def test_a_report_with_no_date_keeps_a_month_dated_incident(wide):
    text = ("An arson fire set by two teenagers destroyed the hardware store in Palmer, Alaska, "
            "in March 2015.\n")
    assert _dates(wide, text, None) == ["2015-03-15"]


NEWS_UNDATED = ("Gunman shoots two outside Toledo bar\n\n"
                "Two men were shot outside a bar on Ferncliff Avenue in Toledo, Ohio, late Friday, police said.\n\n"
                "It was the second shooting on the street: Mara Vence was shot and killed outside the same "
                "bar in Toledo in October 2021.\n")


def test_a_report_with_no_date_that_tells_its_news_undated_recalls_a_month_dated_incident(wide):
    a = wide.analyse(Report(id="t", title="", text=NEWS_UNDATED, published=None))
    assert a.events == []
    assert [e.sub_event_type for e in a.undated] == ["Shooting"]


ESCAPE = ("A prisoner slipped out of the state jail in Huntsville, Texas, this morning after locking a "
          "guard in a storeroom.\n\n")


def test_an_old_incident_dated_by_its_paragraphs_month_is_not_a_row(wide):
    # the stabbing takes "May 2016" from the sentence before it, in the same paragraph
    text = ESCAPE + ("Dorn Kessly, 58, was sent back to prison in May 2016 to serve a long term for burglary. "
                     "A warden pulling two cellmates apart was stabbed in the arm by Kessly in Huntsville, and "
                     "Kessly got a longer term for it.\n")
    assert "2016-05-15" not in _dates(wide, text)


def test_an_old_incident_dated_by_the_narratives_month_is_not_a_row(wide):
    # the stabbing's paragraph has no date: it takes the story's last month, "May 2016"
    text = ESCAPE + ("Dorn Kessly, 58, was sent back to prison in May 2016 to serve a long term for burglary.\n\n"
                     "Nobody died, yet a warden pulling two cellmates apart was stabbed in the arm, and "
                     "Kessly got a longer term for it.\n")
    assert "2016-05-15" not in _dates(wide, text)


def test_a_narrative_month_of_the_last_year_still_dates_a_row(wide):
    text = ("Dorn Kessly, 58, was sent back to prison in May 2024 to serve a long term for burglary.\n\n"
            "A warden pulling two cellmates apart was stabbed in the arm by Kessly in Huntsville, Texas, "
            "and Kessly got a longer term for it.\n")
    assert "2024-05-15" in _dates(wide, text)
