"""Whether two events' actors can be the same parties.

Only named actors on both sides with nothing in common keep two events apart: an
unnamed perpetrator in one report may be the group another names, and a town resolved to
a namesake abroad lends its country's name to forces and civilians that are the same.
"""
from __future__ import annotations

import re

from ...model import Event


_GENERIC = ("unidentified", "civilians", "protesters", "rioters")


def _norm_actor(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name.lower())
    return " ".join(re.findall(r"[a-z0-9]+", name))


def named_actors(e: Event) -> list[str]:
    """The event's named actors (generic and unidentified ones left out), normalised."""
    names = [e.actor1, e.actor2, *e.assoc_actor_1.split(";"), *e.assoc_actor_2.split(";")]
    out = []
    for n in names:
        n = n.strip()
        if n and not n.lower().startswith(_GENERIC):
            norm = _norm_actor(n)
            if norm and norm not in out:
                out.append(norm)
    return out


def related_names(a: str, b: str) -> bool:
    a, b = _norm_actor(a), _norm_actor(b)
    return bool(a and b) and (a == b or a in b or b in a)


def actors_compatible(a: Event, b: Event) -> bool:
    """Only named actors on both sides with nothing in common keep two events apart:
    an unnamed perpetrator in one report may be the group another report names."""
    mine, theirs = named_actors(a), named_actors(b)
    if not mine or not theirs:
        return True
    if any(x == y or x in y or y in x for x in mine for y in theirs):
        return True
    # nothing in common: a contradiction when both name the perpetrator (actor1) or
    # both name two sides; a single name on one side may be the other side or an ally
    specific = lambda e: e.actor1 and not e.actor1.lower().startswith(_GENERIC)  # noqa: E731
    return not ((specific(a) and specific(b)) or (len(mine) >= 2 and len(theirs) >= 2))


def without_country(e: Event) -> Event:
    """``e`` with its country left out of its actors' names ("Police Forces of the United
    Kingdom", "Civilians (United Kingdom)"): actors told apart only by the country a
    misplaced town was resolved to are the same actors."""
    if not e.country:
        return e
    drop = re.compile(r"\s*(?:\bof\s+(?:the\s+)?)?\(?\b" + re.escape(e.country) + r"\b\)?", re.I)
    strip = lambda v: drop.sub("", v or "").strip()  # noqa: E731
    return e.replace(actor1=strip(e.actor1), actor2=strip(e.actor2), assoc_actor_1=strip(e.assoc_actor_1),
                     assoc_actor_2=strip(e.assoc_actor_2))
