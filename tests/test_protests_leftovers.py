"""Demonstrations held by a union or party told by its name only (branch leftovers): 'members of the
CGT marched' is a protest with the union as associated actor, as 'members of the union' was.
Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import coded


def _protests(pipeline, text):
    return [e for e in coded(pipeline, text + "\n", date(2024, 5, 15)) if e.event_type == "Protests"]


def test_members_of_a_named_union_staged_a_march(pipeline):
    [e] = _protests(pipeline, "Members of the CGT staged a march through Marseille on Thursday over "
                              "planned changes to the retirement age.")
    assert (e.sub_event_type, e.actor1) == ("Peaceful protest", "Protesters (France)")
    assert "CGT" in e.assoc_actor_1


def test_members_of_another_union_marched(pipeline):
    [e] = _protests(pipeline, "Members of the CFDT marched in Nantes on Saturday to demand higher wages.")
    assert e.actor1 == "Protesters (France)"
    assert "CFDT" in e.assoc_actor_1
