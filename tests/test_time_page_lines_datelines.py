"""A report with no publication date and no dated dateline: the date line among its first lines
(time/datelines.py ``_page_date_line``) is the day the page was put out."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_page_stamp


@pytest.mark.parametrize("head, expected", [
    # tokenised copy: spaces before the punctuation, in the clock times too
    ("THURSDAY , OCTOBER 3 , 2019 , 11 : 05 PM", date(2019, 10, 3)),
    ("Published : Nov . 4 , 2018 at 7 : 15 PM", date(2018, 11, 4)),
    # day first, a weekday and a clock time before the date, a short weekday
    ("Saturday , 12 May 2018", date(2018, 5, 12)),
    ("6 : 40am Tuesday 15th May 2018", date(2018, 5, 15)),
    ("Posted : Wed 9 Jan 2019 , 8 : 20am AEST", date(2019, 1, 9)),
    # the same day's later edit after the date
    ("Friday , Mar 8 , 2019 | Updated 6 : 10 PM EST", date(2019, 3, 8)),
    ("14 February 2017 Last updated at 10 : 02 GMT", date(2017, 2, 14)),
    # a numeric date whose order is plain: a part above 12, or day and month alike
    ("Posted 10 / 23 / 2016 4 : 51 PM", date(2016, 10, 23)),
    ("First Posted 18 : 02 : 00 07 / 07 / 2015", date(2015, 7, 7)),
])
def test_page_date_line(head, expected):
    text = f"Gunman opens fire at Ravelton depot\n\n{head}\n\nA gunman killed two workers on Monday."
    assert find_page_stamp(text) == expected


@pytest.mark.parametrize("head", [
    "End of Watch : Friday , June 3 , 2011",             # a memorial's line: the date is a death's
    "On Friday 5 March 2021 , at 6 : 12",               # a sentence's start: the day of what it tells
    "Tuesday , May 14 , 2019",                           # May 14, 2019 was a Tuesday ...
    "Posted 06 / 09 / 2016",                             # day and month may be either
])
def test_not_a_page_date_line(head):
    text = f"Gunman opens fire at Ravelton depot\n\n{head}\n\nA gunman killed two workers on Monday."
    expected = date(2019, 5, 14) if head.startswith("Tuesday") else None
    assert find_page_stamp(text) == expected
    if head.startswith("Tuesday"):  # ... a Wednesday named with it puts the line aside
        assert find_page_stamp(text.replace("Tuesday", "Wednesday")) is None


def test_update_line_only_when_no_other():
    """An edit's line dates the page only when it prints no other date line."""
    text = "Fire at Ravelton depot\n\nUpdated Mon 8 Feb 2021 , 6 : 15pm AEST\n\nA fire broke out on Sunday."
    assert find_page_stamp(text) == date(2021, 2, 8)
    text = "Fire at Ravelton depot\n\nUpdated Mon 8 Feb 2021 , 6 : 15pm\nFeb 7 , 2021\n\nA fire broke out."
    assert find_page_stamp(text) == date(2021, 2, 7)


def test_date_line_only_among_first_lines():
    lines = "\n".join(f"Line {i} of the story about the depot fire." for i in range(5))
    assert find_page_stamp(f"{lines}\nSaturday , 12 May 2018\n") is None


def test_undated_report_dated_by_its_date_line(pipeline):
    """The pipeline reads the date line as the report's publication date: its 'Monday' is dated."""
    from conflictlens.model import Report
    text = ("Gunman kills two at Ravelton depot\n\nTHURSDAY , OCTOBER 3 , 2019 , 11 : 05 PM\n\n"
            "A gunman shot dead two workers at a bus depot in Chicago on Monday, police said.")
    events = pipeline.process(Report(id="r1", text=text))
    assert events and {e.event_date for e in events} == {date(2019, 9, 30)}
