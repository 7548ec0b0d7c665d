"""Datelines at the start of wire reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.time import find_dateline


@pytest.mark.parametrize("text, expected", [
    ("KABUL, Afghanistan (Jan. 25, 2013) - A suicide bomber struck.", (date(2013, 1, 25), "KABUL, Afghanistan")),
    ("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN", (date(1990, 1, 3), "SAN SALVADOR")),
    ("LIMA, 14 FEB 04 -- GUERRILLAS ATTACKED", (date(2004, 2, 14), "LIMA")),
    ("ROME (ITALY), 11 JAN 90 -- [INTERVIEW]", (date(1990, 1, 11), "ROME (ITALY)")),
    ("BAGHDAD, March 3 (Reuters) - Gunmen killed", (None, "BAGHDAD")),
    ("MOGADISHU, Somalia — Militants stormed a hotel.", (None, "MOGADISHU, Somalia")),
    ("NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded.", (None, "NAIROBI, Kenya")),
    ("SAN SALVADOR, NO DATE (DOMESTIC SERVICE) -- [SPEECH]", (None, "SAN SALVADOR")),
    ("GAZA CITY, 2022-05-10 - Strikes hit", (date(2022, 5, 10), "GAZA CITY")),
    ("EAST ST. LOUIS, Ill. -- A man was killed", (None, "EAST ST. LOUIS, Ill.")),
])
def test_datelines(text, expected):
    assert find_dateline(text) == expected


def test_dateline_without_year_uses_year_hint():
    assert find_dateline("BAGHDAD, March 3 (Reuters) - Gunmen", year=2003) == (date(2003, 3, 3), "BAGHDAD")


def test_dateline_after_a_title_line():
    text = "Bombs hit two embassies\nNAIROBI, Kenya (Jan. 5, 2013) - Two bombs exploded."
    assert find_dateline(text) == (date(2013, 1, 5), "NAIROBI, Kenya")


@pytest.mark.parametrize("text", [
    "Shafaq News/ A joint security force carried out a campaign.",
    "After al-Hasakeh prisonbreak, Iraqi forces launch an operation",
    "The army said on Monday - in a statement - that",
    "",
])
def test_no_dateline(text):
    assert find_dateline(text) == (None, "")


@pytest.mark.parametrize("text, expected", [
    ("BEIRUT: Gunmen opened fire on a checkpoint.", (None, "BEIRUT")),
    ("KABUL, May 3: A roadside bomb killed two.", (date(2021, 5, 3), "KABUL")),
    ("Kabul, May 3 (Pajhwok): A roadside bomb killed two.", (date(2021, 5, 3), "Kabul")),
    ("Dera Ismail Khan, 4 June: Police said.", (date(2021, 6, 4), "Dera Ismail Khan")),
    ("Blast kills two in market. QUETTA, May 3: A bomb went off.", (date(2021, 5, 3), "QUETTA")),
    ("Blast kills two in market. QUETTA: A bomb went off.", (None, "QUETTA")),
])
def test_colon_datelines(text, expected):
    assert find_dateline(text, year=2021) == expected


@pytest.mark.parametrize("text", [
    "Warning: floods are expected in the valley.",
    "Update, May 3: talks resume in the capital.",  # a headline label, not a place
    "Two held. Kabul: police say they confessed.",  # a place in ordinary case needs a date
    "Gunmen kill two in Kabul, May 3: police",  # a headline, not a place
    "Troops advance. The army said on May 3: we hold the town.",
])
def test_colon_not_a_dateline(text):
    assert find_dateline(text, year=2021) == (None, "")
