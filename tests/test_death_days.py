"""A death told in a sentence of its own, with its own day ("Owen Vance, 12, was killed Saturday
night"), dates the violence it joins when that violence's sentence gives only the page's date
or an arrest's day as a bound; a caption's date beside "the gun deaths of three children" dates
nothing. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

MON = date(2016, 5, 9)  # a Monday: Saturday is the 7th, Sunday the 8th


def _days(p, text: str) -> list[tuple[str, int]]:
    a = p.analyse(Report(id="t", title="", text=text, published=MON))
    return sorted((str(e.event_date), e.time_precision) for e in a.events if e.sub_event_type == "Shooting")


LEAD = ("Boy killed in Dunmore\n\n"
        "DUNMORE, Pa. (WXYZ) - A Dunmore boy was shot outside a corner store on Pine Street, "
        "police said.\n\n")


def test_the_death_s_own_day_dates_a_shooting_told_only_by_the_page(violence_pipeline):
    text = LEAD + "Owen Vance, 12, was killed Saturday night, his family said.\n"
    assert _days(violence_pipeline, text) == [("2016-05-07", 1)]


def test_the_death_s_own_day_narrows_a_week_bound(violence_pipeline):
    text = ("Teen accused in Dunmore shooting\n\n"
            "DUNMORE, Pa. (WXYZ) - Prosecutors charged a Dunmore teenager with manslaughter over the weekend "
            "in the shooting of a classmate.\n\n"
            "Owen Vance, 15, died of a single gunshot wound Sunday night on the porch of a friend's house.\n")
    assert _days(violence_pipeline, text) == [("2016-05-08", 1)]


def test_a_caption_s_date_beside_deaths_named_by_a_noun_dates_nothing(violence_pipeline):
    text = LEAD + "The district attorney at a briefing on the gun deaths of three children in Dunmore, May 2, 2016.\n"
    assert _days(violence_pipeline, text) == [("2016-05-09", 1)]
