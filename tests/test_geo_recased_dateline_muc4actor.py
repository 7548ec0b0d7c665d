"""A wire dateline whose place is followed by its date ("SAN SALVADOR, 5 MAY 90 (RADIO) --")
still says the report's country once the capitals are re-cased ("San Salvador, 5 May 90
(radio) --"), so that a small town the report names is read in that country, not as a
namesake abroad. Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.geo.context import dateline_span
from conflictlens.model import Report


@pytest.mark.parametrize("text, place", [
    ("San Salvador, 5 May 90 (radio norte) -- (TEXT) Gunmen fired on a car.", "San Salvador"),
    ("Bogota, 3 Nov 89 -- (TEXT) The army said.", "Bogota"),
    ("Springfield, May 5, 2013 -- Police said.", "Springfield"),
])
def test_a_dated_dateline_in_ordinary_case(text, place):
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == place


def test_a_name_and_a_date_in_prose_is_no_dateline():
    assert dateline_span("Smith, 5 May 90 was the day the council met.") is None


def test_a_small_town_is_read_in_the_datelines_country(pipeline):
    text = ("SAN SALVADOR, 5 MAY 90 (RADIO NORTE) -- [TEXT] GUNMEN FIRED ON THE JUDGE'S CAR NEAR THE "
            "TOWN OF ZARAGOZA, SOME 10 KM FROM SAN SALVADOR.")
    events = pipeline.process(Report(id="t", text=text))
    assert [(e.location, e.country) for e in events] == [("Zaragoza", "El Salvador")]
