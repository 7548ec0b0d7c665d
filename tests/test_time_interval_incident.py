"""'A week after the shooting, ...' opening a sentence dates the shooting from the report's present;
'a week after officials moved to close the plant, ...' counts from no incident and dates nothing
(invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_dates

TUE = date(2012, 8, 7)


@pytest.mark.parametrize("text", [
    "Only about a week after officials moved to close the plant, the building burned down.",
    "A week after the election, the mayor resigned.",
])
def test_an_interval_after_no_incident_dates_nothing(text):
    assert [m.text for m in find_dates(text, TUE)] == []


@pytest.mark.parametrize("text, day", [
    ("A week after the shooting, police made an arrest.", date(2012, 7, 31)),
    ("Three days after Lee was shot, he died in hospital.", date(2012, 8, 4)),
])
def test_an_interval_after_an_incident_still_dates_it(text, day):
    assert [m.days for m in find_dates(text, TUE)] == [[day]]
