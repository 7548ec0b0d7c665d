"""Readings of the whole report that settle names before each is resolved: towns it
places in a unit, its area and own city, neighbourhoods, people's surnames, saints'
possessives and common words it writes in lower case elsewhere.

Kept apart from one span's resolution: these read every span of the report together.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from . import tables
from .area import NameReading, area_reading, area_state, township_reading
from .context import CountryPrior
from .gazetteer import Candidate, haversine_km
from .normalize import exact_key, normalize_name
from .patterns import Context, read_context
from .people import animal_names, kin_owners, person_words, recased_surnames, relatives, speakers, titled_surnames
from .spans import ABBREVIATION, DATELINE, _own_name, _Span, party_member_towns, STRICT
from .prior import _placed
from .resolve import _Resolution


#: a saint's possessive and the capitalised words after it: "St. Brigid's High School"
_SAINT_POSSESSIVE_RE = re.compile(r"(?<![\w.])(?P<saint>(?:St|Ste|Saint|Sainte)\.?[ \t]+[A-Z][\w\-]*)['’]s\b"
                                  r"(?P<after>(?:[ \t]+[A-Z][\w\-]*)*)")
#: a name the report calls a neighbourhood of its city, whose namesake towns all lie
#: farther than this from the city, is a district of the city
NEIGHBOURHOOD_KM = 60.0
#: a name a local report puts "in X", whose readings are all towns of at most
#: POLICED_TOWN_POPULATION farther than this from the report's city, is part of the city
POLICED_KM = 150.0
POLICED_TOWN_POPULATION = 50000
#: a dated dateline after the report's first name, as wire copy writes it (re-cased or not):
#: "Brill, 3 Jan 90 (Agency) --", "BRILL, 12 MAY 2012 -"
_DATED_DATELINE_RE = re.compile(r",[ \t]*\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{2,4}\b")
_CITY_POLICE_RE = re.compile(r"^(?:['’]s)?\s+(?:police|Police)\b")
_OWNER_RE = re.compile(r"^['’]s\s+(?:the\s+)?$")
def _unit_owner(gap: str) -> bool:
    """The words between a name and the next are a unit's word and its possessive ("Jonglei
    state's Pibor area", "Ituri province's Djugu"; unit words of features.tsv): the unit owns
    the next name, as "Jonglei's" would."""
    m = _UNIT_OWNER_RE.match(gap)
    return m is not None and tables.feature_words().get(m.group(1).casefold()) == "unit"


_UNIT_OWNER_RE = re.compile(r"^\s+([A-Za-z]+)['’]s\s+(?:the\s+)?$")
#: "the city's " right before a name: the report's own city owns the part it names
_THE_CITYS_RE = re.compile(r"\bthe\s+(?:city|town)['’]s\s+$", re.I)
#: the rest of a hyphenated name after its first part ("-Goodfellow" of "Wells-Goodfellow")
_HYPHEN_REST_RE = re.compile(r"(?:-[A-Z][\w'’]*)+")


def _township(written: str, r: NameReading) -> bool:
    """Whether the name, as ``written``, is a civil township's ("Alverton Township") read
    through its namesake towns (``civil_township_words.tsv``)."""
    words = written.split()
    return len(words) > 1 and r.chosen.variant and words[-1].rstrip(".").casefold() in tables.civil_township_words()


class ReportReadings:
    """Report-wide readings of :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _opening_borne_out(self, text: str, sp: _Span, res: _Resolution, prior: CountryPrior,
                           plain: dict) -> bool:
        """Whether the untagged words opening a report (a headline's "Alverton residents
        meet", which the small model seldom tags) are the place they resolve to: a
        state or country by its own name, a name the report plainly places elsewhere,
        or a town by its own name in a state the report names or has its settled
        towns in. A headline opens with any capitalised word ("Early risers", "Fair
        weather"), so a village named like a word must find support in the report."""
        c = res.cand
        if normalize_name(sp.name(text)) in plain:
            return True
        if c.match != "exact" or not c.primary:
            return False
        if c.level in ("country", "admin1"):
            return True
        return c.level == "city" and c.admin1_code in (prior.admin1_codes | prior.local_admin1)

    def _placed_towns(self, text: str, spans: list[_Span], resolve, container_of) -> dict[str, _Resolution]:
        """Name key -> its reading as a town the report puts inside a unit ("New Haven,
        Conn."), for names the report writes so once and only one way."""
        seen: dict[str, set[int]] = {}
        out: dict[str, _Resolution] = {}
        for i, sp in enumerate(spans):
            r, container = resolve(i), container_of(i)
            if r is not None and container is not None and r.cand.level == "city" and self._contains(container, r.cand):
                key = normalize_name(sp.name(text))
                seen.setdefault(key, set()).add(r.cand.place_id)
                out[key] = r
        return {k: r for k, r in out.items() if len(seen[k]) == 1}

    def _full_names(self, text: str, spans: list[_Span], resolve) -> dict[str, _Resolution]:
        """Name key of a name's rest after its opening "Saint" (in full or short:
        "Petersburg" of "St. Petersburg") -> the town the full name was read as, for
        rests the report writes in full one way only: a headline's "Fly to Petersburg" is
        the St. Petersburg the story names, not a small namesake town of the bare word.
        (A bare "Vernon" beside "Mount Vernon", "Worth" beside "Fort Worth" are as often
        towns of their own.)"""
        openers = {w for w in ("saint", "sainte", *tables.name_abbreviations().get("saint", ()),
                               *tables.name_abbreviations().get("sainte", ()))}
        seen: dict[str, set[int]] = {}
        out: dict[str, _Resolution] = {}
        for i, sp in enumerate(spans):
            words = sp.name(text).split(None, 1)
            if len(words) < 2 or words[0].rstrip(".").casefold() not in openers or sp.label in STRICT:
                continue
            r = resolve(i)
            if r is not None and r.cand.level == "city":
                key = normalize_name(words[1])
                seen.setdefault(key, set()).add(r.cand.place_id)
                out[key] = r
        return {k: r for k, r in out.items() if len(seen[k]) == 1}

    def _read_area(self, text: str, spans: list[_Span], contexts: list[Context], resolve, resolved: dict,
                   container_of) -> None:
        """Move the report's town names read in other states to their namesakes in
        the one state the report is about (:mod:`.area`), in ``resolved``."""
        by_key: dict[str, list[int]] = {}
        for i, sp in enumerate(spans):
            # (a name the model took for a person or organisation counts where the
            # words around make it a place: "an Alverton man", "in Alverton")
            if resolve(i) is not None and (sp.label not in STRICT or (
                    not contexts[i].titled and (contexts[i].local or _placed(contexts[i])))):
                by_key.setdefault(normalize_name(sp.name(text)), []).append(i)
        readings = []
        for key, idx in by_key.items():
            chosen = Counter(resolve(i).cand.place_id for i in idx).most_common(1)[0][0]
            cand = next(resolve(i).cand for i in idx if resolve(i).cand.place_id == chosen)
            if spans[idx[0]].label == ABBREVIATION:
                cands = [cand]
            else:
                cands = [c for c in self.gaz.lookup(spans[idx[0]].name(text))
                         if c.match == "exact" and (c.level == "admin1" or _own_name(c))]
            placed = any(container_of(i) is not None for i in idx)
            readings.append(NameReading(key, cand, cands, placed))
            readings[-1].votes = not _township(spans[idx[0]].name(text), readings[-1])
        area = area_state(readings)
        # (townships last: the county a report names is read in its area first)
        moved: dict[str, Candidate] = {}
        for r in sorted(readings, key=lambda r: not r.votes):
            if not r.votes:
                alt = township_reading(r, area, [replace(o, chosen=moved.get(o.key, o.chosen)) for o in readings])
                if alt is None and area and r.chosen.admin1_code != area and not r.placed:
                    # (a civil township read as a namesake village in another state lies in
                    # the local report's own state: that is what is known of it)
                    alt = self.gaz.admin1(r.chosen.country_code, area)
                if alt is None and not area:
                    # (nor is a namesake village a township's place in a report that sets
                    # it in no area or county: its namesakes are towns of any state)
                    for i in by_key[r.key]:
                        resolved[i] = None
                    continue
            else:
                alt = area_reading(r, area, readings) if area else None
            if alt is None:
                continue
            for i in by_key[r.key]:
                old = resolve(i)
                if old.cand.place_id == r.chosen.place_id:
                    resolved[i] = _Resolution(alt, old.conf, old.settled)
            moved[r.key] = alt

    def _local_towns(self, text: str, spans: list[_Span], contexts: list[Context], prior: CountryPrior,
                     resolve) -> dict[str, _Resolution]:
        """Names the report uses for a town of a country named like it ("a Palestine
        woman": Palestine, Texas), by normalised name: one sense per report, so its
        other bare mentions are that town too, when the report is more about the
        town's country than about the country of that name (leaving out the weight
        the name's own mentions gave it)."""
        out: dict[str, _Resolution] = {}
        for i, sp in enumerate(spans):
            if not contexts[i].local:
                continue
            r = resolve(i)
            if r is None or r.cand.level != "city":
                continue
            key = normalize_name(sp.name(text))
            countries = [c for c in self.gaz.lookup(sp.name(text)) if c.level == "country" and c.match == "exact"]
            own = sum(1 for j, other in enumerate(spans)
                      if not contexts[j].local and normalize_name(other.name(text)) == key)
            if countries and prior.weights.get(countries[0].country_code, 0.0) - own \
                    < prior.weights.get(r.cand.country_code, 0.0):
                out.setdefault(key, r)
        return out

    def _report_city(self, text: str, spans: list[_Span], resolve) -> Candidate | None:
        """The city a local report is written from: its dateline's town, else the
        first town whose police it quotes ("Cincinnati police said")."""
        for i, sp in enumerate(spans):
            if sp.label == DATELINE or _CITY_POLICE_RE.match(text[sp.end:sp.end + 40]):
                r = resolve(i)
                if r is not None and r.cand.level == "city":
                    return r.cand
        return None

    @staticmethod
    def _compound_district(text: str, sp: _Span) -> bool:
        """True when the name opens a hyphenated one that a neighbourhood's word follows
        ("the city's Alverton-Brill neighborhood"): a part of a town's name joined to
        another, as many a city's neighbourhoods are named, not a town of its own."""
        m = _HYPHEN_REST_RE.match(text, sp.end)
        return m is not None and read_context(text, sp.start, m.end()).feature_kind_after == "district"

    @staticmethod
    def _wire_city(text: str, spans: list[_Span], resolve) -> Candidate | None:
        """The town opening a report with a dated wire dateline ("Brill, 3 Jan 90 (Agency)"),
        which re-cased copy hides from the dateline reader. A neighbourhood the report
        names without its city is taken to lie in that town."""
        lead = len(text) - len(text.lstrip())
        first = next((i for i, sp in enumerate(spans) if sp.start == lead), None)
        if first is None or not _DATED_DATELINE_RE.match(text, spans[first].end):
            return None
        r = resolve(first)
        return r.cand if r is not None and r.cand.level == "city" else None

    def _outlet_city(self, outlet) -> Candidate | None:
        """The town a local outlet is in (its home with a town's point), as a candidate."""
        if outlet is None or outlet.latitude is None or outlet.masthead or not outlet.name:
            return None
        return next((c for c in self.gaz.lookup(outlet.name, outlet.country_code)
                     if c.level == "city" and c.latitude == outlet.latitude and c.longitude == outlet.longitude), None)

    def _neighbourhoods(self, text: str, spans: list[_Span], contexts: list[Context],
                        resolve, outlet=None) -> dict[str, Candidate]:
        """Names the report puts in its own city whose namesake towns all lie far from
        it, by normalised name: districts of the city, not the distant towns.

        "Pittsburgh's Allentown neighborhood", and "the Allentown neighborhood" or
        "a shooting in Madisonville" in a report from Pittsburgh or Cincinnati (by
        :meth:`_report_city`); without a neighbourhood word, only a name of small
        towns farther than :data:`POLICED_KM`, none in the city's state. A name the report places itself
        ("Madisonville, Ky."), or whose own police it quotes, stays a town."""
        home = self._report_city(text, spans, resolve)
        # (a report with no dateline nor city police quoted: "the city's Alverton neighborhood"
        # still puts the name in a city, the town of the local paper that wrote it)
        paper = self._outlet_city(outlet) if home is None else None
        wire = self._wire_city(text, spans, resolve) if home is None else None
        out: dict[str, Candidate] = {}
        placed: set[str] = set()
        for i, sp in enumerate(spans):
            ctx, key = contexts[i], normalize_name(sp.name(text))
            j = next((k for k, other in enumerate(spans) if other.start <= ctx.container_at < other.end), None)
            # (a landmark many cities have, "Capitol Hill", is a district as its word would say:
            # ``shared_landmarks.tsv``)
            district = ctx.feature_kind_after == "district" or self._compound_district(text, sp) \
                or key in tables.shared_landmarks()
            city = home or (paper if district and _THE_CITYS_RE.search(text, max(0, sp.start - 20), sp.start)
                            else None) or (wire if district else None)
            if i > 0 and (_OWNER_RE.match(text[spans[i - 1].end:sp.start])
                          or _unit_owner(text[spans[i - 1].end:sp.start])):
                # ("Pittsburgh's Allentown neighborhood"; "Comer's X" is not the home city's)
                owner = resolve(i - 1)
                city = owner.cand if district and owner is not None and owner.cand.level == "city" else None
            if city is None or key == normalize_name(city.name):
                continue
            if (j is not None and normalize_name(spans[j].name(text)) != normalize_name(city.name)) \
                    or _CITY_POLICE_RE.match(text[sp.end:sp.end + 40]):
                placed.add(key)
                continue
            if ctx.titled or ctx.local or not (district or ctx.locative):
                continue
            if ctx.feature_before in tables.settlement_words():
                continue  # "the town of X", "the village of X": a town of its own, not a district
            r = resolve(i)
            # (with a neighbourhood word, a namesake town abroad is no reading either: "the
            # Alverton neighborhood" in a report from Brill is Brill's, not a town overseas)
            # (a name no town of the gazetteer bears, with a neighbourhood word, is the city's
            # district too: "the Villa Alverde district" in a report from Lima, unless the
            # report puts it in another town elsewhere: "in Alverde, Brill municipality")
            if r is None and (not district or self._put_in_other_town(text, spans, contexts, key, city)):
                continue
            if r is not None and (
                    r.cand.level != "city" or (r.cand.country_code != city.country_code and not district)
                    or (r.settled and not district)):
                continue
            reach, size = (NEIGHBOURHOOD_KM, math.inf) if district else (POLICED_KM, POLICED_TOWN_POPULATION)
            # (with a neighbourhood word, a county of that name is no reading: "Alverton
            # neighborhood" is no part of an Alverton County)
            # (a name the world knows by no spelling may be the country's town in another
            # romanisation: "Harardhere" in a report from Mogadishu is Xarardheere)
            cands = [c for c in (self.gaz.lookup(sp.name(text)) or self.gaz.lookup(sp.name(text), city.country_code))
                     if c.match != "fuzzy" and not (district and c.level == "admin2")]
            # (without a neighbourhood word, a town of the city's own state is that town:
            # "in Worthington" in a report from Minneapolis)
            if all(c.level == "city" and c.population <= size
                   and haversine_km(c.latitude, c.longitude, city.latitude, city.longitude) > reach
                   and (district or (c.admin1_code != city.admin1_code and not _capital_country_town(c, city)))
                   for c in cands):
                out.setdefault(key, city)
        return {k: v for k, v in out.items() if k not in placed}

    @staticmethod
    def _put_in_other_town(text: str, spans: list[_Span], contexts: list[Context], key: str,
                           city: Candidate) -> bool:
        """True when some mention of the name ``key`` is followed by a town other than
        ``city`` that contains it ("Alverde, Brill municipality")."""
        for sp, ctx in zip(spans, contexts):
            if normalize_name(sp.name(text)) != key or ctx.container_at < 0:
                continue
            j = next((other for other in spans if other.start <= ctx.container_at < other.end), None)
            if j is not None and normalize_name(j.name(text)) != normalize_name(city.name):
                return True
        return False

    def _read_people(self, doc, text: str, spans: list[_Span], contexts: list[Context]) -> None:
        """Spans that are the surname of a person the report names in full ("Jerry
        Hughes ... Hughes said") become that person (a PERSON span after a title), in
        place, unless the words around make them a place ("in Hughes", "Reston,
        Virginia") or they name a country or state (few surnames do; "Jordan" is lost).
        The given name of a person named in full ("Justin Burns ... Justin was") is that
        person as well, and so is a name the report quotes alone ("Farrow said") or a
        relative's word introduces ("his wife, Farrow,"), and an animal's ("a spaniel
        named Farrow": not a person, but no place either)."""
        def is_place(name: str) -> bool:
            return any(c.match == "exact" for c in self.gaz.lookup(name))
        def placed(ctx: Context) -> bool:
            # (", 61," after a surname is an age, not a container; an attack word takes people
            # as often as places: "the round fired, hitting Jackson" is the report's Jackson)
            return _placed(_unattacked(ctx)) or (
                ctx.container_at >= 0 and text[ctx.container_at:ctx.container_at + 1].isupper())
        # (a name quoted alone that the words make a place elsewhere in the report is
        # that town's voice: "Farrow residents marched ... Farrow says no")
        quoted = (speakers(doc) | relatives(doc) | animal_names(doc)) - {exact_key(sp.name(text)) for sp, ctx in zip(spans, contexts)
                                  if placed(ctx) or ctx.local}
        owners = kin_owners(doc)
        people = person_words(doc, is_place) | quoted | owners | titled_surnames(doc) | recased_surnames(doc)
        paired = {i for i, sp in enumerate(spans) if self._unit_name(sp.name(text), ("country",))
                  and _paired_with_person(doc, text, sp)}
        if not people and not paired:
            return
        # (a legislator's home town, "Rep. Jo Doe, a Lawrence Democrat,", is a town
        # though the model tags the pair a person)
        homes = set(party_member_towns(text))
        for i, sp in enumerate(spans):
            ctx = contexts[i]
            if sp.label in (ABBREVIATION, DATELINE) or (sp.start, sp.end) in homes:
                continue
            key = exact_key(sp.name(text))
            # (one who has a father, or who is listed with the report's people, "Hale,
            # Pruitt and Miller", is a person after a comma too: only "in X" places)
            among = not _placed(_unattacked(ctx)) and (
                key in owners or _listed_with_people(text, sp, people - {key})
                or _listed_with_full_names(text, sp, people))
            if i in paired or (not (placed(ctx) and not among) and (key in people or among)
                               and not self._unit_name(sp.name(text), ("country",))
                               and not self._report_unit(sp.name(text), text, spans, i)):
                spans[i] = replace(sp, label="PERSON")
                contexts[i] = replace(ctx, titled=True)

    @staticmethod
    def _read_saints(text: str, spans: list[_Span], contexts: list[Context]) -> None:
        """A saint's possessive opening the name of a body, a building or a feast ("St.
        Brigid's High School", "St. Anne's Chapel", ``data/geo/dedication_words.tsv``)
        honours the saint: that name is a person's, there and wherever the report writes
        it with the possessive ("St. Brigid's pupils"), unless the report also writes it
        without one ("St. Louis's Union Station ... in St. Louis"): many saints' names
        are towns too, and the possessive form is the gazetteer's (St. Marys)."""
        saints = {normalize_name(m.group("saint")) for m in _SAINT_POSSESSIVE_RE.finditer(text)
                  if any(w.casefold() in tables.dedication_words() for w in m.group("after").split()[:3])}
        if not saints:
            return
        for i, sp in enumerate(spans):
            m = _SAINT_POSSESSIVE_RE.match(text, sp.start)
            if m and normalize_name(m.group("saint")) in saints and not _said_plainly(text, m.group("saint")):
                spans[i] = replace(sp, label="PERSON")
                contexts[i] = replace(contexts[i], titled=True)

    def _report_unit(self, name: str, text: str, spans: list[_Span], i: int) -> bool:
        """True when ``name`` is the own name of a first-level unit of a country the
        report's other names are in (or the report names nothing else): "Georgia" in
        a report on Atlanta is the state, "Van" in a report on Dallas a person, not the
        Turkish province."""
        units = {c.country_code for c in self.gaz.lookup(name)
                 if c.match == "exact" and c.primary and c.level == "admin1"}
        if not units:
            return False
        others = set()
        for j, sp in enumerate(spans):
            if j != i and sp.label not in STRICT and normalize_name(sp.name(text)) != normalize_name(name):
                top = self.gaz.lookup(sp.name(text))
                if top and top[0].match == "exact" and top[0].country_code:
                    others.add(top[0].country_code)
        return not others or bool(units & others)

    def _read_common_words(self, doc, text: str, spans: list[_Span], contexts: list[Context]) -> None:
        """A one-word name the NER did not tag a place, that the report also writes in
        lower case ("Congress" and "congress", "the State" and "the state"), is a common
        word, not a town (Congress, Arizona), unless the words around place it."""
        lower = {t.text for t in doc if t.is_alpha and t.text.islower()}
        for i, sp in enumerate(spans):
            name = sp.name(text)
            if sp.label in STRICT and " " not in name and name.lower() in lower and not _placed(contexts[i]):
                contexts[i] = replace(contexts[i], titled=True)


#: a one-word list item right before a name ("Pruitt, " or "Pruitt and ") and right after it
_SURNAME_BEFORE_RE = re.compile(r"(?<![\w.])([A-Z][\w'’\-]+)(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
_SURNAME_ITEM_END_RE = re.compile(r"[,.;:)]|[ \t]+(?:and[ \t]|or[ \t]|[a-z])")
_SURNAME_AFTER_RE = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)([A-Z][\w'’\-]+)\b(?![ \t]+[A-Z])")


#: a one-word name and "and" before a name, or "and" and a one-word name after it
_AND_WORD_BEFORE_RE = re.compile(r"(?<![\w.'’])([A-Z][a-z]+)[ \t]+and[ \t]+$")
_AND_WORD_AFTER_RE = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+)\b")
#: a preposition before a pair of names, which then names places or bodies: "the
#: universities of Jordan and Leeds", "into Alverton and Brill"
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|in|into|from|to|at|near|between|for|across|with)[ \t]+$")


def _paired_with_person(doc, text: str, sp: _Span) -> bool:
    """True when a one-word name is joined by "and" to a surname the model tagged a person
    alone, the pair doing what a verb after it says and no preposition before it ("Brown
    and Jordan shot him", "Chad and Okafor were charged"): two people, though the name is
    a country's (a country beside a person is said as its leader or state: "Brown and the
    Jordanian king"; "the universities of Jordan and Leeds" are places)."""
    if " " in sp.name(text) or not sp.name(text)[:1].isupper():
        return False
    before = _AND_WORD_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start)
    after = _AND_WORD_AFTER_RE.match(text, sp.end)
    for m, end in ((before, sp.end), (after, after.end() if after else 0)):
        if m is None or _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 12 if m is before
                                                                else sp.start - 12),
                                                      m.start(1) if m is before else sp.start):
            continue
        other = doc.char_span(m.start(1), m.end(1))
        if other is None or len(other) != 1 or other[0].ent_type_ != "PERSON" \
                or other[0].ent_iob_ != "B" or (other.end < len(doc) and doc[other.end].ent_iob_ == "I"):
            continue
        nxt = doc.char_span(end, len(text), alignment_mode="expand")
        if nxt is not None and len(nxt) and nxt[0].pos_ in ("VERB", "AUX"):
            return True
    return False


def _listed_with_people(text: str, sp: _Span, people: set[str]) -> bool:
    """True when a one-word name stands in a list right beside a one-word name of the
    report's people ("Hale, Edwards, Pruitt and Miller" where Pruitt is named in full):
    a list of surnames, whose commas place no one."""
    if " " in sp.name(text) or not _SURNAME_ITEM_END_RE.match(text, sp.end):
        return False  # (nor a name going on: "Ann Vale, Paris-Bourbon Tourism Board")
    before = _SURNAME_BEFORE_RE.search(text, max(0, sp.start - 40), sp.start)
    after = _SURNAME_AFTER_RE.match(text, sp.end)
    return any(m is not None and exact_key(m.group(1)) in people for m in (before, after))


#: an item of a list of names (one to three capitalised words) and what joins the items
_NAME_ITEM = r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}"
_ITEM_JOIN = r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
_ITEM_BEFORE_RE = re.compile(rf"(?<![\w.])({_NAME_ITEM}){_ITEM_JOIN}$")
_ITEM_AFTER_RE = re.compile(rf"{_ITEM_JOIN}({_NAME_ITEM})\b")


def _listed_with_full_names(text: str, sp: _Span, people: set[str]) -> bool:
    """True when a one-word name is an item of a list of three or more names of which one is
    a person the report names in full, the others one word each ("Jackson, Florence, Teo and
    Ana Ruiz were killed"): siblings' or victims' given names, no towns."""
    if " " in sp.name(text) or not _SURNAME_ITEM_END_RE.match(text, sp.end):
        return False
    items, lo, hi = [sp.name(text)], sp.start, sp.end
    while len(items) < 12 and (m := _ITEM_BEFORE_RE.search(text, max(0, lo - 60), lo)):
        items.insert(0, m.group(1))
        lo = m.start()
    while len(items) < 12 and (m := _ITEM_AFTER_RE.match(text, hi)):
        items.append(m.group(1))
        hi = m.end()
    full = [i for i in items if " " in i]
    return len(items) >= 3 and len(full) == 1 and exact_key(full[0].split()[-1]) in people \
        and exact_key(full[0].split()[0]) in people


def _said_plainly(text: str, name: str) -> bool:
    """True when the report writes ``name`` without a possessive after it somewhere."""
    return re.search(rf"(?<![\w.]){re.escape(name)}\b(?!['’]s\b)", text) is not None


def _unattacked(ctx: Context) -> Context:
    """The context without what says a person as often as a place: a container after a comma
    (", 61," is an age) and an attack word's target ("hitting Jackson")."""
    return replace(ctx, container_at=-1, locative=ctx.locative and not ctx.target)


def _capital_country_town(town: Candidate, city: Candidate) -> bool:
    """True when ``city`` is its country's capital and ``town`` lies in that country: a report
    from the capital ("LIMA -- ... in Huanta") speaks for the whole country, so a far town
    of the country it names with no neighbourhood word is that town, not a capital district."""
    return city.feature_code == "PPLC" and town.country_code == city.country_code
