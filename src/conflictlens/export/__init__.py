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


def write_events(events: Iterable[Event], fmt: str, out: TextIO, include_other_violence: bool = False) -> int:
    """Write ``events`` to ``out`` in format ``fmt``; returns how many were written.

    The ACLED CSV leaves out ``Other violence`` events unless ``include_other_violence``."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    if fmt == "acled":
        return acled_csv.write(events, out, include_other_violence=include_other_violence)
    return writer(events, out)


__all__ = ["WRITERS", "FORMATS", "write_events"]
