"""A lead that names the violence only as under investigation ("detectives are investigating a
fatal shooting") before any sentence tells it: its deaths are the toll of the violence told
after it, not lost with the reference; a lead naming several shootings gives none its toll.
Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _tolls(p, text: str) -> list[int]:
    a = p.analyse(Report(id="t", title="", text=text, published=date(2016, 5, 10)))
    return [e.fatalities for e in a.events if e.sub_event_type == "Shooting"]


def test_a_fatal_shooting_under_investigation_keeps_its_toll(violence_pipeline):
    text = ("DUNMORE, Pa. (WXYZ) - Detectives are investigating a fatal shooting that relatives describe as "
            "a mishap.\n\n"
            "It took place in a duplex on Pine Street in Dunmore. A teenager was shot in the chest while he "
            "and a cousin handled a relative's pistol, family members said.\n")
    assert _tolls(violence_pipeline, text) == [1]


def test_a_reference_to_several_shootings_gives_none_its_toll(violence_pipeline):
    text = ("DUNMORE, Pa. (WXYZ) - Detectives are investigating three shootings overnight that left three "
            "men dead.\n\n"
            "A woman was hit in the arm on Pine Street in Dunmore around noon. "
            "A neighbor shot her during an argument, police said.\n")
    assert _tolls(violence_pipeline, text) == [0]
