"""Perpetrators named in another sentence than the attack's: the group the authorities lay the
attack on is its actor1 (ACLED codes the suspected perpetrator a report names). Invented texts."""
from __future__ import annotations

from event_helpers import only_violent_event

_ATTACK = "BOGOTA, 3 JUN 89 (RADIO X) -- [TEXT] A JUDGE WAS SHOT DEAD YESTERDAY BY GUNMEN IN CUCUTA.  "


def test_the_group_the_killing_is_blamed_on_is_the_perpetrator(pipeline):
    event = only_violent_event(pipeline, _ATTACK + "THE AUTHORITIES BLAMED THE KILLING ON THE ELN.")
    assert event.actor1.startswith("ELN")


def test_the_group_blamed_for_the_murder_is_the_perpetrator(pipeline):
    event = only_violent_event(pipeline, _ATTACK + "THE ELN WAS BLAMED FOR THE MURDER.")
    assert event.actor1.startswith("ELN")
