"""Actors in reports from Syria, Iraq, Yemen, Lebanon and Israel/Palestine (the levantprobe probe).
Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import violent_rows


def _violent(pipeline, text, published=date(2024, 5, 15)):
    return violent_rows(pipeline, text, published)


@pytest.mark.parametrize("text, published, forces", [
    # "Government shelling": the tagger reads "Government [is] shelling"; the word names the event
    # country's own state, as a demonym would
    ("DARAA, Syria -- Government shelling wounded three farmers near the town of Nawa on Thursday, activists said.",
     date(2023, 3, 10), "Military Forces of Syria (2000-2024)"),
    ("Regime airstrikes killed two shepherds outside Saraqib in Syria on Wednesday, rescuers said.",
     date(2023, 3, 10), "Military Forces of Syria (2000-2024)"),
    ("Government shelling hit the village of Kharab Abu Ghalib near Kobani in Syria on Friday, killing a boy.",
     date(2025, 2, 20), "Military Forces of Syria (2024-)"),
])
def test_own_state_word_names_the_countrys_forces(pipeline, text, published, forces):
    [e] = _violent(pipeline, text, published)
    assert e.actor1 == forces


@pytest.mark.parametrize("text, actor1", [
    # a state's tanks and artillery name its forces, as its warplanes do
    ("Israeli tank fire killed two farmers east of Deir al-Balah in Gaza on Tuesday, medics said.",
     "Military Forces of Israel (2022-)"),
    ("Turkish artillery shelled the village of Tal Tamr in Syria on Sunday, killing a woman, the SDF said.",
     "Military Forces of Turkey (2002-)"),
    # settlers are an identity militia of their own, not an unidentified group
    ("Israeli settlers beat two Palestinian shepherds near the village of Duma in the West Bank on Saturday, "
     "residents said.", "Settlers (Israel)"),
    # the coalition's strikes in Yemen are Saudi Arabia's forces
    ("Saudi-led coalition jets bombed a bridge near the town of Haradh in Yemen on Monday, killing four "
     "people, officials said.", "Military Forces of Saudi Arabia"),
])
def test_levant_actor_names(pipeline, text, actor1):
    [e] = _violent(pipeline, text, date(2023, 3, 10))
    assert e.actor1 == actor1


@pytest.mark.parametrize("text, victims", [
    ("An Israeli drone strike killed four Palestinians near the town of Beit Lahia in Gaza on Sunday, medics said.",
     "Civilians (Palestine)"),
    ("Three Iraqis were wounded when a Turkish drone struck a car near the town of Sinjar in Iraq on Sunday.",
     "Civilians (Iraq)"),
])
def test_a_people_named_by_demonym_harmed_are_civilians(pipeline, text, victims):
    [e] = _violent(pipeline, text, date(2023, 3, 10))
    assert e.actor2 == victims
