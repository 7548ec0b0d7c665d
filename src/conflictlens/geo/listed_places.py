"""A name the model took for a person or an organisation, listed right beside a name it
tagged a place ("cases in Kitui and Machakos", "Bexley and Croydon councils"): an item
of a list of places, read in that place's country.

Kept apart from one span's resolution: it reads the span's neighbours in the list, once
they are resolved.
"""

from __future__ import annotations

from .gazetteer import Candidate
from .resolve import _Resolution
from .spans import _own_name, STRICT

#: levels a listed name and its tagged neighbour may have: a town or a unit below a country
#: ("Jordan and Egypt" lists countries, which their own rules read)
_LEVELS = ("city", "admin1", "admin2")
#: a town this small is a reading only where words place it
_SMALLEST = 1000


class ListedPlaces:
    """Listed names of :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _listed_place(self, report, i: int) -> _Resolution | None:
        """The place an unresolved person- or organisation-tagged (or untagged) span ``i``
        names when it stands in a list next to a span the model tagged a place that
        resolved to a town or a unit below its country: that country's town or unit
        called by the span's own name (the neighbour's level first, then its state, then
        the largest). A full personal name, a titled name, a body's name ("the universities of
        Ohio and Perth") and a common word stay out."""
        from ..nlp.parser import dictionary_word
        sp, ctx, text = report.spans[i], report.contexts[i], report.text
        name = sp.name(text)
        # (nor a name after "the universities of X and": bodies named after any place)
        if sp.label not in STRICT or ctx.titled or ctx.unit_body or sp.opening or (sp.label == "PERSON" and " " in name) \
                or dictionary_word(name.lower()) or not name[:1].isupper():
            return None
        for j in report.listed_indices(i):
            if report.spans[j].label not in ("GPE", "LOC"):
                continue
            near = report.resolve(j)
            if near is None or near.cand.level not in _LEVELS:
                continue
            cands = [c for c in self.gaz.lookup(name) if _listed_reading(c, near.cand)]
            if cands:
                best = max(cands, key=lambda c: (c.level == near.cand.level,
                                                 c.admin1_code == near.cand.admin1_code, c.population))
                return _Resolution(best, 0.5)
        return None


def _listed_reading(c: Candidate, near: Candidate) -> bool:
    """A town or unit by its own name in the listed neighbour's country."""
    return c.match == "exact" and _own_name(c) and c.country_code == near.country_code \
        and c.level in _LEVELS and (c.level != "city" or c.population >= _SMALLEST)
