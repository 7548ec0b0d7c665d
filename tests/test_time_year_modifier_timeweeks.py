"""A bare year that modifies a noun after a determiner or a possessive ("its 1990 invasion") is a
year (timeweeks round), pinned with invented sentences; a count is not."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_dates

PAGE = date(2024, 5, 20)


@pytest.mark.parametrize("text, year", [
    ("Relatives still recall its 1998 siege of Varnok.", 1998),
    ("A 2016 decree banned the Pelto militia.", 2016),
    ("The brigade's 2014 offensive emptied the valley.", 2014),
    ("He lost his brief 2011 bid for the governorship of Orrin.", 2011),
])
def test_a_year_before_a_noun_after_a_determiner_is_a_year(text, year):
    found = find_dates(text, PAGE)
    assert [(m.year, m.days) for m in found] == [(year, [])]


@pytest.mark.parametrize("text", [
    "Their estimated 2000 fighters crossed the Sevar river.",
    "Some 1800 families fled the Kesto camp.",
])
def test_a_count_after_a_determiner_is_no_year(text):
    assert find_dates(text, PAGE) == []
