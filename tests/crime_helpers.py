"""What an invented crime report codes under ``--scope all-violence``: the day and place of
each ``Other violence`` row, the view the tests of date rules compare."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

THURSDAY = date(2024, 10, 17)


def other_violence_rows(pipeline, text: str, published: date = THURSDAY) -> list[tuple[str, str]]:
    """(day, location) of each ``Other violence`` row of ``text`` published on ``published``, sorted."""
    a = pipeline.analyse(Report(id="t", title="", text=text, published=published))
    return sorted((str(e.event_date), e.location) for e in a.events if e.event_type == "Other violence")


def sub_event_days(pipeline, text: str, sub: str, published: date = THURSDAY) -> list[str]:
    """The days of the rows of sub-event type ``sub`` coded from ``text``, sorted."""
    a = pipeline.analyse(Report(id="t", title="", text=text, published=published))
    return sorted(str(e.event_date) for e in a.events if e.sub_event_type == sub)
