"""An incident recalled years on (an anniversary piece, a follow-up a year later) is no event
of the report's own: a trigger in a clause of time opened by "since" or "after" and measured
in years ("a year after X was shot dead", "to mark one year since car bombs killed 120";
events.factuality: _recalled_years_on, cues ``anniversary_marks``, ``anniversary_units``),
nor are its dead the gathering's (protest_cues._told_of_another, fatalities.parsed._recalled).
Days or weeks still tell the incident ("died two days after he was shot"). Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded

PAGE = date(2024, 4, 22)


def _events(pipeline, text):
    return coded(pipeline, text, PAGE)


@pytest.mark.parametrize("text", [
    "A year after Tobin Vale was shot dead outside a tavern in Canton, Ohio, his sister planted a tree there on Sunday.",
    "Reporters met in Tucson on Saturday to mark one year since the columnist Iris Bannock was gunned down at her door.",
    "It has been a year since gunmen killed six herders near Kuriga, Kaduna State.",
])
def test_an_incident_recalled_years_on_is_no_event(violence_pipeline, text):
    assert [(e.event_date, e.sub_event_type) for e in _events(violence_pipeline, text)] == []


def test_the_dead_recalled_are_not_a_gatherings(violence_pipeline):
    text = ("Crowds filled the square in Mogadishu on Sunday to mark one year since two truck bombs "
            "killed more than 120 shoppers there.")
    events = _events(violence_pipeline, text)
    assert all(e.fatalities == 0 and "force" not in e.sub_event_type for e in events)


@pytest.mark.parametrize("text, kind, killed", [
    ("A cook died in Dayton, Ohio, on Sunday two days after he was shot outside a diner.", "Shooting", 1),
    ("Two years after rebels seized Goma, fighting broke out again in the city on Monday, killing four soldiers.",
     "Armed clash", 4),
])
def test_days_apart_or_new_fighting_still_tell_the_news(violence_pipeline, text, kind, killed):
    assert [(e.sub_event_type, e.fatalities) for e in _events(violence_pipeline, text)] == [(kind, killed)]


# invented: a columnist's killing, and the piece marking its first anniversary a year later
KILLING = ("TUCSON, Ariz. — Columnist Iris Bannock was shot dead at the door of her home in Tucson on "
           "Tuesday evening, police said. Bannock wrote about water rights for the Desert Ledger.")
ANNIVERSARY = ("Colleagues of Iris Bannock met outside the Desert Ledger in Tucson on Wednesday to mark one "
               "year since the columnist was gunned down at her door. Her killer has never been found.")


def test_an_anniversary_piece_adds_no_event_to_the_store(store, violence_pipeline):
    from test_dedupe_storyprobe import ingest
    got = ingest(store, violence_pipeline, [("k1", KILLING, date(2023, 5, 10)), ("k2", ANNIVERSARY, date(2024, 5, 9))])
    assert len(got["k1"]) == 1 and got["k2"] == []
    assert store.counts()["events"] == 1
