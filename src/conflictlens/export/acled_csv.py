"""ACLED CSV: exactly the 31 ACLED columns, in ACLED's order, so existing tools load it.

Lines end in ``\\n``; open files with ``newline=""`` as the csv module advises.
"""
from __future__ import annotations

import csv
from typing import Iterable, Sequence, TextIO

from ..model import ACLED_COLUMNS, Event


def cell(value) -> object:
    """None -> empty cell; everything else as the csv module writes it."""
    return "" if value is None else value


def write_rows(rows: Iterable[dict], columns: Sequence[str], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        n += 1
    return n


def write(events: Iterable[Event], out: TextIO, include_other_violence: bool = False) -> int:
    """Header row plus one row per event; returns how many events were written.

    Events of type ``Other violence`` (``--scope all-violence``) lie outside ACLED's
    taxonomy and are left out unless ``include_other_violence``."""
    if not include_other_violence:
        events = (e for e in events if e.event_type != "Other violence")
    return write_rows((e.to_row() for e in events), ACLED_COLUMNS, out)
