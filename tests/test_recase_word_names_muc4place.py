"""Re-casing all-capital wire copy: an English word that is only another name of a place (a
city's name in another tongue: "caller") stays a word, so it is no place of the report; a word
that is a place's own name ("Reading", "Nice") is still written as that name. Invented reports."""
from __future__ import annotations

from conflictlens.model import Report


def test_a_word_that_is_only_an_alternate_name_is_not_recased(pipeline):
    assert pipeline.name_form("caller") is None


def test_a_word_that_is_a_places_own_name_is_still_recased(pipeline):
    assert pipeline.name_form("reading") == "Reading"
    assert pipeline.name_form("nice") == "Nice"


_WIRE = ("BOGOTA, 3 MAR 90 (RADIO CARACOL) -- [TEXT] A BOMB EXPLODED TODAY OUTSIDE A BANK BRANCH IN\n"
         "MEDELLIN, WOUNDING TWO GUARDS.\n\n"
         "   THE ANONYMOUS CALLER, THE STATION SAID, CLAIMED THAT THE GROUP HAD PLANTED THE\n"
         "BOMB TO PROTEST THE ARREST OF ITS LEADERS.\n")


def test_an_anonymous_caller_is_no_place(pipeline):
    a = pipeline.analyse(Report(id="t", title="", text=_WIRE))
    assert all(p.country_code == "CO" for p in a.places)
    assert {e.country for e in a.events} == {"Colombia"}
