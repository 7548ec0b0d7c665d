"""Where a whole report is set: the countries its places resolve to.

The store links a report that codes no act of violence to a stored event by the names or
words it shares with that event's reports (store/base.py: _link_related, _link_resembling).
Names and words travel: a city's, its police's, a crime's vocabulary. A report with no date
whose every place lies in another country than the event's is about another incident however
many of them it shares (a robbery in one country, a suicide in custody in another). The
countries are kept with the report (store/dedupe.py: far_from), with the names of the places
that gave them: a place the event's own reports name too is the event's, read as a namesake
abroad (a Naples, a Paris, whose state the report does not name).
"""
from __future__ import annotations

from ..model import PlaceMention


def told_countries(places: list[PlaceMention]) -> str:
    """The ISO alpha-2 codes of the countries a report's places (every kind: a demonym and
    an organisation's town name their country too) resolve to, sorted, comma-joined."""
    return ",".join(sorted({p.country_code for p in places if p.country_code}))


def told_place_names(places: list[PlaceMention]) -> str:
    """The names of a report's places that resolve to a country, as the report writes them,
    sorted, comma-joined: the store asks whether the event's reports name them too."""
    return ",".join(sorted({" ".join(p.text.replace(",", " ").split()) for p in places
                            if p.country_code and p.text.strip()}))
