"""Conflict reporting from Africa outside the Sahel (branch africaprobe). Invented reports
written for these tests; the places and groups are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", PUBLISHED)


# --- one night's raids on several villages: their dead are the raid's toll (fatalities.cues)

def test_a_toll_of_overnight_raids_on_villages_is_the_raids_toll(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 19 farmers in overnight attacks on "
                                 "hamlets near Obi in Nasarawa state, a police spokesman said on Tuesday.\n",
                       PUBLISHED)
    assert e.fatalities == 19


def test_overnight_deaths_across_a_city_are_still_no_one_incidents_toll(pipeline):
    from conflictlens.events.fatalities.cues import tells_aggregate
    assert tells_aggregate("in shootings overnight across the city")
    assert not tells_aggregate("in overnight raids on hamlets near Obi")
