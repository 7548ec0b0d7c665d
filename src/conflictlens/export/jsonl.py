"""JSON Lines: one ``Event.to_row()`` object per line (the pipeline's main contract)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..model import Event


def write(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per event; returns how many were written."""
    n = 0
    for event in events:
        row = event.to_row()
        if getattr(event, "article_ids", None):  # events from the store: every report behind it
            row["article_ids"] = list(event.article_ids)
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
