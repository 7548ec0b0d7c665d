"""Quarters of a year ("the third quarter of 2012", "Q2", "last quarter") dated to the quarter's
middle (timeweeks round), pinned with invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def one(text: str, anchor: date):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def test_an_ordinal_quarter_with_its_year():
    m = one("Raids on the Kesso road rose in the third quarter of 2012.", D(2014, 3, 3))
    assert m.text == "the third quarter of 2012"
    assert m.days == [D(2012, 8, 15)] and m.precision == 3


def test_an_ordinal_quarter_alone_is_the_latest_begun_by_the_page():
    assert one("Abductions near Morvel doubled in the first quarter.", D(2024, 5, 20)).days == [D(2024, 2, 15)]
    assert one("Abductions near Morvel doubled in the fourth quarter.", D(2024, 5, 20)).days == [D(2023, 11, 15)]


def test_a_quarter_adjective_and_a_short_form():
    assert one("The militia's second-quarter toll was the worst yet.", D(2024, 9, 2)).days == [D(2024, 5, 15)]
    assert one("Clashes in Q3 2022 emptied the Daskar valley.", D(2024, 9, 2)).days == [D(2022, 8, 15)]


def test_a_quarter_told_from_the_pages():
    assert one("Looting in Brevan fell last quarter.", D(2024, 5, 20)).days == [D(2024, 2, 15)]
    assert one("Looting in Brevan fell last quarter.", D(2024, 1, 20)).days == [D(2023, 11, 15)]
    # the page's own quarter is dated no later than the page's day
    assert one("Looting in Brevan rose this quarter.", D(2024, 4, 20)).days == [D(2024, 4, 20)]


def test_the_quarter_just_ahead_after_a_future_cue():
    assert one("Patrols in Orsk will resume in the first quarter.", D(2024, 11, 20)).days == [D(2025, 2, 15)]


def test_a_games_quarter_is_no_date():
    assert find_dates("A fan was stabbed in the stands during the fourth quarter of the game.", D(2024, 5, 20)) == []
    assert find_dates("Shots rang out outside the arena as the team led in the third quarter.", D(2024, 5, 20)) == []
