"""The day of a statement told before the violence it reports ("the ministry said on Monday that
... opened fire") is the latest day the violence can have: a later page day does not date it
(the warprobe probe). Invented reports; real place names."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

WED = date(2024, 5, 15)  # a Wednesday: Monday is the 13th, Tuesday the 14th


def _violent(pipeline, text):
    return violent_rows(pipeline, text, WED)


def test_a_statement_day_told_before_the_fighting_bounds_it(pipeline):
    # the ministry spoke on Monday: the firing it tells cannot fall on Wednesday's page day
    [e] = _violent(pipeline, "The Armenian Defence Ministry said on Monday that Azerbaijani units opened fire "
                             "on Armenian border posts near Jermuk.")
    assert e.event_date == date(2024, 5, 13)


def test_a_pluperfect_after_the_statement_day_is_bounded_too(pipeline):
    [e] = _violent(pipeline, "Hezbollah announced on Monday it had fired a volley of rockets at an Israeli "
                             "barracks outside Nahariya.")
    assert e.event_date == date(2024, 5, 13)
