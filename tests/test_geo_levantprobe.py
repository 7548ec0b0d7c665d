"""Places in reports from Syria, Iraq, Yemen, Lebanon and Israel/Palestine (the levantprobe probe).
Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.geo.patterns import read_context
from event_helpers import violent_rows


def _violent(pipeline, text):
    return violent_rows(pipeline, text, date(2023, 3, 10))


def test_upper_case_dateline_town_named_like_its_province_is_the_town(pipeline):
    # "HAMA" in capitals is no code like "WHO": the town's other names count for it as for "Hama"
    [e] = _violent(pipeline, "HAMA, Syria (AFP) -- Two soldiers were killed when militants attacked "
                             "an army checkpoint on Wednesday, state media said.")
    assert (e.location, e.admin1, e.geo_precision) == ("Hamah", "Hamah", 1)


@pytest.mark.parametrize("before, near", [
    ("a farm east of ", True),
    ("clashes erupted south-west of ", True),
    ("gunmen struck a checkpoint northeast of the city of ", True),
    ("fighting in the north of ", False),
    ("a raid in ", False),
])
def test_compass_word_and_of_is_near_the_town(before, near):
    text = before + "Raqqa on Monday"
    start = len(before)
    assert read_context(text, start, start + len("Raqqa")).near is near


def test_event_a_compass_point_from_a_town_is_near_it(pipeline):
    [e] = _violent(pipeline, "Islamic State militants killed three shepherds east of Raqqa in Syria "
                             "on Monday, a war monitor said.")
    assert (e.location, e.geo_precision) == ("Ar Raqqah", 2)
