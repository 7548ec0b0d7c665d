"""Find the places a report names and resolve each one, or say that none fits.

The small English model misses and mislabels place names (al-Qaim comes out as a
PERSON), so every candidate span is tried against the gazetteer; spans that may
well be people or organisations must match exactly, in a country the report is
about, and must not follow a title. Candidates are ranked with the report's own
context (its countries, the units it names, "X in Y" phrases), and a mention
below the gazetteer (a prison, a neighbourhood) is placed at its town as
``"Town - District"``, as ACLED does.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..model import PlaceMention
from . import tables
from .context import CountryPrior, dateline_place, demonym_codes
from .countries import country_info
from .gazetteer import Candidate, Gazetteer, haversine_km
from .normalize import ARTICLES, normalize_name
from .patterns import DIRECTIONS, Context, read_context

#: Entity labels worth trying; NORP (demonyms) only informs the country prior.
LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
#: Labels (and "" for spans the NER missed) whose spans must match strictly.
STRICT = frozenset({"PERSON", "ORG", ""})

_ART = "|".join(sorted((a for a in ARTICLES if a.isalpha()), key=len, reverse=True))
_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_CAPS_RE = re.compile(
    rf"(?<![\w\-])(?:(?:{_ART})-)?{_WORD}(?:[ \t]+(?:(?:{_ART})[- ])?{_WORD})*"
)
_LEAD_RE = re.compile(rf"^(?:the\s+|(?:{DIRECTIONS})\s+)+", re.I)
_ARTICLE_BEFORE_RE = re.compile(rf"(?<![\w\-])(?:{_ART})-$", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_CAPITAL_RE = re.compile(
    r"\b[Tt]he\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of|city\s+of))|\b([A-Z][a-z]+)['’]s\s+capital\b"
)
_STOP_NAMES = frozenset(
    "the a an this that these those he she it they we i monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december yesterday today".split()
)
CONTAINMENT_KM = 30.0
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z.]{1,5}$")


@dataclass
class _Span:
    """A stretch of report text that may name a place, cleaned to the bare name."""

    start: int
    end: int
    label: str

    def name(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class _Resolution:
    cand: Candidate
    conf: float


class Geocoder:
    """Resolve the place names of a parsed report against a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._features = tables.feature_words()

    # ------------------------------------------------------------------ spans
    def _clean(self, text: str, start: int, end: int, label: str) -> _Span | None:
        """Trim a raw span to the name: articles kept, "the", possessive, feature words dropped."""
        s = text[start:end]
        m = _LEAD_RE.match(s)
        if m:
            start += m.end()
        s = text[start:end]
        pm = _POSSESSIVE_RE.search(s)
        if pm and pm.start() > 0 and (pm.group() != "'" or s.endswith("s'")):
            end = start + pm.start()
        s = text[start:end]
        words = s.split()
        while len(words) > 1 and words[-1].lower() in self._features:
            end = start + s.rstrip().rfind(words[-1]) - 1
            while end > start and text[end - 1] == " ":
                end -= 1
            s = text[start:end]
            words = s.split()
        # include an Arabic article the NER left out ("al-" + "Hasakeh")
        am = _ARTICLE_BEFORE_RE.search(text[max(0, start - 5):start])
        if am:
            start -= len(am.group())
        s = text[start:end].strip(" .,;:-\"“”")
        if not s or s.lower() in _STOP_NAMES or len(s) < 2:
            return None
        off = text.find(s, start, end + 1)
        return _Span(off, off + len(s), label)

    def _spans(self, doc) -> list[_Span]:
        text = doc.text
        out: list[_Span] = []
        taken = [False] * (len(text) + 1)
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            sp = self._clean(text, ent.start_char, ent.end_char, ent.label_)
            if sp:
                out.append(sp)
                for i in range(ent.start_char, ent.end_char):
                    taken[i] = True
        demonyms = tables.demonyms()
        for m in _CAPS_RE.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            raw = m.group()
            if raw.casefold() in demonyms or raw.casefold() in _STOP_NAMES:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not any(t.pos_ == "PROPN" for t in span):
                continue
            sp = self._clean(text, m.start(), m.end(), "")
            if sp:
                out.append(sp)
        out.sort(key=lambda s: s.start)
        return out

    # ------------------------------------------------------------------ prior
    def _prior(self, doc, spans: list[_Span], contexts: list[Context]) -> CountryPrior:
        text = doc.text
        prior = CountryPrior()
        for _s, _e, codes in demonym_codes(doc):
            for cc, w in codes.items():
                prior.add(cc, w)
        dl = dateline_place(text)
        if dl:
            cands = [c for c in self.gaz.lookup(dl) if c.match == "exact"]
            if cands:
                prior.add(cands[0].country_code, 2.0)
        for sp, ctx in zip(spans, contexts):
            if ctx.titled and sp.label in STRICT:
                continue
            cands = [c for c in self.gaz.lookup(sp.name(text)) if c.match != "fuzzy"]
            if not cands:
                continue
            top = cands[0]
            if top.level == "country" and top.match == "exact":
                prior.add(top.country_code, 1.0)
            elif top.level == "admin1":
                admins = [c for c in cands if c.level == "admin1"]
                if len(admins) == 1:
                    prior.add(top.country_code, 0.5)
                    prior.admin1_codes.add(top.admin1_code)
        return prior

    # ------------------------------------------------------------------ ranking
    def _contains(self, outer: Candidate, inner: Candidate) -> bool:
        """True when ``inner`` lies in ``outer`` (same unit, or near a town)."""
        if outer.place_id == inner.place_id or outer.country_code != inner.country_code:
            return False
        if outer.level == "country":
            return True
        if outer.level == "admin1":
            return inner.admin1_code == outer.admin1_code
        if outer.level == "admin2":
            return inner.admin2 == outer.name
        return haversine_km(outer.latitude, outer.longitude, inner.latitude, inner.longitude) < CONTAINMENT_KM

    def _rank(self, cands: list[Candidate], prior: CountryPrior, ctx: Context,
              container: Candidate | None) -> list[tuple[float, Candidate]]:
        scored = []
        for c in cands:
            s = c.score
            s += 0.8 * prior.share(c.country_code) + (0.2 if c.country_code in prior else 0.0)
            if c.admin1_code in prior.admin1_codes and c.level != "admin1":
                s += 0.3
            if container is not None and self._contains(container, c):
                s += 0.6
            s += 0.15 * min(1.0, math.log10(c.population + 1) / 7)
            s += {"country": 0.4, "admin1": 0.1, "admin2": 0.02}.get(c.level, 0.0)
            if ctx.feature_kind_after == "unit" and ctx.feature_after in ("city", "town", "village"):
                s += 0.3 if c.level == "city" else -0.3
            elif ctx.region or ctx.feature_after in ("province", "governorate", "state", "county"):
                s += 0.3 if c.level in ("admin1", "admin2") else 0.0
            scored.append((s, c))
        scored.sort(key=lambda x: -x[0])
        # A town that shares its name with its own province is the town, unless the
        # words around say province or region (ACLED places "Al-Hasakah" in the city).
        if scored and scored[0][1].level in ("admin1", "admin2") and not ctx.region \
                and ctx.feature_kind_after != "unit":
            top = scored[0][1]
            for s, c in scored[1:]:
                if (c.level == "city" and c.country_code == top.country_code
                        and c.admin1_code == top.admin1_code and c.score >= top.score - 0.15):
                    scored.remove((s, c))
                    scored.insert(0, (scored[0][0] + 0.01, c))
                    break
        return scored

    def _credible(self, c: Candidate, prior: CountryPrior, strict: bool) -> bool:
        """The explicit no-answer: a candidate must be plausible for this report."""
        if c.match == "fuzzy":
            return c.country_code in prior
        if strict:
            # A span the NER thought a person or organisation (or did not tag) is a
            # place only in a country the report is clearly about.
            if c.level == "country":
                return c.match == "exact"
            return prior.share(c.country_code) >= 0.2 and (c.population >= 1000 or c.level != "city")
        if c.country_code in prior or c.level == "country":
            return True
        if not prior:
            return c.match == "exact" and (c.population >= 1000 or c.level == "admin1")
        return c.match == "exact" and (c.population >= 100_000 or c.level == "admin1")

    # ------------------------------------------------------------------ main
    def find_places(self, doc) -> list[PlaceMention]:
        """Every credible place mention of ``doc``; offsets are ``doc`` char offsets.

        Demonyms are read for the country prior but never returned. A name with
        no credible candidate is left out (an explicit no-answer) unless the
        report places it inside a town ("Ghuwayran prison in al-Hasakeh").
        """
        text = doc.text
        spans = self._spans(doc)
        contexts = [read_context(text, sp.start, sp.end) for sp in spans]
        prior = self._prior(doc, spans, contexts)
        by_start = {sp.start: i for i, sp in enumerate(spans)}
        resolved: dict[int, _Resolution | None] = {}

        def container_of(i: int) -> Candidate | None:
            at = contexts[i].container_at
            j = by_start.get(at)
            if j is None or j == i:
                return None
            r = resolve(j, depth=1)
            return r.cand if r else None

        def resolve(i: int, depth: int = 0) -> _Resolution | None:
            if i in resolved:
                return resolved[i]
            resolved[i] = None  # guards against cycles
            sp, ctx = spans[i], contexts[i]
            strict = sp.label in STRICT
            if strict and ctx.titled:
                return None
            name = sp.name(text)
            if strict and _ACRONYM_RE.match(name):
                # "SDF", "ISIS": acronyms of organisations, places only as countries ("US")
                cands = [c for c in self.gaz.lookup(name) if c.level == "country"]
            else:
                cands = list(self.gaz.lookup(name))
            if strict:
                cands = [c for c in cands if c.match != "fuzzy"]
            elif not cands and prior:
                for cc, _w in prior.weights.most_common(2):
                    cands += self.gaz.lookup(name, cc)
            if not cands:
                return None
            container = container_of(i) if depth == 0 else None
            ranked = self._rank(cands, prior, ctx, container)
            for s, c in ranked:
                if self._credible(c, prior, strict):
                    second = next((x for x, d in ranked if d is not c), 0.0)
                    conf = 0.5 * c.score + 0.3 * prior.share(c.country_code) \
                        + 0.1 * (container is not None and self._contains(container, c)) \
                        + 0.1 * min(1.0, max(0.0, s - second))
                    res = _Resolution(c, min(0.99, max(0.05, conf)))
                    resolved[i] = res
                    return res
                break  # the best candidate is not credible: say so, do not fall back
            return None

        mentions: list[PlaceMention] = []
        districts: dict[str, Candidate] = {}
        pending: list[int] = []
        for i, sp in enumerate(spans):
            res = resolve(i)
            ctx = contexts[i]
            if res is None:
                pending.append(i)
                continue
            mentions.append(self._mention(text, sp, ctx, res))
        # Names below the gazetteer, placed in a town the report puts them in.
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            if sp.label in STRICT - {"ORG"} and ctx.titled:
                continue
            sub = ctx.feature_kind_after in ("site", "district") or ctx.feature_kind_before == "district"
            if not sub or not ctx.container_at >= 0 or ctx.container_comma:
                continue
            town = container_of(i)
            if town is not None and town.level == "admin1":
                town = self.gaz.capital_of(town.place_id) if ctx.feature_kind_after == "site" else None
            if town is not None and town.level == "city":
                districts[normalize_name(sp.name(text))] = town
        if districts:
            mentions += self._districts(doc, spans, contexts, pending, districts, prior)
        mentions += self._capitals(text, prior)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _districts(self, doc, spans, contexts, pending, districts, prior) -> list[PlaceMention]:
        """Mentions of names the report placed in a town, anywhere in the report."""
        from rapidfuzz import fuzz, process

        text = doc.text
        out = []
        keys = list(districts)
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            if sp.label in STRICT and ctx.titled:
                continue
            key = normalize_name(sp.name(text))
            town = districts.get(key)
            conf = 0.7
            if town is None and len(key) >= 5:
                hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=80)
                if hit:
                    town, conf = districts[hit[0]], 0.5
            if town is None:
                continue
            label = _display(sp.name(text))
            res = _Resolution(town, conf)
            m = self._mention(text, sp, Context(), res)
            m.location = f"{town.name} - {label}"
            m.level = "feature"
            m.geo_precision = 1
            out.append(m)
        return out

    def _capitals(self, text: str, prior: CountryPrior) -> list[PlaceMention]:
        """ "the Iraqi capital", "Syria's capital", "the capital" -> that country's capital."""
        out = []
        demonyms = tables.demonyms()
        for m in _CAPITAL_RE.finditer(text):
            word = m.group(1) or m.group(2)
            cc = ""
            if word:
                codes = demonyms.get(word.casefold())
                if codes:
                    cc = max(codes, key=codes.get)
                else:
                    hits = [c for c in self.gaz.lookup(word) if c.level == "country"]
                    cc = hits[0].country_code if hits else ""
                if not cc:
                    continue
            else:
                cc = prior.top()
            country = self.gaz.country(cc) if cc else None
            cap = self.gaz.capital_of(country.place_id) if country else None
            if cap is None:
                continue
            sp = _Span(m.start(), m.end(), "")
            out.append(self._mention(text, sp, Context(), _Resolution(cap, 0.7 if word else 0.5)))
        return out

    def _mention(self, text: str, sp: _Span, ctx: Context, res: _Resolution) -> PlaceMention:
        c = res.cand
        acled_name = country_info(c.country_code)[0]
        m = PlaceMention(
            start=sp.start, end=sp.end, text=text[sp.start:sp.end], name=c.name,
            geonameid=c.geonameid, latitude=c.latitude, longitude=c.longitude,
            country_code=c.country_code, country=acled_name, admin1=c.admin1, admin2=c.admin2,
            feature_code=c.feature_code, population=c.population, confidence=res.conf,
            location=c.name, geo_precision=1, level=c.level,
        )
        if c.level == "country":
            m.geo_precision = 3
            m.location = acled_name
        elif c.level in ("admin1", "admin2"):
            cap = self.gaz.capital_of(c.place_id)
            m.geo_precision = 3
            m.location = cap.name if cap else c.name
        elif ctx.region or ctx.near:
            m.geo_precision = 2
        return m


def _display(name: str) -> str:
    """A district name as ACLED writes it: words capitalised, hyphens as spaces."""
    words = re.split(r"[\s\-]+", name.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w)
