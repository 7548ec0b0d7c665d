"""Who the parties of an attack are: the state's forces of one country told twice ("the army ...
its soldiers") are one side, so reporters they shot are attacked civilians, not a battle.
Invented reports and names."""
from __future__ import annotations

import pytest

from conflictlens.model import Report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(pipeline, text: str):
    events = [e for e in pipeline.process(Report(id="t", text=text)) if e.event_type in VIOLENT]
    assert len(events) == 1, [(e.event_type, e.actor1, e.actor2) for e in events]
    return events[0]


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 14 APR 89 (ACAN) -- [TEXT] THE SALVADORAN ARMY TODAY ADMITTED THAT TWO "
    "PHOTOGRAPHERS WHO WERE SHOT BY SOLDIERS IN SENSUNTEPEQUE ON MONDAY DIED OF THEIR WOUNDS.",
    "TEGUCIGALPA, 3 MAR 89 (RADIO AMERICA) -- [TEXT] THE HONDURAN ARMY HAS TAKEN THE BLAME FOR THE "
    "DEATH OF TWO FARM WORKERS WHO WERE KILLED BY TROOPS NEAR DANLI YESTERDAY.",
])
def test_the_army_and_its_soldiers_are_one_side(pipeline, text):
    e = _violent(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.inter1 == 1 and e.inter2 == 7
    # (the army and a rebel group are still two sides)
    e = _violent(pipeline, "SAN SALVADOR, 14 APR 89 (ACAN) -- [TEXT] ARMY SOLDIERS AND FMLN REBELS "
                           "CLASHED NEAR SENSUNTEPEQUE TODAY, LEAVING THREE DEAD.")
    assert e.event_type == "Battles"
