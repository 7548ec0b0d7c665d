"""PLOVER event type and mode for every ACLED sub-event type (issue #4 §4)."""
from __future__ import annotations

from conflictlens.events.lexicon import SUB_EVENT_PRIORITY
from conflictlens.events.plover import plover_for, plover_of_event
from conflictlens.model import ACLED_COLUMNS

PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                 "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_sub_event_type_has_a_plover_code():
    for subs in SUB_EVENT_PRIORITY.values():
        for sub in subs:
            code = plover_for(sub)
            if sub == "Other":
                assert code is None
                continue
            assert code is not None and code.event in PLOVER_EVENTS, sub


def test_examples_of_the_mapping():
    assert (plover_for("Air/drone strike").event, plover_for("Air/drone strike").mode) == ("ASSAULT", "heavy-weapons")
    assert (plover_for("Violent demonstration").event, plover_for("Violent demonstration").mode) == ("PROTEST", "riot")
    assert (plover_for("Arrests").event, plover_for("Arrests").mode) == ("COERCE", "arrest")
    assert plover_for("Abduction/forced disappearance").mode == "abduct"


def test_plover_is_an_extra_view_not_an_acled_column():
    class E:
        sub_event_type = "Peaceful protest"
    assert plover_of_event(E()) == {"plover_event": "PROTEST", "plover_mode": "demo", "plover_context": ""}
    assert not {"plover_event", "plover_mode"} & set(ACLED_COLUMNS) and len(ACLED_COLUMNS) == 31
