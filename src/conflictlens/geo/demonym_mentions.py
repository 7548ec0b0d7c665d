"""A country's adjective as a toponym of that country, for toponym output only.

Geoparsing corpora (LGL) count "Georgian troops" and "Palestinians" as mentions of
Georgia and Palestine: the adjective points at the country as plainly as its name.
``geoparse`` lists them so, marked ``kind="demonym"``; events never take a place from
them (the pipeline reads :meth:`Geocoder.find_places`, which leaves them out), since
"Iraqi forces" says whose forces, not where they fought. Only a country's own
adjective counts (``data/geo/demonyms.tsv``, blank kind), or a region's or state's
(kind ``region``, with the region's name: "South Ossetian", "Texan"), which points at
that region as plainly; a people's word ("Kurdish", "Pashtun") points at no one place.
"""
from __future__ import annotations

import re

from ..model import PlaceMention
from . import tables
from .context import demonym_codes
from .countries import country_info
from .gazetteer import Gazetteer
from .normalize import exact_key

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


#: up to four capitalised words after an adjective: "American Falcon Home Loans Corp."
_WORDS_AFTER_RE = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.]*|&)){1,4}")


def _opens_company(text: str, end: int) -> bool:
    """True when the adjective opens the name of a company, a club or a building ("the
    American Kidney Guild Association", "Italian Garden Grill's patio", ``data/geo/company_words.tsv``):
    the body's name, which says no country."""
    m = _WORDS_AFTER_RE.match(text, end)
    return m is not None and any(
        re.sub(r"(?:['’]s|['’.])$", "", w).casefold() in tables.company_words() for w in m.group().split())


#: the two capitalised words after an adjective: "Zealand Herald" of "New Zealand Herald"
_TWO_WORDS_AFTER_RE = re.compile(r"[ \t]+([A-Z][\w\-]*)(?:[ \t]+([A-Z][\w\-]*))?")


def _opens_paper(text: str, end: int) -> bool:
    """True when the adjective opens a paper's title ("the Ruritanian Daily Star",
    ``data/geo/masthead_words.tsv``): the paper says no place, as a town opening
    its title says none."""
    m = _TWO_WORDS_AFTER_RE.match(text, end)
    return m is not None and any((w or "").casefold() in tables.masthead_words() for w in m.groups())


#: the word after an adjective and what a list of adjectives puts before it: "food" of
#: "Mexican food", of "Greek and Italian food"
_STYLE_AFTER_RE = re.compile(r"(?:[ \t]+(?:and|or|&)[ \t]+[A-Z][a-z]+)?[ \t]+([a-zé]+)\b")


def _names_style(text: str, end: int) -> bool:
    """True when the adjective names a style of cooking, drink or music, or a language
    taught ("Mexican food", "an Irish pub", "Irish songs", "a French immersion school",
    ``data/geo/style_nouns.tsv``): made or sung where the report is, in that country's
    manner, which places nothing in the country."""
    m = _STYLE_AFTER_RE.match(text, end)
    return m is not None and m.group(1) in tables.style_nouns()


#: the word before an adjective and the space or hyphen joining them: "North " of "North
#: American", "African-" of "African-American"
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([A-Za-z]+)[ \t-]$")


def _in_compound(text: str, start: int, end: int) -> bool:
    """True when the adjective closes a two-word adjective that names another region or a
    people ("North American", "Latin American", "African-Americans",
    ``data/geo/demonym_compounds.tsv``): no mention of the country."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    word = text[start:end].casefold()
    compounds = tables.demonym_compounds()
    first = m.group(1).casefold()
    return f"{first} {word}" in compounds or (word.endswith("s") and f"{first} {word[:-1]}" in compounds)


def _unplaced(word: str, places: list[PlaceMention]) -> bool:
    """True when the adjective is also another people's name and the report names no
    place in its country ("Caddo and Atakapa Indians" in a report on Texas,
    ``data/geo/placed_demonyms.tsv``): the people's, no mention of the country."""
    table = tables.placed_demonyms()
    key = word.casefold()
    if key not in table and key.endswith("s"):
        key = key[:-1]
    return key in table and not any(p.country_code == table[key] for p in places)


def _country_code(word: str) -> str:
    """ISO2 code of a country's adjective, also written as a plural ("Palestinians")."""
    table = tables.national_demonyms()
    key = word.casefold()
    return table.get(key) or (table.get(key[:-1], "") if key.endswith("s") else "")


def _region(gaz: Gazetteer, word: str):
    """The gazetteer's region of a region's adjective, also as a plural ("South Ossetians")."""
    table = tables.region_demonyms()
    key = word.casefold()
    row = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    if row is None:
        return None
    cc, name = row
    return next((c for c in gaz.lookup(name) if c.match == "exact" and c.country_code == cc
                 and c.level in ("admin1", "continent")), None)


def demonym_mentions(gaz: Gazetteer, text: str, places: list[PlaceMention],
                     centre: bool = False, people: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Country-level mentions of the country adjectives in ``text`` (and region-level
    ones of the regions' adjectives) that neither a place mention in ``places``
    overlaps nor open a place's name ("Indian Ocean", "French Guiana" stay the ocean
    and the territory) or a paper's title ("the Mexican Daily Star"), nor name a style
    ("Mexican food", "an Irish pub") or close a compound naming another region or a
    people ("North American", "African-Americans"), nor are another people's name in a
    report that names no place of the country ("Atakapa Indians"), nor a name of the
    report's people (``people``: exact keys; "Officer Jo French said" names a woman, not
    France). ``centre``: a first-level unit at its centre, as ``geoparse`` writes units,
    else at its seat."""
    out = []
    for start, end, _codes in demonym_codes(text):
        if any(p.start < end and start < p.end for p in places) or _opens_name(gaz, text, start, end) \
                or exact_key(text[start:end]) in people or _opens_company(text, end) \
                or _opens_paper(text, end) or _names_style(text, end) or _in_compound(text, start, end) \
                or _unplaced(text[start:end], places):
            continue
        cc = _country_code(text[start:end])
        place = gaz.country(cc) if cc else _region(gaz, text[start:end])
        if place is None:
            continue
        cc = place.country_code
        acled_name = country_info(cc)[0]
        lat, lon = place.latitude, place.longitude
        if centre and place.level == "admin1":
            lat, lon = gaz.centre(place.place_id) or (lat, lon)
        out.append(PlaceMention(
            start=start, end=end, text=text[start:end], name=place.name,
            geonameid=place.geonameid, latitude=lat, longitude=lon,
            country_code=cc, country=acled_name, admin1=place.admin1, feature_code=place.feature_code,
            population=place.population, confidence=DEMONYM_CONFIDENCE,
            location=acled_name if place.level == "country" else place.name, geo_precision=3,
            level=place.level, kind="demonym"))
    return out
