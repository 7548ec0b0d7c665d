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


def test_a_toll_counted_since_a_month_is_no_incidents(pipeline):
    """"...where ethnic clashes have killed more than 200 people since May last year": the
    toll of a long conflict told beside the incident, not the incident's."""
    [e] = pipeline.process(Report(
        id="t", published=date(2024, 5, 15),
        text="IMPHAL, India -- Gunmen shot dead three villagers in Kangpokpi district of Manipur on "
             "Friday, police said, in a state where ethnic clashes have killed more than 200 people "
             "since May last year."))
    assert e.fatalities == 3
