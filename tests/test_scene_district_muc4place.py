"""The lead tells the violence at a town, the next paragraph the neighbourhood of that town
where it happened (muc4place): the event is at that district, the most exact spot told."""
from __future__ import annotations

from conflictlens.model import Report

_LIMA = (
    "LIMA, 9 MAR 90 (AFP) -- [TEXT] A FORMER INTERIOR MINISTER DIED TODAY IN\n"
    "LIMA AFTER A TERRORIST ATTACK, THE POLICE SAID.\n\n"
    "   THE FORMER MINISTER WAS HIT BY A HAIL OF BULLETS FROM TWO GUNMEN AS HE\n"
    "LEFT A BAKERY IN THE RESIDENTIAL NEIGHBORHOOD OF MIRAFLORES.\n")


def _locations(pipeline, text, published=None):
    return [e.location for e in pipeline.process(Report(id="t", text=text, published=published))]


def test_neighbourhood_told_after_the_lead_places_the_event(pipeline):
    assert _locations(pipeline, _LIMA) == ["Miraflores"]


def test_plain_news_district_after_the_lead(pipeline):
    text = ("A police officer was shot dead in Lima on Tuesday, officials said.\n\n"
            "He had just left a bank in the district of Miraflores when two men on a motorbike "
            "pulled up beside him.")
    from datetime import date
    assert _locations(pipeline, text, date(2019, 5, 8)) == ["Miraflores"]


def test_town_told_without_a_district_word_does_not_move_the_event(pipeline):
    text = _LIMA.replace("IN THE RESIDENTIAL NEIGHBORHOOD OF MIRAFLORES", "ON HIS WAY TO MIRAFLORES")
    assert _locations(pipeline, text) == ["Lima"]
