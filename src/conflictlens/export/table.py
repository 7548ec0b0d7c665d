"""A fixed-width text table for reading events in a terminal (not for parsing)."""
from __future__ import annotations

import re
from typing import Iterable, TextIO

from ..model import Event

#: (header, width, right-aligned)
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("date", 10, False),
    ("type / sub-type", 28, False),
    ("actor1", 24, False),
    ("actor2", 24, False),
    ("location", 22, False),
    ("country", 12, False),
    ("fatal", 5, True),
    ("t/g", 3, False),
)
SEP = "  "


_PARENS = re.compile(r"\s*\([^()]*\)")


def fit(value: object, width: int) -> str:
    """One line, cut to ``width`` with an ellipsis so a cut is never mistaken for a name."""
    s = " ".join(str(value if value is not None else "").split())
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def fit_name(name: str, width: int) -> str:
    """Actor names lose their parenthesised qualifiers ("(2000-2024)") before being cut."""
    if len(name) > width:
        name = _PARENS.sub("", name) or name
    return fit(name, width)


def _type(event: Event, width: int) -> str:
    """"Type / Sub-type", or only the sub-type (which implies the type) when that is too long."""
    full = event.event_type
    if event.sub_event_type and event.sub_event_type != event.event_type:
        full = f"{event.event_type} / {event.sub_event_type}" if event.event_type else event.sub_event_type
    if len(full) > width and event.sub_event_type:
        return event.sub_event_type
    return full


def cells(event: Event) -> list[str]:
    return [
        event.event_date.isoformat(), _type(event, COLUMNS[1][1]),
        fit_name(event.actor1, COLUMNS[2][1]), fit_name(event.actor2, COLUMNS[3][1]),
        event.location, event.country, str(event.fatalities),
        f"{event.time_precision}/{event.geo_precision}",
    ]


def _line(values: list[str]) -> str:
    parts = []
    for value, (_, width, right) in zip(values, COLUMNS):
        v = fit(value, width)
        parts.append(v.rjust(width) if right else v.ljust(width))
    return SEP.join(parts).rstrip()


def write(events: Iterable[Event], out: TextIO) -> int:
    """Header, rule, one line per event, and a count; t/g = time/geo precision codes."""
    out.write(_line([h for h, _, _ in COLUMNS]) + "\n")
    out.write(SEP.join("-" * w for _, w, _ in COLUMNS) + "\n")
    n = 0
    for event in events:
        out.write(_line(cells(event)) + "\n")
        n += 1
    out.write(f"{n} event{'s' if n != 1 else ''}\n")
    return n
