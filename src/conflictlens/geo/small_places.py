"""The last resort for a US name no gazetteer place answers to: a small town of the
``zipcodes`` package (a village under cities500's 500 people: "Meadow Grove,
Nebraska"), taken only where the report bears it out.

Such towns are many (some 14,000) and most bear common words or surnames
("Energy", "Friendship", "Hickson"), so one is read only by its name as written, never
where a gazetteer place has that very name, in a report about another country, for a word of ``common_names.tsv`` or a
people's adjective, nor where nothing in the report says its state: the report
puts the name in that state or county ("Meadow Grove, Neb."), names the state in full
elsewhere, or settles a town of its own within :data:`SMALL_PLACE_KM` of it (or its
local outlet lies within :data:`SMALL_PLACE_OUTLET_KM`). A span
the model took for a person or organisation (or did not tag) counts only where the
words around make it a place ("in Meadow Grove").

A small town also stands in for a gazetteer town or county of its name that nothing in
the report bears out, where the report's other names are towns of the small town's state
and lie beside it (:meth:`SmallPlaces._small_over_reading`).
"""

from __future__ import annotations

import re

from . import tables
from .gazetteer import SMALL_PLACE_CODE, Candidate, haversine_km
from .normalize import normalize_name
from .patterns import Context
from .prior import _placed
from .ranking import LOCAL_KM
from .spans import ABBREVIATION, DATELINE, STRICT, _Span

#: a small town this close (km) to a town the report settles is borne out by it
SMALL_PLACE_KM = 40.0
#: ... or this close to the home of the report's outlet, a local paper's own area
SMALL_PLACE_OUTLET_KM = 100.0
#: the least share of the report's country weights the US must have
SMALL_PLACE_US_SHARE = 0.3
#: the least letters of a small town's name read at all ("Ada", "Ely" are words and initials)
SMALL_PLACE_LETTERS = 4
#: a capitalised word right after a name, which opens a longer one
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
#: a small town stands in for a gazetteer reading of its name under this many people ...
SMALL_OVER_POP = 100_000
#: ... where towns of at least this many of the report's other names lie in its state
#: (more than in the reading's)
SMALL_OVER_NAMES = 2
#: ... and a town of one of them within this many km (about a county's width)
SMALL_OVER_KM = 60.0


def is_small_place(c: Candidate) -> bool:
    """True for a town of the ``zipcodes`` package (:meth:`Gazetteer.small_places`)."""
    return c.feature_code == SMALL_PLACE_CODE


class SmallPlaces:
    """Small US towns as a last resort (a mixin of :class:`~conflictlens.geo.geocoder.Geocoder`)."""

    def _small_place(self, text: str, sp: _Span, ctx: Context, prior, container_of):
        """The one small town the report bears out for a span nothing else resolved,
        or None; never a settled reading (it moves no other name)."""
        from .resolve import _Resolution

        name = sp.name(text)
        cands = self._small_names(text, sp, ctx, prior)
        # (no place of the gazetteer by that very name, whatever the resolution made of
        # it: only another town's old or other name, which the resolution left, "Pleasant
        # City" once of a Michigan village, yields to the small town of that own name)
        if not cands or any(c.match == "exact" and (c.primary or c.level != "city") for c in self.gaz.lookup(name)):
            return None
        container = container_of() if ctx.container_at >= 0 else None
        if container is not None and container.country_code == "US" and container.level in ("admin1", "admin2"):
            held = [c for c in cands if self._contains(container, c)]
            return _Resolution(held[0], 0.45) if len(held) == 1 else None
        named = [c for c in cands if c.admin1_code in prior.named_admin1]
        near = [c for c in cands if _near_settled(c, prior) or _near_outlet(c, prior.outlet)]
        borne = near or named
        if len(borne) != 1:
            return None
        return _Resolution(borne[0], 0.35)

    def _small_names(self, text: str, sp: _Span, ctx: Context, prior) -> list[Candidate]:
        """The small towns a span may name at all, by its name as written (a sound key
        joins too many names): none for a common word, a people's adjective, a name
        too short, a name the model took for a person or organisation that no words
        place, or in a report about another country."""
        if sp.label == ABBREVIATION or ctx.titled or ctx.feature_kind_before == "natural":
            return []
        if prior.share("US") < SMALL_PLACE_US_SHARE:
            return []
        name = sp.name(text)
        if sum(ch.isalpha() for ch in name) < SMALL_PLACE_LETTERS or not any(ch.islower() for ch in name) \
                and sp.label != DATELINE:
            return []
        folded = name.casefold()
        if folded in tables.common_names() or folded in tables.demonyms() or self._natural(name, ctx):
            return []
        if sp.label in STRICT and not (_placed(ctx, text, sp.end) or ctx.local):
            return []
        return [c for c in self.gaz.small_places(name) if c.match == "exact"]

    def _small_over_reading(self, text: str, sp: _Span, ctx: Context, prior, r):
        """The one small town that replaces the gazetteer's reading ``r`` of its name
        (a town or county under :data:`SMALL_OVER_POP` people) that nothing in the
        report bears out, where the report's other names bear the small town's state out:
        towns of at least :data:`SMALL_OVER_NAMES` of them lie in that state, more than
        in the reading's, and one of them lies within :data:`SMALL_OVER_KM` of it ("a fire in
        Weston" beside Celina, Anna and McKinney is the Texas village, not the Florida
        city). A name opening a longer one ("Willow Valley Estates") is left alone. A reading
        the report settles, puts in a unit, names the state of or reads near its
        settled towns stays; so does one in a state as borne out."""
        from .resolve import _Resolution

        c0 = r.cand
        if r.settled or c0.country_code != "US" or c0.level not in ("city", "admin2") \
                or c0.population >= SMALL_OVER_POP or ctx.container_at >= 0 \
                or c0.admin1_code in prior.named_admin1 or any(
                    haversine_km(c0.latitude, c0.longitude, lat, lon) <= LOCAL_KM for lat, lon, _k in prior.local_points):
            return None
        if sp.label not in ("GPE", "LOC", DATELINE) and not (_placed(ctx, text, sp.end) or ctx.local):
            return None  # (a name tagged a place, or one the words around place)
        if _CAPITAL_AFTER_RE.match(text, sp.end):
            return None  # (standing alone: "Willow Valley Estates" is no town of "Willow")
        cands = self._small_names(text, sp, ctx, prior)
        if not cands:
            return None
        key = normalize_name(sp.name(text))

        def names_in(code: str) -> int:
            return len(prior.town_units.get(code, set()) - {key})
        # (and lie beside a town of another of its names: the report's own area)
        towns = [t for name in prior.names if normalize_name(name) != key for t in self.gaz.lookup(name)
                 if t.level == "city" and t.match == "exact" and t.primary]
        cands = [c for c in cands if any(
            t.admin1_code == c.admin1_code and haversine_km(c.latitude, c.longitude, t.latitude, t.longitude)
            <= SMALL_OVER_KM for t in towns)]
        if not cands:
            return None
        best = max(names_in(c.admin1_code) for c in cands)
        borne = [c for c in cands if names_in(c.admin1_code) == best]
        if best < SMALL_OVER_NAMES or best <= names_in(c0.admin1_code) or len(borne) != 1:
            return None
        home = prior.outlet
        if home is not None and home.admin1_code and home.country_code == "US" \
                and borne[0].admin1_code != home.admin1_code:
            return None  # (a local paper's small towns lie in its own state)
        return _Resolution(borne[0], 0.35)


def _near_settled(c: Candidate, prior) -> bool:
    return any(haversine_km(c.latitude, c.longitude, lat, lon) <= SMALL_PLACE_KM
               for lat, lon, _k in prior.local_points)


def _near_outlet(c: Candidate, home) -> bool:
    return home is not None and home.latitude is not None and home.country_code == "US" \
        and haversine_km(c.latitude, c.longitude, home.latitude, home.longitude) <= SMALL_PLACE_OUTLET_KM
