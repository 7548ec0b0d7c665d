"""The day of an incident a report leads with its arrest ("X was charged Tuesday in the shooting
death of Y. ... Y was shot on Saturday night"): the lead's violence has only the arrest's day as a
bound, and the sentence that tells the same kind of violence with its own day, wherever it stands
in the report, dates it instead (a report of one incident told twice is one event, not two)."""
from __future__ import annotations

from .lexicon import aggregation_family
from .mentions import EventMention


def date_bounded_from_told_violence(mentions: list[EventMention]) -> None:
    """Give each mention dated only by an aftermath's day (``date_bound``) the day of the first
    mention of its family whose own sentence dates it to a day no later than that bound."""
    for m in mentions:
        if not m.date_bound or not m.days:
            continue
        fam = aggregation_family(m.event_type, m.sub_event_type)
        told = next((o for o in mentions if o is not m and not o.date_bound and o.date_source == "sentence"
                     and o.time_precision == 1 and len(o.days) == 1 and o.days[0] <= m.days[-1]
                     and aggregation_family(o.event_type, o.sub_event_type) == fam
                     and not _told_elsewhere(m, o)), None)
        if told is not None:
            m.days, m.time_precision = list(told.days), told.time_precision
            m.date_text, m.date_relative, m.date_bound = told.date_text, told.date_relative, False


def _told_elsewhere(m: EventMention, other: EventMention) -> bool:
    """Both sentences name their own scene and no place is shared: another item of a roundup ("On
    Saturday, jihadists ambushed troops near Djibo. On Sunday, the army said its drones struck a camp
    near Arbinda"), whose day is not this incident's."""
    if m.place_source != "sentence" or other.place_source != "sentence" or not m.places or not other.places:
        return False
    return not {p.location for p in m.places} & {p.location for p in other.places}
