"""A country's adjective as a toponym of that country, for toponym output only.

Geoparsing corpora (LGL) count "Georgian troops" and "Palestinians" as mentions of
Georgia and Palestine: the adjective points at the country as plainly as its name.
``geoparse`` lists them so, marked ``kind="demonym"``; events never take a place from
them (the pipeline reads :meth:`Geocoder.find_places`, which leaves them out), since
"Iraqi forces" says whose forces, not where they fought. Only a country's own
adjective counts (``data/geo/demonyms.tsv``, blank kind): a people's or a region's
word ("Kurdish", "Texan") points at no one country.
"""
from __future__ import annotations

import re

from ..model import PlaceMention
from . import tables
from .context import demonym_codes
from .countries import country_info
from .gazetteer import Gazetteer

#: the confidence of a country read from its adjective
DEMONYM_CONFIDENCE = 0.5
#: one or two capitalised words after an adjective: "French Guiana", "Indian Ocean"
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)?")


def _opens_name(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """True when the adjective opens a place's name, as spelt ("French Guiana")."""
    m = _NAME_AFTER_RE.match(text, end)
    if not m:
        return False
    words = m.group().split()
    return any(c.match == "exact" for n in range(len(words), 0, -1)
               for c in gaz.lookup(text[start:end] + " " + " ".join(words[:n])))


def _country_code(word: str) -> str:
    """ISO2 code of a country's adjective, also written as a plural ("Palestinians")."""
    table = tables.national_demonyms()
    key = word.casefold()
    return table.get(key) or (table.get(key[:-1], "") if key.endswith("s") else "")


def demonym_mentions(gaz: Gazetteer, text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Country-level mentions of the country adjectives in ``text`` that neither a
    place mention in ``places`` overlaps nor open a place's name ("Indian Ocean",
    "French Guiana" stay the ocean and the territory)."""
    out = []
    for start, end, _codes in demonym_codes(text):
        if any(p.start < end and start < p.end for p in places) or _opens_name(gaz, text, start, end):
            continue
        cc = _country_code(text[start:end])
        country = gaz.country(cc) if cc else None
        if country is None:
            continue
        acled_name = country_info(cc)[0]
        out.append(PlaceMention(
            start=start, end=end, text=text[start:end], name=country.name,
            geonameid=country.geonameid, latitude=country.latitude, longitude=country.longitude,
            country_code=cc, country=acled_name, feature_code=country.feature_code,
            population=country.population, confidence=DEMONYM_CONFIDENCE,
            location=acled_name or country.name, geo_precision=3, level="country", kind="demonym"))
    return out
