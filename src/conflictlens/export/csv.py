"""Format "csv": the 31 ACLED columns plus the evidence behind each row, flattened, and
the PLOVER event type, mode and context.

Kept separate from the ``acled`` format so the ACLED file stays byte-compatible
while this one lets a reader check each row against its sentence.
"""
from __future__ import annotations

from typing import Iterable, TextIO

from ..model import ACLED_COLUMNS, Event
from .acled_csv import write_rows
from .jsonl import extended_row

COLUMNS: tuple[str, ...] = ACLED_COLUMNS + (
    "article_id", "evidence_text", "evidence_start", "evidence_end", "confidence",
    "plover_event", "plover_mode", "plover_context",
)


def _row(event: Event) -> dict:
    row = extended_row(event)
    ev = row.pop("evidence") or {}
    row["evidence_text"] = ev.get("text")
    row["evidence_start"] = ev.get("start")
    row["evidence_end"] = ev.get("end")
    return row


def write(events: Iterable[Event], out: TextIO) -> int:
    """Header row plus one row per event; returns how many events were written."""
    return write_rows((_row(e) for e in events), COLUMNS, out)
