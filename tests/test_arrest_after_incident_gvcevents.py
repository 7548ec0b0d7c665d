"""An incident told in a clause of time of an arrest, with its own day ("two men were arrested
after a bomb killed four people on Saturday"), is coded as well as the arrest, on its own day, and
those who made the arrest are no party to it (events.background.legal_step_clause). With no day
of its own the clause stays what came before the arrest. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

WEDNESDAY = date(2024, 4, 17)


def _rows(pipeline, text: str):
    a = pipeline.analyse(Report(id="t", title="", text=text, published=WEDNESDAY))
    return {(e.event_type, e.sub_event_type): e for e in a.events}


def test_bomb_told_after_arrest_is_coded_on_its_day(pipeline):
    rows = _rows(pipeline, "Police in Mosul, Iraq, arrested two men on Monday after a bomb killed four "
                           "people in a market on Saturday.")
    bomb = rows[("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert str(bomb.event_date) == "2024-04-13"
    assert bomb.fatalities == 4
    # the police arrested: they did not plant the bomb
    assert not bomb.actor1.startswith("Police Forces")
    assert str(rows[("Strategic developments", "Arrests")].event_date) == "2024-04-15"


def test_passive_arrest_after_bomb(pipeline):
    rows = _rows(pipeline, "Two men were arrested after a bomb killed four people at a bus station in "
                           "Kano, Nigeria, on Saturday.")
    bomb = rows[("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert str(bomb.event_date) == "2024-04-13" and bomb.fatalities == 4


def test_undated_clause_stays_background(pipeline):
    rows = _rows(pipeline, "Police in Mosul, Iraq, arrested two men on Monday after a bomb killed four "
                           "people in a market.")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in rows
