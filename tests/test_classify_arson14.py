"""An offence named in a list of charges or in a criminal record is no event (invented texts).

"arrested in his youth for burglary, arson and assault", "a record of arson", "pleaded guilty to
arson": the offence someone was once arrested for or convicted of codes nothing, neither an event of
the report's day nor one a follow-up story refers to (events.factuality: _charge_named). An offence
told as a case ("arrested for the arson of a barn") or as done is still coded.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

DAY = date(2026, 3, 10)
LEAD = ("SPRINGFIELD, Illinois (AP) - Harold Brinkworth, a retired carpenter, died on Monday at a "
        "state prison in Springfield, officials said. He was 81. ")


def _subtypes(pipeline, text):
    return [e.sub_event_type for e in coded(pipeline, text, DAY)]


@pytest.mark.parametrize("record", [
    "He had been arrested in his youth for burglary, arson and assault, court records show.",
    "Between age 18 and 30, Brinkworth was arrested six times on a range of charges: receiving stolen "
    "property, auto theft, arson and bookmaking.",
    "Brinkworth had a long record of arson, fraud and theft.",
    "As a teenager he pleaded guilty to arson and served four years.",
    "He had been arrested in 1979 on arson and burglary charges.",
    "Brinkworth had a history of arson.",
])
def test_an_offence_in_a_list_of_charges_or_a_record_codes_nothing(violence_pipeline, record):
    assert "Arson" not in _subtypes(violence_pipeline, LEAD + record)


def test_a_record_of_kidnapping_codes_no_kidnapping(violence_pipeline):
    text = LEAD + "He was twice convicted of kidnapping, robbery and extortion, records show."
    assert "Kidnapping" not in _subtypes(violence_pipeline, text)


@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Illinois (AP) - A barn was destroyed in an arson near Springfield on Monday, police said.",
    "SPRINGFIELD, Illinois (AP) - A man was arrested on Tuesday for the arson of a barn near Springfield "
    "on Monday, police said.",
])
def test_an_arson_told_as_a_case_is_still_coded(violence_pipeline, text):
    assert "Arson" in _subtypes(violence_pipeline, text)


def test_a_killing_charged_by_its_victim_is_still_the_incident(violence_pipeline):
    text = ("SPRINGFIELD, Illinois (AP) - A man was charged on Tuesday with the murder of Dana Pell, "
            "who was found dead at her home in Springfield last week, police said.")
    assert "Homicide" in _subtypes(violence_pipeline, text)


def test_the_charges_of_the_day_still_name_the_incident(violence_pipeline):
    # no word of a past record: the charge names the killing the story follows up
    text = ("SPRINGFIELD, Illinois (AP) - Police arrested a 61-year-old woman on Friday and charged her "
            "with two counts of first-degree murder, a sheriff's spokesman told reporters.")
    assert "Homicide" in _subtypes(violence_pipeline, text)
