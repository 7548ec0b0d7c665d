"""Events of invented reports told only through a claim of responsibility: the attack a
group claims is the report's event (ACLED codes the claimant as actor1), told once."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _one(pipeline, text):
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert len(rows) == 1, [(e.event_type, e.actor1, e.actor2, e.fatalities) for e in rows]
    return rows[0]


def test_a_claimed_murder_told_nowhere_else_is_coded(pipeline):
    e = _one(pipeline, "The Clan del Golfo has accepted responsibility for the assassination of Juan Perez, "
                       "a councillor, in Apartado on Sunday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("Clan del Golfo", "Civilians (Colombia)")
    assert (e.location, e.event_date, e.fatalities) == ("Apartado", date(2024, 5, 12), 1)


def test_a_claimed_killing_of_soldiers_is_a_battle(pipeline):
    e = _one(pipeline, "The ELN has accepted responsibility for the killing of two soldiers near Saravena on Monday.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1.startswith("ELN") and e.actor2.startswith("Military Forces of Colombia")
    assert (e.location, e.event_date, e.fatalities) == ("Saravena", date(2024, 5, 13), 2)
