"""A month or a day named beside the future is the one ahead of the page's day: a clause of time
in the present tense ("when the appeal is heard in May"), or "would" in reported speech ("the
delegations would meet in June"); a past clause, or a later past ("would have", "would later"),
keeps it behind. Invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

PAGE = date(2031, 3, 20)


def _days(text: str, words: str) -> list[date]:
    found = [m for m in find_dates(text, PAGE) if m.text.endswith(words)]
    assert len(found) == 1, find_dates(text, PAGE)
    return found[0].days


def test_a_present_clause_of_time_puts_the_month_ahead():
    text = "The Varlow family hopes to keep the farm when the appeal is heard in May."
    assert _days(text, "May")[0].year == 2031


def test_a_present_clause_of_time_puts_the_month_ahead_after_its_opener():
    text = "The curfew stays in force until parliament reconvenes in September."
    assert _days(text, "September")[0].year == 2031


def test_would_in_reported_speech_puts_the_month_ahead():
    text = "The minister said the two delegations would meet again in June."
    assert _days(text, "June")[0].year == 2031


def test_would_in_reported_speech_puts_the_day_ahead():
    text = "Officials said the ceasefire talks would be held in Lisbon on August 24."
    assert _days(text, "August 24") == [date(2031, 8, 24)]


def test_a_past_clause_of_time_keeps_the_month_behind():
    text = "The Varlow family lost the farm when the appeal was heard in May."
    assert _days(text, "May")[0].year == 2030


def test_a_later_past_keeps_the_month_behind():
    text = "Tomas Ebberley, shot outside his shop, would have turned 40 in June."
    assert _days(text, "June")[0].year == 2030
    text = "The gunman who raided the depot would later be jailed in June."
    assert _days(text, "June")[0].year == 2030
