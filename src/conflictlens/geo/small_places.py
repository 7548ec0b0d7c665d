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
"""

from __future__ import annotations

from . import tables
from .gazetteer import SMALL_PLACE_CODE, Candidate, haversine_km
from .patterns import Context
from .prior import _placed
from .spans import ABBREVIATION, DATELINE, STRICT, _Span

#: a small town this close (km) to a town the report settles is borne out by it
SMALL_PLACE_KM = 40.0
#: ... or this close to the home of the report's outlet, a local paper's own area
SMALL_PLACE_OUTLET_KM = 100.0
#: the least share of the report's country weights the US must have
SMALL_PLACE_US_SHARE = 0.3
#: the least letters of a small town's name read at all ("Ada", "Ely" are words and initials)
SMALL_PLACE_LETTERS = 4


def is_small_place(c: Candidate) -> bool:
    """True for a town of the ``zipcodes`` package (:meth:`Gazetteer.small_places`)."""
    return c.feature_code == SMALL_PLACE_CODE


class SmallPlaces:
    """Small US towns as a last resort (a mixin of :class:`~conflictlens.geo.geocoder.Geocoder`)."""

    def _small_place(self, text: str, sp: _Span, ctx: Context, prior, container_of):
        """The one small town the report bears out for a span nothing else resolved,
        or None; never a settled reading (it moves no other name)."""
        from .resolve import _Resolution

        if sp.label == ABBREVIATION or ctx.titled or ctx.feature_kind_before == "natural":
            return None
        if prior.share("US") < SMALL_PLACE_US_SHARE:
            return None
        name = sp.name(text)
        if sum(ch.isalpha() for ch in name) < SMALL_PLACE_LETTERS or not any(ch.islower() for ch in name) \
                and sp.label != DATELINE:
            return None
        folded = name.casefold()
        if folded in tables.common_names() or folded in tables.demonyms() or self._natural(name, ctx):
            return None
        if sp.label in STRICT and not (_placed(ctx, text, sp.end) or ctx.local):
            return None
        # (by its name as written: a sound key joins too many names; and no place of the
        # gazetteer by that very name, whatever the resolution made of it: only another
        # town's old or other name, which the resolution left, "Pleasant City" once of a
        # Michigan village, yields to the small town of that own name)
        cands = [c for c in self.gaz.small_places(name) if c.match == "exact"]
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


def _near_settled(c: Candidate, prior) -> bool:
    return any(haversine_km(c.latitude, c.longitude, lat, lon) <= SMALL_PLACE_KM
               for lat, lon, _k in prior.local_points)


def _near_outlet(c: Candidate, home) -> bool:
    return home is not None and home.latitude is not None and home.country_code == "US" \
        and haversine_km(c.latitude, c.longitude, home.latitude, home.longitude) <= SMALL_PLACE_OUTLET_KM
