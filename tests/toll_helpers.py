"""What the pipeline codes as each event's toll, for the toll tests."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def coded_fatalities(pipeline, text: str, published: date = date(2026, 5, 6)) -> list[int]:
    """The fatalities of each event coded from one report."""
    analysis = pipeline.analyse(Report(id="t", title="", text=text, published=published))
    return [e.fatalities for e in analysis.events]


def parsed_toll(text: str) -> int:
    """The deaths the parse reader counts over every sentence of ``text`` (no event
    coding: the toll rules alone)."""
    from conflictlens.events.fatalities import sentence_death_figures, total_deaths
    from conflictlens.nlp.parser import parse
    return total_deaths([f for s in parse(text).sents for f in sentence_death_figures(s)])
