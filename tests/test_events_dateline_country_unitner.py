"""The country an all-capital dateline names beside its town ("HOMS, Syria --") is where the
report is filed, not a scene told at country level: violence its sentence tells with no place
of its own is coded at the dateline's town, not left out as known only by its country.
Reports are invented."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _events(pipeline, text):
    return pipeline.process(Report(id="d", title="", text=text, published=date(2023, 3, 10)))


def test_violence_in_the_dateline_sentence_is_coded_at_the_dateline_town(pipeline):
    evs = _events(pipeline, "HOMS, Syria -- Government rockets hit a bakery in the city on Sunday, "
                            "killing five people, a local monitor said.")
    assert [(e.country, e.location, e.geo_precision) for e in evs] == [("Syria", "Homs", 1)]


def test_dateline_country_of_a_ukrainian_town(pipeline):
    evs = _events(pipeline, "SUMY, Ukraine -- Shelling killed three residents of the city on Saturday, "
                            "the mayor said.")
    assert [(e.country, e.admin1, e.location) for e in evs] == [("Ukraine", "Sumska oblast", "Sumy")]
