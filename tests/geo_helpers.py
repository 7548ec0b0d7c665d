"""What the geo tests share: the places a geocoder finds in a text, by their text; the places
the crime events of a report are coded at; a span's offsets in a text."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from conflictlens.model import Report
from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.find_places(parse(text))}


def violence_places(pipeline, title, body):
    """The places of the ``Other violence`` events a report of ``title`` and ``body`` codes."""
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 5, 6))
    return {e.location for e in pipeline.process(r) if e.event_type == "Other violence"}


def span_at(text, place):
    """A stand-in span of ``place``'s first occurrence in ``text``."""
    start = text.index(place)
    return SimpleNamespace(start=start, end=start + len(place))
