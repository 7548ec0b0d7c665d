"""What kind of violence an event is, by the codebook's aggregation families.

Two events can be one only when they are of one family (or either is violence coded
outside ACLED's taxonomy); the matching rules ask these questions of both sides.
"""
from __future__ import annotations

from ...events.lexicon import aggregation_family, is_violent_type, VIOLENT_FAMILIES
from ...model import Event


family = aggregation_family


VIOLENT = VIOLENT_FAMILIES


def is_violent(e: Event) -> bool:
    return is_violent_type(e.event_type, e.sub_event_type)


def is_crime(e: Event) -> bool:
    """Violence coded outside ACLED's taxonomy (``--scope all-violence``)."""
    return family(e.event_type, e.sub_event_type) == "other violence"


def told_as_crime(e: Event) -> bool:
    """Coded, or told by some report (its tags), as violence outside ACLED's taxonomy."""
    return is_crime(e) or "outside ACLED taxonomy" in (e.tags or "")


def same_kind(a: Event, b: Event) -> bool:
    """Are two events of one family of violence, or either coded outside ACLED's taxonomy
    (a crime report's shooting may be another's attack)? Asked where the date cannot be
    compared (same_event.py: describes, tells_kind)."""
    return family(a.event_type, a.sub_event_type) == family(b.event_type, b.sub_event_type) \
        or is_crime(a) or is_crime(b)
