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


# --- a named victim counts: "shot dead" before a name, and "the murder of" an office holder

def test_shot_dead_before_a_titled_name_counts_one_dead(pipeline):
    """The parser hangs "dead" on the name ("shot dead Mayor Ana Ruiz"); it is still the
    shooting's result (events.fatalities.death_verbs)."""
    e = _one(pipeline, "Unknown gunmen shot dead Mayor Ana Ruiz outside her office in Apopa on Saturday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 == "Unidentified Armed Group (El Salvador)" and e.actor2 == "Civilians (El Salvador)"
    assert (e.location, e.event_date, e.fatalities) == ("Apopa", date(2024, 5, 11), 1)


def test_the_murder_of_a_minister_told_as_news_is_an_attack(pipeline):
    """"the murder of X" as a subject: its "of" names the victim (events.parties), a minister
    is an office holder whose killing is political violence whoever did it
    (data/events/political_victims.tsv), and the report passes the screen by naming one."""
    e = _one(pipeline, "The murder of Labour Minister Ana Ruiz in Santa Tecla on Sunday stunned the cabinet.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 == "Unidentified Armed Group (El Salvador)" and e.actor2 == "Civilians (El Salvador)"
    assert (e.location, e.event_date, e.fatalities) == ("Santa Tecla", date(2024, 5, 12), 1)
