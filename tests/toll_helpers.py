"""What the pipeline codes as each event's toll, for the toll tests."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def coded_fatalities(pipeline, text: str, published: date = date(2026, 5, 6)) -> list[int]:
    """The fatalities of each event coded from one report."""
    analysis = pipeline.analyse(Report(id="t", title="", text=text, published=published))
    return [e.fatalities for e in analysis.events]
