"""Writers for coded events: jsonl, csv (with evidence), acled (31 columns), geojson, table.

Every writer has the same shape, ``write(events, out) -> count``, so the CLI can
pick one by name.
"""
from __future__ import annotations

from typing import Callable, Iterable, TextIO

from ..model import Event
from . import acled_csv, geojson, jsonl, table
from . import csv as csv_writer

Writer = Callable[[Iterable[Event], TextIO], int]

WRITERS: dict[str, Writer] = {
    "jsonl": jsonl.write,
    "csv": csv_writer.write,
    "acled": acled_csv.write,
    "geojson": geojson.write,
    "table": table.write,
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write ``events`` to ``out`` in format ``fmt``; returns how many were written."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(events, out)


__all__ = ["WRITERS", "FORMATS", "write_events"]
