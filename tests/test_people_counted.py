"""Issue #6, GVC killed: "people" is a person noun ("all six people aboard later died"
counts six), and "the N people" told after victims already counted refers back to them
when N covers them (not N more). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _killed(p, text):
    a = p.analyse(Report(id="t", title="", text=text, published=date(2026, 3, 9)))
    return [e.fatalities for e in a.events]


def test_people_with_a_number_are_counted(wide):
    text = ("A gunman opened fire on a minibus outside a bakery in Dayton, Ohio, on Sunday night.\n\n"
            "Paramedics said that all six people aboard, including the driver, later died in hospital.\n")
    assert 6 in _killed(wide, text)


def test_the_people_told_after_their_victims_refer_back(wide):
    text = ("A man shot and killed his brother and his nephew at a farmhouse in Dayton, Ohio, "
            "on Sunday night, police said.\n\n"
            "Detectives said the two people in the farmhouse died before paramedics arrived.\n")
    assert _killed(wide, text) == [2]


def test_the_people_covering_the_victims_told_before_count_once(wide):
    text = ("A gunman killed a clerk and her brother inside a grocery store in Dayton, Ohio, "
            "on Sunday night, police said.\n\n"
            "Officers said the three people in the store all died of their wounds.\n")
    assert _killed(wide, text) == [3]
