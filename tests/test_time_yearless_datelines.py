"""A dateline or a first date line with no year ("LYON, Dec. 30 (Reuters) -", "Tuesday, 14 May"):
the publication date gives its year; without one, the report's own words may
(time/datelines.py ``dateline_day``)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.time import dateline_day


@pytest.mark.parametrize("text, published, expected", [
    ("LYON, Dec. 30 (Reuters) - Gunmen", date(2021, 1, 2), date(2020, 12, 30)),  # a month after: the year before
    ("LYON, June 2 (Reuters) - Gunmen", date(2021, 6, 3), date(2021, 6, 2)),
    ("LYON, June 4 (Reuters) - Gunmen", date(2021, 6, 3), None),  # after the page's day: not this page's
    ("Riot in Lyon\nWednesday, 2 June\n\nGunmen", date(2021, 6, 3), date(2021, 6, 2)),
    ("Riot in Lyon\nMonday, 2 June\n\nGunmen", date(2021, 6, 3), None),  # June 2, 2021 was a Wednesday
    ("LYON, Dec. 30, 2020 (Reuters) - Gunmen", date(2021, 1, 2), None),  # a year written: find_dateline's
])
def test_dateline_day_with_publication_date(text, published, expected):
    assert dateline_day(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a full date written shortly before the dateline's day gives the year
    ("LYON, March 3 (Reuters) - In the wake of a vote held on March 1, 2019, gunmen", date(2019, 3, 3)),
    ("LYON, Jan. 4 (Reuters) - Since the Dec. 28, 2018 raid, gunmen", date(2019, 1, 4)),
    # the one year the report writes
    ("LYON, March 3 (Reuters) - The club's 2019 season opened as gunmen", date(2019, 3, 3)),
    # several years, no date near the dateline's day: no guess
    ("LYON, March 3 (Reuters) - Since 2015 and again in 2019, gunmen", None),
    # a weekday named: the year written (or the next) that puts it on that day
    ("Riot in Lyon\nTuesday, 14 May\n\nSince 2015 and again in 2019, gunmen", date(2019, 5, 14)),
    ("Riot in Lyon\nMonday, 14 May\n\nSince 2017, gunmen", date(2018, 5, 14)),  # the next year
    ("Riot in Lyon\nSunday, 14 May\n\nSince 2015 and again in 2019, gunmen", None),
    # a figure is no year
    ("LYON, March 3 (Reuters) - Gunmen stole $2019 and 2,019 rounds", None),
])
def test_dateline_day_by_written_years(text, expected):
    assert dateline_day(text) == expected


def test_dateline_day_anchors_a_later_page(pipeline):
    """A page dated after its dateline: 'yesterday' counts from the dateline's day."""
    text = ("LYON, Dec. 31 (Reuters) - Gunmen shot dead three people at a market in Lyon yesterday, "
            "police said.")
    events = pipeline.process(Report(id="r1", text=text, published=date(2021, 1, 4)))
    assert events and {e.event_date for e in events} == {date(2020, 12, 30)}


def test_undated_report_year_from_its_words(pipeline):
    text = ("LYON, March 3 (Reuters) - Gunmen shot dead three people at a market in Lyon yesterday, "
            "police said, in the wake of a vote held on March 1, 2019.")
    events = pipeline.process(Report(id="r1", text=text))
    assert events and {e.event_date for e in events} == {date(2019, 3, 2)}
