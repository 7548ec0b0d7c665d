"""JSON Lines: one ``Event.to_row()`` object per line (the pipeline's main contract)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..model import Event


def write(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per event; returns how many were written."""
    n = 0
    for event in events:
        out.write(json.dumps(event.to_row(), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
