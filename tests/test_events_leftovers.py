"""Strikes told with the state as the doer (branch leftovers): a state by its own name striking an
armed group's positions ('Israel struck Hezbollah positions'), or its jets, is an air strike by that
state's forces, whatever reason the report gives for it. Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _only(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e


def test_state_by_its_name_strikes_group_positions(pipeline):
    e = _only(pipeline, "Israel struck Hezbollah positions near Marjayoun on Friday in response to a drone "
                        "launched at a northern kibbutz.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1.startswith("Military Forces of Israel")
    assert e.actor2 == "Hezbollah"


def test_jets_with_a_demonym_are_that_states_forces(pipeline):
    e = _only(pipeline, "American jets struck Houthi radar sites near Hodeidah overnight on Thursday.")
    assert e.actor1.startswith("Military Forces of the United States")


def test_a_state_striking_a_deal_is_no_strike(pipeline):
    assert not violent_rows(pipeline, "Russia struck a deal with India on oil deliveries on Monday.\n",
                            date(2024, 5, 15))
