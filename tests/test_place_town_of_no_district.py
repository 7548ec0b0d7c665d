"""A name the report calls a town or village ("the town of X", "the village of X") is a place
of its own, never a district of the dateline's city, even when the gazetteer knows it only by
another spelling or not at all; a name with a neighbourhood's word still is the city's
district. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _locations(pipeline, text):
    r = Report(id="town-of", title="", text=text, published=date(2019, 9, 11))
    return [e.location for e in pipeline.analyse(r).events]


def test_the_town_of_a_name_spelt_otherwise_is_that_town(pipeline):
    text = "MOGADISHU - Al-Shabaab fighters attacked the town of Bulo Burde on Monday, residents said.\n"
    assert _locations(pipeline, text) == ["Buulobarde"]


def test_the_village_of_an_unknown_name_is_no_district_of_the_dateline_city(pipeline):
    text = ("MOGADISHU - Al-Shabaab fighters attacked the village of Qarsoomo on Monday, killing three people, "
            "residents said.\n")
    assert not any(loc.endswith(" - Qarsoomo") for loc in _locations(pipeline, text))


def test_a_neighbourhood_of_an_unknown_name_stays_the_citys_district(pipeline):
    text = ("MOGADISHU - Al-Shabaab fighters attacked the Qarsoomo neighbourhood on Monday, killing three people, "
            "residents said.\n")
    assert _locations(pipeline, text) == ["Mogadishu - Qarsoomo"]
