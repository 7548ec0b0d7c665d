"""The states a report is about, and the towns the gazetteer reads outside them.

A local report names its state ("Pike County, Ohio", "DAYTON, Ohio") and writes the
state after any town outside it. So in a report that names its states, a small town
the gazetteer reads in another state the report never names is no place of the
violence: a surname ("Keller said" read as Keller, Texas, in a report from Ohio), a
hospital or an apartment complex's name, or a namesake of a local hamlet missing from
the gazetteer (read as its namesake in Kentucky).
Such towns are left out of the event's place (they stay toponyms, so geoparsing is
unchanged). A state counts once a town of it or a second mention confirms it: a state
told once in passing (where a family lived before) switched the rule on in a report on
a town of another state. Countries and sizes: ``data/events/state_countries.tsv``.
(GVC train/dev: place within 25 km 151 -> 155 of 207, B-cubed 0.969 and date 182 kept;
killed 178 -> 175, by which report's toll a merged event keeps.)
A local outlet's report that names no state is about its outlet's (a Tennessee station's
"an apartment in Madison" is no Madison in Wisconsin): there the outlet's state stands
for the report's, and a town of another state is a stray beyond the station's own area
(:data:`HOME_AREA_KM`: a station near a state line tells the towns across it bare) that
bears a name common to many states (a far one would be told with its state). When
such strays are all the towns the report names, they name a local place the gazetteer
lacks, and stand for the place near the outlet's town (geo_precision 2), as a coder
would place a neighbourhood of the station's city that no map at hand shows.
(GVC train/dev: place within 25 km 169 -> 170 of 207, per report 355 -> 358 of 378.)
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from functools import lru_cache

from ..data import read_table
from ..geo.gazetteer import haversine_km
from ..model import PlaceMention

#: a local outlet's own area: the towns within this distance of its home, in any state
HOME_AREA_KM = 250.0
#: a town name borne in this many states or more is one a local report writes with its
#: state when it means a far town ("Madison"; not "Kansas City", the one city of two states)
COMMON_NAME_UNITS = 3


@lru_cache(maxsize=1)
def _countries() -> dict[str, int]:
    return {r["country"]: int(r["max_population"]) for r in read_table("events", "state_countries.tsv")}


def report_states(places: list[PlaceMention]) -> tuple[str, set[str]]:
    """The country of the table whose states and counties the report names most, and the
    states (admin1 names) it names, by name or by a county's, and confirms by a town of
    the state or a second mention of it ("New Mexico" told once of a family's past in a
    report on a town in Alaska is no state of the report); ("", set()) when none."""
    table = _countries()
    named = [p for p in places if p.level in ("admin1", "admin2") and p.kind == "name" and p.country_code in table]
    if not named:
        return "", set()
    cc = Counter(p.country_code for p in named).most_common(1)[0][0]
    told = Counter(p.admin1 for p in named if p.country_code == cc and p.admin1)
    towns = {p.admin1 for p in places if p.level == "city" and p.country_code == cc}
    return cc, {state for state, n in told.items() if n >= 2 or state in towns}


@lru_cache(maxsize=1)
def _standalone() -> frozenset[tuple[str, str, str]]:
    return frozenset((r["country"], r["admin1"], r["town"]) for r in read_table("events", "standalone_towns.tsv"))


def stands_alone(p: PlaceMention, limit: int) -> bool:
    """A city the country's reports name without its state: one of the dateline cities
    (``data/events/standalone_towns.tsv``: "Chicago", not Madison, Wisconsin's capital of
    280,000 people, that a Tennessee report writes "Madison, Wis."), or one of ``limit``
    people or more."""
    return p.population >= limit or (p.country_code, p.admin1, p.name) in _standalone()


def stray_towns(places: list[PlaceMention], home: PlaceMention | None = None) -> set[int]:
    """ids of the town mentions read in a state of the report's country that the report
    names nowhere (as a state nor by a county of it), but for cities that stand alone.
    ``home``: the report's local outlet's town, whose state is the report's when it names
    none (then towns within :data:`HOME_AREA_KM` of it are no strays either)."""
    cc, states = report_states(places)
    near = None
    if not states and _home_rules(home):
        cc, states, near = home.country_code, {home.admin1}, home
    if not states:
        return set()
    limit = _countries()[cc]
    return {id(p) for p in places
            if p.level == "city" and p.country_code == cc and p.admin1 not in states
            and not stands_alone(p, limit)
            and (near is None or p.name_units >= COMMON_NAME_UNITS
                 and haversine_km(p.latitude, p.longitude, near.latitude, near.longitude) > HOME_AREA_KM)}


def _home_rules(home: PlaceMention | None) -> bool:
    return home is not None and home.country_code in _countries() and bool(home.admin1)


def event_places(places: list[PlaceMention], home: PlaceMention | None = None) -> list[PlaceMention]:
    """The mentions that may place the report's violence: all but :func:`stray_towns`,
    which stand for the place near the outlet's town (``home``) when the report names
    no state and no other town or county."""
    strays = stray_towns(places, home)
    if not strays:
        return places
    if _home_rules(home) and not report_states(places)[1] and not any(
            p.level in ("city", "admin2") and id(p) not in strays and p.kind == "name" for p in places):
        return [dataclasses.replace(home, start=p.start, end=p.end, text=p.text) if id(p) in strays else p
                for p in places]
    return [p for p in places if id(p) not in strays]
