"""A quarter told again ("the quarter", "the year-ago quarter", "year-earlier sales") and a year
counted back from a quarter ("from $4 million a year earlier"): dated to that quarter, or to it a
year before (dates4 round).  Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2031, 10, 24)  # the third quarter of 2031 is the latest over by the page's day
Q3 = (date(2031, 7, 1), date(2031, 9, 30))
Q3_BEFORE = (date(2030, 7, 1), date(2030, 9, 30))


def _mention(text: str, words: str, anchor: date = PAGE):
    found = [m for m in find_dates(text, anchor) if m.text.lower() == words.lower()]
    assert len(found) == 1, find_dates(text, anchor)
    return found[0]


def _within(m, span) -> bool:
    return bool(m.days) and all(span[0] <= d <= span[1] for d in m.days) and m.precision == 3


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before():
    text = ("Korvane Mills said its third-quarter profit rose to $8.1 million from $6.3 million a year earlier. "
            "Sales climbed 4% to $90 million from $86 million a year earlier.")
    found = [m for m in find_dates(text, PAGE) if m.text == "a year earlier"]
    assert len(found) == 2
    # both count from the quarter the report is about, the second not a further year back
    assert all(_within(m, Q3_BEFORE) for m in found)


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_before():
    text = "Net income for the third quarter was $2 million, against a loss of $1 million a year ago."
    assert _within(_mention(text, "a year ago"), Q3_BEFORE)


def test_the_quarter_told_again_is_the_quarter_named_before():
    text = ("Talbrook Freight posted a third-quarter loss of $4 million. "
            "Shipments fell 9% in the quarter, and the company cut 200 jobs during that quarter.")
    assert _within(_mention(text, "the quarter"), Q3)
    assert _within(_mention(text, "that quarter"), Q3)


def test_the_year_ago_quarter_and_a_year_earlier_adjective():
    text = ("Ossery Bank's third-quarter earnings fell 12%. In the year-ago quarter it earned $30 million; "
            "year-earlier results included a gain on a branch sale. Costs were higher than in the year-earlier period.")
    assert _within(_mention(text, "the year-ago quarter"), Q3_BEFORE)
    assert _within(_mention(text, "year-earlier"), Q3_BEFORE)
    assert _within(_mention(text, "the year-earlier period"), Q3_BEFORE)


def test_the_year_earlier_ordinal_quarter_without_one_named_before():
    text = "In the year-earlier third quarter, the lender had net income of $5 million."
    assert _within(_mention(text, "the year-earlier third quarter"), Q3_BEFORE)


def test_no_quarter_named_leaves_a_town_quarter_and_a_year_earlier_undated():
    """A report that names no quarter of a year: "the quarter" is a part of a town, "a year
    earlier" a year with no day in it, as before."""
    text = ("Militiamen shelled the quarter near the old market on Tuesday. "
            "A year earlier, the same group had seized the bridge.")
    found = find_dates(text, PAGE)
    assert not any(m.text.lower().endswith("quarter") for m in found)
    told = [m for m in found if m.text.lower() == "a year earlier"]
    assert told and told[0].days == [] and told[0].year == 2030


def test_a_date_after_the_quarter_ends_its_reach():
    """"a year earlier" counts from the latest time told: once a day is told after the quarter it is
    a year before that day's year, with no day in it."""
    text = ("The firm's third-quarter sales rose 5%. On Oct. 3 it closed a plant it had bought a year earlier.")
    m = _mention(text, "a year earlier")
    assert m.days == [] and m.year == 2030
