"""JSON Lines: one object per event (the pipeline's main contract): ``Event.to_row()``
plus the views that are not ACLED columns (the reports behind a stored event, the
PLOVER event type and mode)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..events.plover import plover_of_event
from ..model import Event


def extended_row(event: Event) -> dict:
    """``to_row()``, then ``article_ids`` (events from the store: every report behind it)
    and ``plover_event``/``plover_mode``/``plover_context`` (issue #4 §4; empty when the
    sub-event type has no PLOVER equivalent). The ``acled`` CSV never carries these."""
    row = event.to_row()
    if getattr(event, "article_ids", None):
        row["article_ids"] = list(event.article_ids)
    row.update(plover_of_event(event))
    return row


def write(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per event; returns how many were written."""
    n = 0
    for event in events:
        out.write(json.dumps(extended_row(event), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
