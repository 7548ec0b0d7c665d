"""Events of the wars in Ukraine and of gang violence in Haiti (americaprobe): state forces of two
countries told together as the doers of a battle are one side (a foreign mission beside the
national police), and bombs named as dropped from aircraft are air strikes. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from event_helpers import coded


def _event(pipeline, body):
    [e] = coded(pipeline, body, date(2024, 6, 20))
    return e


def test_joint_state_doers_are_one_side_of_a_battle(pipeline):
    e = _event(pipeline, "Haitian police and Kenyan officers exchanged fire with gangsters in Petion-Ville "
                         "on Monday, killing three of them, police said.")
    assert e.event_type == "Battles"
    assert "Police Forces of Kenya" not in (e.actor1 + e.actor2)
    assert {e.actor1, e.actor2} & {"Police Forces of Haiti"}


@pytest.mark.parametrize("body", [
    "A Russian glide bomb hit an apartment block in Kharkiv, Ukraine, on Monday, killing three people.",
    "Two guided aerial bombs struck a school in Sumy, Ukraine, on Monday, wounding five people.",
])
def test_bombs_dropped_from_aircraft_are_air_strikes(pipeline, body):
    assert _event(pipeline, body).sub_event_type == "Air/drone strike"


def test_a_one_sided_attack_word_does_not_outrank_a_barrage(pipeline):
    e = _event(pipeline, "Russia pounds Ukraine's energy system in huge overnight attack\n\n"
                         "KYIV, Ukraine -- Russia launched dozens of cruise missiles at power stations "
                         "overnight, killing three people in the Lviv region, officials said on Thursday.")
    assert e.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("body", [
    "A candidate for mayor was gunned down on Wednesday outside his campaign office in Apatzingan, "
    "Michoacan, the state prosecutor said.",
    "A radio reporter was shot and killed on Wednesday in Tierralta, Colombia, the press foundation said.",
])
def test_a_candidate_or_reporter_shot_is_political_violence(pipeline, body):
    e = _event(pipeline, body)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1.startswith("Unidentified Armed Group")


def test_an_ordinary_shooting_stays_out(pipeline):
    assert not pipeline.process(Report(id="o", text="A cashier was shot and killed during a robbery at a "
                                                    "store in Monterrey on Wednesday.",
                                       published=date(2024, 6, 20)))
