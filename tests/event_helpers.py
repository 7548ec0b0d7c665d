"""What the event tests share: the one violent event a report codes."""
from __future__ import annotations

from conflictlens.model import Report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def only_violent_event(pipeline, text: str):
    """The single Battles, Violence against civilians or Explosions row ``text`` codes."""
    events = [e for e in pipeline.process(Report(id="t", text=text)) if e.event_type in VIOLENT]
    assert len(events) == 1, [(e.event_type, e.actor1, e.actor2) for e in events]
    return events[0]
