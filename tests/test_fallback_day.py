"""An episode no sentence of which dates takes its day from around the telling (the
paragraph's date, the narrative's latest date). When one mention takes the report's own
date that way (its date line read as the narrative's latest date) and another a day told
in the text ("after the shootings Thursday night"), the report's date is no day of the
incident: one row on the told day, not a two-day episode. Invented report."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

FRIDAY = date(2026, 11, 27)

TEXT = ("Friday, Nov 27, 2026\n\n"
        "Neighbours say the man accused of killing two clerks at a warehouse in Toledo, Ohio, "
        "was quiet and polite.\n\n"
        "Relatives remember the two clerks he is accused of shooting down with a rifle as devoted fathers.\n\n"
        "\"It sounded like fireworks,\" a driver told reporters after the shootings Thursday night.\n\n"
        "Then a supervisor shouted: \"He is shooting.\"\n")


def test_the_report_date_beside_a_told_day_is_not_a_second_day_of_the_incident():
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=TEXT, published=FRIDAY))
    assert [(str(e.event_date), e.location) for e in a.events] == [("2026-11-26", "Toledo")]
