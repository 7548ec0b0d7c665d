"""Swap each gold toponym of a geoparsing article for another real place name.

A probe of how toponym finding and resolution generalise: rules tuned on one half
of a corpus may have been fitted to the names in it, so the tuned figures can
flatter the rules. Here each gold toponym's surface text is replaced by the name
of another gazetteer place of the same level (for towns and units: the same
country, or the country its country was swapped for; towns of similar
population), and the gold point moves to the substitute's point, so the article
reads the same but with names the rules were never tuned on. A miss then means
span finding or ranking fails on a real name.

The swap is seeded and deterministic; a place named several times in one article
takes the same substitute each time. Towns and units stay in their own country
and first-level unit (the article's other words, "Minn." or "the sheriff", and its
outlet's home still fit them), and a country or first-level unit that holds
another gold toponym of the article is kept, so "Tyler, Texas" becomes "Kent,
Texas", never "Tyler, Ohio". A substitute keeps the original's ambiguity profile: when the
original was the most populous place of its name, so is the substitute. Names
that do not resolve to a gazetteer place near the gold point (demonyms,
misspellings, features) are left as they are.
"""
from __future__ import annotations

import math
import random
import re

from conflictlens.geo.gazetteer import Candidate, Gazetteer, haversine_km

#: a name as news writes it: capitalised ASCII words, hyphens, apostrophes
_PLAIN = re.compile(r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|de|of|and))*(?:'[a-z]+)?$")
#: official unit words news leaves out ("Punjab", not "Punjab Province")
_UNIT_WORDS = {"Province", "Governorate", "Region", "District", "Oblast", "Prefecture",
               "Department", "Municipality", "Division", "Provincia", "Departamento",
               "Estado", "Territory", "Krai", "Republic", "State", "Voivodeship", "Okrug",
               "Raion", "Rayon", "Council", "Commune", "City", "Sub", "Metropolitan"}
_LEVELS = ("country", "admin1", "admin2", "city")
#: which reading of a name the gold means when several lie at its point: a town over
#: the district named after it ("Leeds"), a state over its capital's namesake
_PREFER = ("country", "admin1", "city", "admin2")
_COLS = "id, name, lat, lon, cc, admin1_code, population, level, clat, clon"


def _plain(name: str) -> bool:
    return bool(_PLAIN.match(name)) and not (set(name.replace("-", " ").split()) & _UNIT_WORDS)


class Swapper:
    """Substitutes for the gold toponyms of one corpus, under one seed."""

    def __init__(self, gaz: Gazetteer, seed: int) -> None:
        self.gaz = gaz
        self.seed = seed
        self._con = gaz._con  # read-only queries on the places table
        self._pools: dict[tuple, list[tuple]] = {}
        self._dominant: dict[str, bool] = {}

    # -- the place a gold toponym names ---------------------------------------
    def original(self, surface: str, name: str, lat: float, lon: float) -> Candidate | None:
        """The gazetteer place the gold toponym names: a candidate of its name near the
        gold point (countries and first-level units: their point may be far off)."""
        best = None
        for form in dict.fromkeys((surface, name)):
            for c in self.gaz.lookup(form) if form else []:
                if c.level not in _LEVELS or c.match == "fuzzy":
                    continue
                d = haversine_km(lat, lon, c.latitude, c.longitude)
                ctr = self.gaz.centre(c.place_id)
                if ctr:
                    d = min(d, haversine_km(lat, lon, *ctr))
                limit = 1500 if c.level in ("country", "admin1") else 161
                if d <= limit and (best is None or (_PREFER.index(c.level), d) < best[0]):
                    best = ((_PREFER.index(c.level), d), c)
            if best:
                break
        return best[1] if best else None

    def dominant(self, name: str, place_id: int) -> bool:
        """Whether the place is the most populous one of its name (of any level)."""
        if name not in self._dominant:
            cands = [c for c in self.gaz.lookup(name) if c.match != "fuzzy"]
            top = max(cands, key=lambda c: (c.level == "country", c.population), default=None)
            self._dominant[name] = top is not None and top.place_id == place_id
        return self._dominant[name]

    # -- substitutes ----------------------------------------------------------
    def _pool(self, level: str, cc: str | None, a1: str | None) -> list[tuple]:
        key = (level, cc, a1)
        if key not in self._pools:
            sql = f"SELECT {_COLS} FROM places WHERE level=?"
            params: list = [level]
            if cc:
                sql += " AND cc=?"
                params.append(cc)
            if a1:
                sql += " AND admin1_code=?"
                params.append(a1)
            rows = [r for r in self._con.execute(sql + " ORDER BY population, id", params)
                    if _plain(r[1]) and r[2] is not None]
            self._pools[key] = rows
        return self._pools[key]

    def pick(self, rng: random.Random, orig: Candidate, cc: str, a1: str | None,
             taken: set[str]) -> tuple | None:
        """A substitute row for ``orig``: same level, in ``cc`` (and ``a1`` for towns and
        second-level units when given), of similar population, keeping dominance."""
        if orig.level == "country":
            pool = [row for row in self._pool("country", None, None) if (row[6] or 0) > 200_000]
        else:
            pool = self._pool(orig.level, cc, a1 if orig.level in ("city", "admin2") else None)
            if len(pool) < 5 and a1:
                pool = self._pool(orig.level, cc, None)
        pool = [r for r in pool if r[0] != orig.place_id and r[1] not in taken
                and r[1].lower() != orig.name.lower()]
        if not pool:
            return None
        lp = math.log10(max(orig.population, 1) + 1)
        pool.sort(key=lambda r: (abs(math.log10(max(r[6] or 0, 1) + 1) - lp), r[0]))
        want_dominant = self.dominant(orig.name, orig.place_id)
        out = []
        for r in pool[:60]:
            if self.gaz.place(r[0]) is None or not any(
                    c.place_id == r[0] for c in self.gaz.lookup(r[1])):
                continue  # its name must find it
            if want_dominant and not self.dominant(r[1], r[0]):
                continue
            out.append(r)
            if len(out) >= 8:
                break
        return rng.choice(out) if out else None

    def point(self, row: tuple) -> tuple[float, float]:
        """Where the substitute is: its centre for admin units, else its point."""
        if row[7] in ("admin1", "admin2"):
            ctr = self.gaz.centre(row[0])
            if ctr:
                return ctr
        return row[2], row[3]

    # -- one article ----------------------------------------------------------
    def swap(self, k: int, text: str, gold: list[tuple]) -> tuple[str, list[tuple], list[tuple]]:
        """(new text, new gold, [(old surface, new name, new gold start)]) of the k-th article."""
        rng = random.Random(f"{self.seed}:{k}")
        gold = sorted(gold, key=lambda g: (g[0], g[1]))
        found = []
        for s, e, name, lat, lon in gold:
            d = -1 if name and text[s:e] != name and text[s - 1:e - 1] == name else 0
            found.append(self.original(text[s + d:e + d], name or "", lat, lon))
        names_in = {text[s:e] for s, e, *_ in gold}
        taken = set(names_in)
        subs: dict[int, tuple] = {}
        # countries and first-level units holding another gold toponym stay
        held_cc = {c.country_code for c in found if c and c.level != "country"}
        held_a1 = {c.admin1_code for c in found if c and c.level in ("admin2", "city")}
        for c in found:
            if c is None or c.place_id in subs:
                continue
            if (c.level == "country" and c.country_code in held_cc) or (
                    c.level == "admin1" and c.admin1_code in held_a1):
                continue
            r = self.pick(rng, c, c.country_code, c.admin1_code, taken)
            if r:
                subs[c.place_id] = r
                taken.add(r[1])
        new_text, new_gold, pairs = [], [], []
        pos = shift = 0
        for (s, e, name, lat, lon), c in zip(gold, found):
            # GeoVirus counts its offsets from 1: its name is text[s-1:e-1]
            d = -1 if name and text[s:e] != name and text[s - 1:e - 1] == name else 0
            if s + d < pos:
                continue  # overlapping gold spans: keep the first
            r = subs.get(c.place_id) if c else None
            new_text.append(text[pos:s + d])
            if r:
                surface = text[s + d:e + d]
                # a headline in capitals ("FLOODS IN KENYA") keeps its capitals
                sub = r[1].upper() if surface.isupper() and surface.isalpha() and len(surface) > 3 else r[1]
                nlat, nlon = self.point(r)
                new_gold.append((s + shift, s + shift + len(sub), sub, nlat, nlon))
                new_text.append(sub)
                pairs.append((surface, sub, s + shift))
                shift += len(sub) - (e - s)
            else:
                new_gold.append((s + shift, e + shift, name, lat, lon))
                new_text.append(text[s + d:e + d])
            pos = e + d
        new_text.append(text[pos:])
        return "".join(new_text), new_gold, pairs
