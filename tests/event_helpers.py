"""What the event tests share: the rows an invented report codes, and the one violent event."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def coded(pipeline, text: str, published: date | None = None, **fields) -> list:
    """Every row ``text`` codes, read as a report published on ``published`` (other
    ``Report`` fields, such as ``title``, by keyword)."""
    return pipeline.process(Report(id="t", text=text, published=published, **fields))


def violent_rows(pipeline, text: str, published: date | None = None, **fields) -> list:
    """The Battles, Violence against civilians and Explosions/Remote violence rows of ``coded``."""
    return [e for e in coded(pipeline, text, published, **fields) if e.event_type in VIOLENT]


def only_violent_event(pipeline, text: str, published: date | None = None):
    """The single Battles, Violence against civilians or Explosions row ``text`` codes (read as
    published on ``published``, when given)."""
    events = violent_rows(pipeline, text, published)
    assert len(events) == 1, [(e.event_type, e.actor1, e.actor2) for e in events]
    return events[0]
