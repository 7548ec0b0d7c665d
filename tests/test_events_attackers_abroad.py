"""The country of a state's forces named beside a dateline's town tells who attacked, not
where: the dateline's town stays the scene. Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _rows(pipeline, text):
    return pipeline.process(Report(id="t", text=text + "\n", published=date(2024, 5, 15)))


def test_a_foreign_states_shelling_stays_at_the_dateline_town(pipeline):
    [e] = _rows(pipeline, "KHERSON, Ukraine -- Russian shelling killed two people on Tuesday, the "
                          "regional governor said.")
    assert (e.location, e.country, e.fatalities) == ("Kherson", "Ukraine", 2)
    assert e.actor1.startswith("Military Forces of Russia")


def test_foreign_troops_stay_at_the_dateline_town(pipeline):
    [e] = _rows(pipeline, "SUMY, Ukraine -- Russian troops killed three civilians on Monday, local "
                          "officials said.")
    assert (e.location, e.fatalities) == ("Sumy", 3)


def test_another_countrys_people_still_keep_the_dateline_town_out(pipeline):
    rows = _rows(pipeline, "TEGUCIGALPA, 3 MAR 90 (ACAN) -- [TEXT] THE HONDURAN GOVERNMENT TODAY "
                           "CONDEMNED THE KILLING OF A SALVADORAN MINISTER BY GUNMEN.")
    assert not [e for e in rows if e.location == "Tegucigalpa"]
