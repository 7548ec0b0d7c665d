"""The one state a local report is about, chosen for its ambiguous town names at once.

A local news report is about one area. Its town names are each ambiguous across
states (there is a Trenton, a Columbus, a Montgomery in many), and ranking each
name alone picks the largest namesake, scattering the report over the country.
Read together, the names usually share one state: the reading in which most of
them are towns (or counties) of one state is the report's, and a name read in
another state moves to its namesake there when that namesake is a real town (a
fair share of the one chosen) or lies beside another of the report's towns in the
state. A report that names another state itself ("Sioux Falls, S.D.") is about
more than one area and is left as it is.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .gazetteer import Candidate, haversine_km

#: the fewest distinct names of the report that must be towns or counties of the
#: state (or the state itself) for it to be the report's area
AREA_NAMES = 2
#: a namesake in the area replaces a reading elsewhere when it has at least this
#: share of that reading's population ...
AREA_SHARE = 0.05
#: ... or this share in a report naming the area's state itself ("Kansas")
AREA_NAMED_SHARE = 0.02
#: ... or when it lies within this many km of the reading of another name in the
#: area (a village beside the report's towns) ...
AREA_PAIR_KM = 40.0
#: ... with at least this share of that reading's population, unless the report
#: names the area's state itself
AREA_NEAR_SHARE = 0.02


@dataclass
class NameReading:
    """One name of the report: its chosen place and the places it may name."""

    key: str
    chosen: Candidate
    #: the towns (own name, exact), counties and first-level units of that name
    cands: list[Candidate]
    #: the report itself places the name ("Alverton, Ohio"): never moved
    placed: bool = False
    #: the name's readings say which states the report may be about; not so for a name
    #: read only through namesakes of part of it (a civil township the gazetteer lacks,
    #: "Alverton Township", is no town of every state with an Alverton)
    votes: bool = True


def _units(r: NameReading, country: str) -> set[str]:
    """The first-level units of ``country`` where the name is a town, a county or
    the unit itself."""
    return {c.admin1_code for c in r.cands if c.country_code == country and c.admin1_code}


def area_state(readings: list[NameReading]) -> str:
    """The admin1 code of the report's area, or "" when its names share no one state.

    The report's country is that of most of its chosen towns, counties and states; the area is the
    state of that country holding the most names (at least :data:`AREA_NAMES`, and
    more than any other state), holding the chosen readings of as many of them as
    any other state does (or named itself), and no other state of that country is
    named as a state by the report."""
    countries = Counter(r.chosen.country_code for r in readings
                        if r.chosen.country_code and r.chosen.level in ("city", "admin1", "admin2"))
    if not countries:
        return ""
    country = countries.most_common(1)[0][0]
    cover: Counter = Counter()
    for r in readings:
        if r.votes:
            cover.update(_units(r, country))
    named = {r.chosen.admin1_code for r in readings
             if r.chosen.level == "admin1" and r.chosen.country_code == country}
    most = max(cover.values(), default=0)
    tied = [u for u, n in cover.items() if n == most]
    held = Counter(r.chosen.admin1_code for r in readings if r.chosen.admin1_code)
    if len(tied) > 1 and len(named) == 1 and not any(held[u] for u in tied if u not in named):
        # (of states holding as many names, the one the report names itself, when
        # none of the others holds a name's reading: "Manhattan" in a report naming
        # Kansas, not a report on towns of two states)
        tied = [u for u in tied if u in named]
    if most < AREA_NAMES or len(tied) != 1:
        return ""
    area = tied[0]
    if named - {area}:
        return ""
    if held and held[area] < max(held.values()):
        # (the names' own readings lie mostly in another state: a report on several
        # cities, not on one area)
        return ""
    if not held[area] and not any(c.level == "admin1" and c.admin1_code == area for r in readings for c in r.cands):
        return ""
    return area


def area_reading(r: NameReading, area: str, readings: list[NameReading]) -> Candidate | None:
    """The place the name ``r`` names in the report's ``area``, when it should move
    there from its chosen reading elsewhere; else None."""
    chosen = r.chosen
    if r.placed or chosen.admin1_code == area or chosen.level not in ("city", "admin2", "country"):
        return None
    if chosen.level == "country":
        # a country named like the area itself ("Georgia" with Gainesville): the state
        unit = next((c for c in r.cands if c.level == "admin1" and c.admin1_code == area), None)
        if unit is not None:
            return unit
    level = "admin2" if chosen.level == "admin2" else "city"
    alts = [c for c in r.cands if c.admin1_code == area and c.level == level]
    if level == "admin2":
        # (a county stays a county, never a parish of that name: "Madison County")
        alts = [c for c in alts if c.name.split()[-1] == chosen.name.split()[-1]]
    if not alts:
        return None
    alt = max(alts, key=lambda c: c.population)
    near = any(other.key != r.key and other.chosen.admin1_code == area
               and haversine_km(alt.latitude, alt.longitude, other.chosen.latitude, other.chosen.longitude)
               < AREA_PAIR_KM for other in readings)
    named = any(other.chosen.level == "admin1" and other.chosen.admin1_code == area for other in readings)
    if near and (named or (chosen.level != "country" and alt.population >= AREA_NEAR_SHARE * chosen.population)):
        # (a village beside the report's towns takes a city's name only in a report
        # naming the state: "Boston" beside two towns near Buffalo is still the city)
        return alt
    # (a country's name, or a town abroad, only for a town beside the report's own)
    if chosen.level != "country" and chosen.country_code == alt.country_code \
            and alt.population >= (AREA_NAMED_SHARE if named else AREA_SHARE) * chosen.population:
        return alt
    return None


def township_reading(r: NameReading, area: str, readings: list[NameReading]) -> Candidate | None:
    """Where a civil township the gazetteer lacks lies, when its namesake town (``r.chosen``)
    is not it; else None. A township is a division of a county, and a local report naming
    one county names the township's: the county (of the report's ``area`` when it has
    one), unless the namesake town lies in it. (Without such a county the caller puts a
    township read in another state than the report's area in the area's state.)"""
    if r.placed:
        return None
    counties = {c.place_id: c for c in (o.chosen for o in readings)
                if c.level == "admin2" and c.country_code == r.chosen.country_code
                and (not area or c.admin1_code == area)}
    if any(c.admin1_code == r.chosen.admin1_code and c.name == r.chosen.admin2 for c in counties.values()):
        return None
    if len(counties) == 1:
        return next(iter(counties.values()))
    return None
