"""The side a foreign army takes ground from when the report names none.

"Russian forces captured the village of X" names no opponent. Where two states fight a war
over ground (``data/events/state_fronts.tsv``) a place in the host country is taken from the
host state's forces, as ACLED codes it; a foreign army taking a place anywhere else, with no
opponent named, leaves no second side to guess (any armed group there may have held the
place), so the unidentified armed group a battle row would add is dropped.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..data import read_table
from ..model import Actor

UNIDENTIFIED = "Unidentified Armed Group"


@lru_cache(maxsize=1)
def _fronts() -> tuple[tuple[str, str, int, int], ...]:
    return tuple((r["attacker"].upper(), r["host"].upper(), int(r["since"] or 0), int(r["until"] or 9999))
                 for r in read_table("events", "state_fronts.tsv"))


def at_war_over_ground(attacker: str, host: str, on: date | None) -> bool:
    """``attacker``'s forces fight ``host``'s own for ground in ``host`` in the year of ``on``."""
    year = on.year if on else 9999
    return any(a == attacker and h == host and since <= year <= until for a, h, since, until in _fronts())


def foreign_taker(a1: Actor | None, country_code: str) -> bool:
    """``a1`` is a state's forces acting outside their own country."""
    return a1 is not None and bool(a1.country) and bool(country_code) and a1.country != country_code \
        and (a1.inter == 8 or a1.inter == 1)


def ground_holder(a1: Actor | None, a2: Actor | None, told: set[str], country_code: str, on: date | None,
                  host_forces) -> Actor | None:
    """actor2 of a capture by a foreign army: whoever the report names (``told``: the names of
    the actors its sentences name), else the host state's forces where the two states fight over
    ground there (``host_forces()``), else none. Anything else keeps ``a2``."""
    if not foreign_taker(a1, country_code) or a2 is None or not a2.name.startswith(UNIDENTIFIED) \
            or a2.name in told:
        return a2
    return host_forces() if at_war_over_ground(a1.country, country_code, on) else None
