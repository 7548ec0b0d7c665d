"""An earlier paragraph's day of a statement ("the offensive announced in April") dates the
statement, not the undated violence a later paragraph tells: that takes the report's day.
Invented report, real place names."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

_ANNOUNCED = ("SAN SALVADOR, 10 MAY 90 (EFE) -- [TEXT] REBEL SOURCES SAID THE GUERRILLAS TODAY ATTACKED ARMY\n"
              "POSTS IN FOUR DEPARTMENTS.\n\n"
              "   THE NEW OFFENSIVE ANNOUNCED IN APRIL IS MEANT TO WEAKEN THE INCOMING GOVERNMENT.\n\n"
              "   AN ARMY OFFICER ALSO TOLD US THAT GUERRILLAS BLEW UP A POWER STATION IN SESORI WITH DYNAMITE.\n")


def test_a_statements_month_told_before_does_not_date_later_violence(pipeline):
    events = pipeline.process(Report(id="t", text=_ANNOUNCED))
    sesori = [e for e in events if e.location == "Sesori"]
    assert sesori and {e.event_date for e in sesori} == {date(1990, 5, 10)}


_SAID = ("MOSUL, Iraq (March 9, 2024) - Iraqi troops arrested a senior Islamic State commander in the town of "
         "Tal Afar yesterday, the army said in a statement.\n\n"
         "The suspect was detained during a raid on a farmhouse, the statement said.\n")


def test_a_day_hung_on_a_saying_that_reports_a_clause_still_dates_the_story(pipeline):
    # ("arrested ... yesterday, the army said": the parser hangs the day on the saying)
    events = pipeline.process(Report(id="t", text=_SAID, published=date(2024, 3, 9)))
    assert events and {e.event_date for e in events} == {date(2024, 3, 8)}
