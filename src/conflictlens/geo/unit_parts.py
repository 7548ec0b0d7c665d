"""A compass part of a county ("in south Brill County", "northern Brill County", "the
western part of Brill County"): the report tells where in the county it happened, so a
county-level place stands at the most populous town of that part (its towns north,
south, east or west of the county's middle), not at the county's largest town, which
may lie at its other end. The place stays a county-level one (precision 3, spec §4.2:
a region with no town named); only its point and its named town move.

Every mention of the county in the report moves with it when its compass mentions all
name the same part (the dateline's "BRILL COUNTY" and the body's "south Brill County"
are one place); mentions of a county told in two parts keep the county's own point but
for the compass mentions themselves.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import PlaceMention
from .gazetteer import Gazetteer
from .normalize import normalize_name

_COMPASS = (r"(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?")
#: a compass word right before the name ("south Brill County", "rural northern Brill County",
#: "Southwest Brill") or "the <compass> part/end/... of" ("the western part of Brill County")
_PART_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_COMPASS})(?:[ \t]+rural)?|the[ \t]+(?:far[ \t]+)?(?P<b>{_COMPASS})[ \t]+"
    r"(?:part|parts|portion|end|edge|tip|half|section|corner|reaches|side)[ \t]+of(?:[ \t]+the)?)[ \t]+$",
    re.I)


def _bearing(word: str) -> tuple[int, int]:
    """(north +1 / south -1 / 0, east +1 / west -1 / 0) of a compass word."""
    w = word.casefold()
    return (1 if w.startswith("north") else -1 if w.startswith("south") else 0,
            1 if "east" in w else -1 if "west" in w else 0)


def compass_part(text: str, m: PlaceMention) -> tuple[int, int] | None:
    """The part of a county mention the words before it name, else None."""
    if m.level != "admin2":
        return None
    hit = _PART_BEFORE_RE.search(text, max(0, m.start - 48), m.start)
    if hit is None:
        return None
    return _bearing(hit.group("a") or hit.group("b"))


def part_town(gaz: Gazetteer, m: PlaceMention, part: tuple[int, int]):
    """The most populous town of the county lying in ``part`` of it (seen from the middle
    of its towns' extent); None when the gazetteer lacks the county or its towns there."""
    unit = next((c for c in gaz.lookup(m.name, m.country_code or None)
                 if c.level == "admin2" and c.name == m.name and c.admin1 == m.admin1), None)
    centre = gaz.centre(unit.place_id) if unit is not None else None
    if centre is None:
        return None
    ns, ew = part
    for town in gaz.towns_of(unit.place_id):  # most populous first
        if (ns == 0 or (town.latitude - centre[0]) * ns > 0) and (ew == 0 or (town.longitude - centre[1]) * ew > 0):
            return town
    return None


def _a_town_name(gaz: Gazetteer, text: str, m: PlaceMention) -> bool:
    """The compass word and the name make a town's name of the country ("East St. Louis"),
    or open the county's own ("East Baton Rouge Parish" read from "Baton Rouge")."""
    hit = _PART_BEFORE_RE.search(text, max(0, m.start - 48), m.start)
    word = hit.group("a") if hit is not None else None
    if not word:
        return False
    if normalize_name(m.name).startswith(normalize_name(f"{word} {m.text}")):
        return True
    return any(c.level == "city" and c.match == "exact"
               for c in gaz.lookup(f"{word} {m.text}", m.country_code or None))


def place_county_parts(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the county mentions a compass part names put at that part's town."""
    parts: dict[tuple[str, str, str], set] = {}
    told: dict[int, tuple[int, int]] = {}
    for i, m in enumerate(mentions):
        part = compass_part(text, m)
        if part is None or _a_town_name(gaz, text, m):
            continue
        told[i] = part
        parts.setdefault((m.country_code, m.admin1, m.name), set()).add(part)
    if not told:
        return mentions
    out = list(mentions)
    towns: dict[tuple, object] = {}
    for i, m in enumerate(mentions):
        if m.level != "admin2":
            continue
        named = parts.get((m.country_code, m.admin1, m.name), set())
        part = told.get(i) or (next(iter(named)) if len(named) == 1 else None)
        if part is None:
            continue
        key = (m.country_code, m.admin1, m.name, part)
        if key not in towns:
            towns[key] = part_town(gaz, m, part)
        town = towns[key]
        if town is not None:
            out[i] = replace(m, latitude=town.latitude, longitude=town.longitude, location=town.name)
    return out
