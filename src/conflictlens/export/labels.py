"""Text labels for ACLED's numeric actor-type and interaction codes.

We keep the numeric code internally (spec §3.3) and write the text label on export,
as current ACLED exports do.
"""
from __future__ import annotations

INTER_LABELS = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def inter_label(code: int | None) -> str:
    """``3`` -> ``"Political militia"``; empty when there is no actor."""
    return INTER_LABELS.get(code or 0, "")


def interaction_label(inter1: int | None, inter2: int | None) -> str:
    """``(1, 2)`` -> ``"State forces-Rebel group"``, ``(5, None)`` -> ``"Rioters only"``."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{INTER_LABELS[codes[0]]} only"
    return f"{INTER_LABELS[codes[0]]}-{INTER_LABELS[codes[1]]}"
