"""Large water bodies as toponyms, for toponym output only.

Geoparsing corpora count "the Red Sea" as a toponym. The gazetteer indexes most seas
among its world regions, but leaves out those named like an admin unit (Sudan's Red Sea
state): there a sea is no answer for an event. ``geoparse`` lists the seas, gulfs,
straits and lakes of ``data/geo/water_bodies.tsv`` that no place mention covers, at their
conventional point; events never take a place from them (the pipeline reads
:meth:`Geocoder.find_places`, which leaves them out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import PlaceMention
from . import tables

#: the confidence of a water body read from the table
WATER_CONFIDENCE = 0.5
#: a capitalised word or a unit's word after the name: "Red Sea Hotel", "Red Sea state"
#: (a weekday's or a month's name after it closes the name: "in the Red Sea Monday")
_AFTER_RE = re.compile(r"[ \t]+(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|"
                       r"April|May|June|July|August|September|October|November|December)\b)[A-Z]|"
                       r"(?:state|governorate|province|region|county|district|municipality|wilayah?)\b)")


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern, dict[str, tuple[str, float, float]]]:
    """One pattern of all the table's names and aliases, and each form's row."""
    rows = {}
    for name, aliases, _kind, lat, lon in tables.water_bodies():
        for form in (name, *aliases):
            rows[form] = (name, lat, lon)
    alts = "|".join(re.escape(f) for f in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-]){'(?:' + alts + ')' if alts else '(?!)'}(?![\w\-])"), rows


def water_mentions(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions of the table's water bodies in ``text`` that no place in ``places``
    overlaps and that open no body's name or unit's ("the Red Sea Hotel", "Red Sea
    state"), at precision 3 with no country."""
    pattern, rows = _forms()
    out = []
    for m in pattern.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in places) or _AFTER_RE.match(text, m.end()):
            continue
        name, lat, lon = rows[m.group()]
        out.append(PlaceMention(
            start=m.start(), end=m.end(), text=m.group(), name=name, geonameid=None,
            latitude=lat, longitude=lon, country_code="", confidence=WATER_CONFIDENCE,
            location=name, geo_precision=3, level="continent"))
    return out
