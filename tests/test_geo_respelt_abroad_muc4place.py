"""A small town matched only by a respelling of its name, in a country the report names but
is not mainly set in, is no place of the report (muc4place): "San Andres" in a Bolivian
report whose only other country is the dollar of a reward is not San Andreas, California."""
from __future__ import annotations

from conflictlens.model import Report

_BOLIVIA = (
    "LA PAZ, 3 JUL 89 (EFE) -- [TEXT] BOLIVIAN UNION LEADERS SAID TODAY THAT TWO\n"
    "STUDENTS STAND ACCUSED OF KILLING THREE FOREIGN AID WORKERS.  BOLIVIAN\n"
    "POLICE GAVE NO DETAILS.\n\n"
    "   IN PROTEST, THE HISTORY FACULTY AT SAN ANDRES UNIVERSITY HAS\n"
    "GONE ON STRIKE UNTIL THE STUDENTS ARE FREED.  THE AID\n"
    "AGENCY HAS OFFERED A $20,000 REWARD FOR THE KILLERS.\n")


def _places(pipeline, text):
    a = pipeline.analyse_until(Report(id="t", text=text), "geocode")
    return {(p.name, p.country_code) for p in a.places}


def test_respelt_small_town_abroad_is_no_place(pipeline):
    places = _places(pipeline, _BOLIVIA)
    assert ("La Paz", "BO") in places
    assert not any(cc == "US" for _, cc in places)


def test_respelt_name_in_the_reports_own_country_is_still_read(pipeline):
    text = ("Gunmen attacked a checkpoint in Al Hasakeh on Monday, Syrian state media said.\n"
            "The Syrian army sent reinforcements from Qamishli.")
    places = _places(pipeline, text)
    assert any(cc == "SY" and "Hasak" in name for name, cc in places)
