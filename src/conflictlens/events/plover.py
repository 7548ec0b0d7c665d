"""PLOVER event type and mode for an ACLED-coded event (issue #4 §4).

The mapping is a data file, ``data/events/plover.tsv`` (one row per ACLED sub-event
type), written for this project with the PLOVER manual's CAMEO conversion table as the
reference. It is an extra view for users of POLECAT-style data: the 31 ACLED columns
and the ACLED CSV export are untouched.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import read_table


@dataclass(frozen=True)
class PloverCode:
    event: str
    mode: str = ""
    context: str = ""
    cameo_ref: str = ""

    def to_dict(self) -> dict:
        return {"plover_event": self.event, "plover_mode": self.mode, "plover_context": self.context}


@lru_cache(maxsize=1)
def plover_table() -> dict[str, PloverCode]:
    out = {}
    for r in read_table("events", "plover.tsv"):
        if r.get("plover_event"):
            out[r["sub_event_type"]] = PloverCode(r["plover_event"], r.get("plover_mode", "") or "",
                                                  r.get("plover_context", "") or "", r.get("cameo_ref", "") or "")
    return out


def plover_for(sub_event_type: str) -> PloverCode | None:
    """The PLOVER code of an ACLED sub-event type (None for "Other" and unknown types)."""
    return plover_table().get(sub_event_type)


def plover_of_event(event) -> dict:
    """``{"plover_event", "plover_mode", "plover_context"}`` for an :class:`~conflictlens.model.Event`
    (empty strings when there is no PLOVER equivalent)."""
    code = plover_for(getattr(event, "sub_event_type", ""))
    return code.to_dict() if code else {"plover_event": "", "plover_mode": "", "plover_context": ""}
