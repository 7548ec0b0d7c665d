"""A village headman shot dead is one death, as a village chief is. Invented report."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def test_a_headman_shot_dead_is_one_death(pipeline):
    [e] = pipeline.process(Report(
        id="t", published=date(2024, 5, 15),
        text="PATTANI, Thailand -- Two men on a motorcycle shot dead a headman outside his home in "
             "Sai Buri district of Pattani province on Sunday evening, police said."))
    assert e.fatalities == 1
