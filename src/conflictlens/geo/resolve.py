"""Resolving one span in its context: the best credible candidate or none, read with
the words around it ("X, State", a unit word, a street or a local body after it, an
abbreviated unit).

Kept apart from ranking: ranking scores candidates, resolution reads the phrase a name
stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import tables
from .context import CountryPrior
from .gazetteer import Candidate, haversine_km
from .normalize import exact_key, normalize_name
from .outlet import far_from_home
from .patterns import _LIST_AFTER_RE, DIRECTIONS, Context, names_town_body, names_town_officer
from .spans import (ABBREVIATION, _abbreviation_re, DATELINE, _LOWER_WORD_AFTER_RE, _NEXT_NAME_WORD_RE, _own_name,
                    _Span, STRICT)
from .prior import _ACRONYM_RE, _placed, _word_unit
from .shared_countries import named_in_full, sharing_countries
from .ranking import (NAMESAKE_TOWN, _far_from_settled, famous_town,
                      _name_part, _nearness, report_states, _spelt_alike)
from .own_name_rivals import without_stand_ins
from .town_bodies import town_body_readings


#: a possessive right after a name: "Rock Hill's"
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s(?=[ \t])")
#: a possessive, a site's name of one to three capitalised words and the site's word after a
#: name: "'s Ravelli hospital", "'s Kings Cross Stadium"
_NAMED_SITE_AFTER_RE = re.compile(r"['’]s[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?P<word>[A-Za-z]+)\b")
#: "of" right before a name: "Jo Doe of Nelson"
_HOME_OF_RE = re.compile(r"\bof\s+$")
#: a capitalised unit word after a plain word naming a first-level unit, as its name is written
#: ("Plateau State"), not "the Eastern province of X"
_FIRST_LEVEL_AFTER_RE = re.compile(r"[ \t]+(?:State|Province)\b(?![ \t]+of\b)")
#: a town smaller than this, named by another of its names unlike its own, only where
#: words place the name (a city's other name is known: Bombay, Peking)
ALT_NAME_TOWN = 100_000
#: a name of several words the model took for a person is a place where it is, as written,
#: the own name of a city or unit of at least this many people (:meth:`Resolver._big_place_name`)
BIG_NAME_TOWN = 100_000
#: an outlet whose home lies this near its country's capital is a national paper
CAPITAL_OUTLET_KM = 30.0
#: Labels whose spans count as places after a locative phrase ("in Gao", "market of
#: Gao"): the small model tags many African and Asian town names PERSON.
LOCATIVE_LABELS = frozenset({"PERSON", ""})
#: a preposition of place right before a name ("withdrew from X", "near X"): with no country said, a
#: name tagged an organisation after one is the town by far the largest of that name (``_answer``)
_PLACE_LEAD_RE = re.compile(r"\b(?:from|near|in)[ \t]+$")
#: a clause opening "In Country," ("In Canada, Hamilton and London ..."; "...; in Peru,
#: Iquitos"): the country is where the clause's places lie
_COUNTRY_OPENER_RE = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?;:]\s\s)|(?<=\n))[Ii]n[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),[ \t]")
#: how far before a name its clause's opener is looked for (characters)
CLAUSE_REACH = 300
#: a clause's end between the opener and a later name
_CLAUSE_END_RE = re.compile(r"[.!?;:](?:\s|$)|\n")
#: words that make a state named like its big town the state: "upstate New York", "the
#: state of Washington", "New York Governor ...", "New York's legislature"
#: the word right after a name: " region" of "the Omsk region"
_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)\b")
_STATE_BEFORE_RE = re.compile(r"(?:\bupstate|\bstate\s+of|\bgovernor\s+of)\s+(?:the\s+)?$", re.I)
#: "state of" right before a name, or "State" right after it: "the State of Mexico", "Mexico State"
_STATE_OF_BEFORE_RE = re.compile(r"\bstate[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)
_STATE_WORD_AFTER_RE = re.compile(r"[ \t]+State\b")
_STATE_AFTER_RE = re.compile(r"^(?:['’]s)?\s+(?:state|governor|gov\.|legislature|statewide|state-wide)(?!\w)", re.I)
#: the capital's district after "Washington", with or without a comma
_DC_AFTER_RE = re.compile(r",?\s*(?:D\.\s?C\.?|DC\b)")
#: a capitalised name of one or more words starting at a position ("New York")
_NAME_AT_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
#: the next item of a list after a name: ", and Iowa", " or Iowa" (``joined``), ", Iowa"
_LIST_ITEM_AFTER_RE = re.compile(r"(?:,?\s+(?P<joined>and|or)\s+|,\s*)"
                                 r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)")
#: ", Country" closing an address: ", Vietnam;" (a list item or a clause ends after it)
_COUNTRY_AFTER_RE = re.compile(r",[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?=\s*(?:[;,.)—–]|$))")
#: a place phrase and "and" right before a name: "of Virginia and " of "the universities of
#: Virginia and Glasgow" (the second name shares the first one's preposition)
#: a name joined to a plural noun of places after it: "X and two nearby towns", "X or
#: the surrounding villages", "X and other districts" (the noun read in the feature table)
_AND_PLACES_AFTER_RE = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?:(?:the|its|their|other|nearby|neighbou?ring|surrounding|outlying|several|"
    r"many|some|smaller|larger|rural|\d+|a[ \t]+few|two|three|four|five)[ \t]+){0,3}"
    r"(?P<noun>[a-z]+)\b")
_LOCATIVE_PAIR_BEFORE_RE = re.compile(r"\b(?:in|of|from|near)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
                                      r"\s+(?:and|or)\s+$")


@dataclass
class _Resolution:
    cand: Candidate
    conf: float
    #: no other town or district of that name in its country, or placed by "X, Y":
    #: a point the other names of the report can be read near
    settled: bool = False


#: a report this much about one country reads "X district" as a district of a country it
#: is about: a namesake in a country holding less than FOREIGN_DISTRICT_SHARE is no reading
DISTRICT_COUNTRY_SHARE = 0.5
FOREIGN_DISTRICT_SHARE = 0.2
_LOWER_DISTRICT_RE = re.compile(r"\s+district\b")


class Resolver:
    """Resolution of one span by :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _resolve(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior,
                 container_of, inner: tuple[str, ...] = (), listed_with: tuple[str, ...] = ()
                 ) -> _Resolution | None:
        """The best credible candidate for one span, or None (the explicit no-answer),
        decided in order: how strictly the span's label holds it, the gazetteer's
        candidates for the name, those its words and the report allow, their ranking
        against the report's container, and the answer.
        ``inner``: names the report puts in this place ("Buffalo" of "Buffalo, New
        York"); ``listed_with``: the names listed next to it. Where no place answers but
        a near spelling or the unit the report puts the name in ("Grantville,
        Pennsylvania"), a small US town the report bears out (geo/small_places.py)."""
        r = self._resolve_known(text, sp, ctx, prior, container_of, inner, listed_with)
        if r is None or r.cand.match == "fuzzy" or r.cand.level != "city":
            r = self._small_place(text, sp, ctx, prior, container_of) or r
        if r is not None and r.cand.match != "fuzzy":
            # (or where the report's other names bear out a small town's state, not the reading's)
            r = self._small_over_reading(text, sp, ctx, prior, r) or r
        if r is not None and r.cand.level in ("city", "admin1"):
            r = self._seat_unit(text, sp, r) or r
        return r

    def _seat_unit(self, text: str, sp: _Span, r: _Resolution) -> _Resolution | None:
        """The first-level unit a town is the seat of, where a unit word follows its name
        ("the Omsk region", "Tula province": ``data/geo/seat_unit_words.tsv``) and the
        unit bears an adjective of the name (Omskaya oblast', Tul'skaya oblast'). A
        capital that is a unit of its own (Kyiv, Moscow) or sits in one (Saint
        Petersburg) names the unit around it: the unit filed under the name and a unit
        word ("Kiev oblast" is Kyivska oblast, by the city's name "Kyiv Oblast"), else the
        one unit of the country bearing an adjective of the name as written ("the
        Leningrad region", Leningradskaya oblast')."""
        m = _WORD_AFTER_RE.match(text, sp.end)
        if not m or m.group(1).casefold() not in tables.seat_unit_words():
            return None
        town = r.cand if r.cand.level == "city" else (
            self.gaz.capital_of(r.cand.place_id) if r.cand.level == "admin1" else None)
        if town is None or town.feature_code not in ("PPLA", "PPLC") or not town.admin1_code:
            return None
        written = sp.name(text)
        own = self.gaz.admin1(town.country_code, town.admin1_code)
        stems = [s for s in (exact_key(written)[:-1], exact_key(town.name)[:-1]) if len(s) >= 3]
        filed = [c for name in dict.fromkeys((written, town.name)) for word in sorted(tables.seat_unit_words())
                 for c in self.gaz.lookup(f"{name} {word}", town.country_code)
                 if c.level == "admin1" and c.match == "exact" and c.place_id != r.cand.place_id]
        if filed:
            return _Resolution(filed[0], r.conf)
        if own is not None and any(exact_key(own.name).startswith(s) for s in stems):
            return None if own.place_id == r.cand.place_id else _Resolution(own, r.conf)
        stem = exact_key(written)[:-1]
        others = [u for u in self.gaz.admin1_units(town.country_code) if len(stem) >= 3
                  and exact_key(u.name).startswith(stem) and u.place_id not in (r.cand.place_id, own and own.place_id)]
        return _Resolution(others[0], r.conf) if len(others) == 1 else None

    def _resolve_known(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior,
                       container_of, inner: tuple[str, ...] = (), listed_with: tuple[str, ...] = ()
                       ) -> _Resolution | None:
        """:meth:`_resolve` among the gazetteer's places (:meth:`Gazetteer.lookup`)."""
        if sp.label == ABBREVIATION:
            return self._abbreviation(sp.name(text), prior)
        strict = sp.label in STRICT
        if strict and ctx.titled:
            return None
        relaxed = self._relaxed(text, sp, ctx, strict) or (strict and self._unit_placed(sp, ctx, prior, sp.name(text)))
        if relaxed:
            # "landed in the central market of Gao": the words around make it a place
            strict = False
        name = sp.name(text)
        worded = self._worded_units(text, sp, name)
        if worded:
            # "the Donetsk region", "Kherson oblast": the unit filed under the name and its word
            container, worded, ranked = self._ranked_in_container(
                text, sp, ctx, prior, container_of, inner, listed_with, name, worded)
            return self._answer(text, sp, ctx, prior, name, strict, relaxed, worded, container, ranked,
                                worded=True)
        cands = self._looked_up(name, sp, strict)
        cands += self._worded_counties(text, sp, ctx, name, cands)
        full = named_in_full(self.gaz, text, sp.start, sp.end, sharing_countries(name))
        if full:
            # "Republic of Congo" where the model tagged "Congo" alone (geo/shared_countries.py)
            cands = [c for c in cands if c.level != "country" or c.country_code == full]
        cands, county_said = self._said_readings(text, sp, ctx, prior, name, strict, cands, listed_with)
        if _given_name(name):
            # "Brian, a volunteer", "friends of Omar and Gerard": a common given name matches a
            # place only as the place's own spelling, never by the sound key or a near
            # spelling, which exist for transliterated names (Bryan, Garrard County)
            cands = [c for c in cands if c.match == "exact" and not c.variant]
        if county_said:
            relaxed = False
        # "Darien police" in a report set in one state: that state's Darien (geo/town_bodies.py)
        cands = town_body_readings(text, sp.end, normalize_name(name), cands, prior)
        if ctx.feature_kind_before == "natural":
            return None  # "the Gulf of Aden", "the Strait of Hormuz": the sea, not the town
        cands = self._plausible(text, sp, ctx, prior, name, cands)
        if not cands:
            return None
        container, cands, ranked = self._ranked_in_container(
            text, sp, ctx, prior, container_of, inner, listed_with, name, cands)
        return self._answer(text, sp, ctx, prior, name, strict, relaxed, cands, container, ranked)

    def _worded_units(self, text: str, sp: _Span, name: str) -> list[Candidate]:
        """The first-level units the gazetteer files under the name and the unit word
        written after it ("the Donetsk region", "Kherson oblast", "Idlib governorate":
        ``data/geo/seat_unit_words.tsv``), tried with that word first, then with the
        others, since reports render one unit word by another ("region" for oblast). The
        word says the unit, so a town or county sharing the bare name is no reading,
        wherever the report's demonyms point ("Russian forces shelled the Donetsk region"
        is Ukraine's oblast, not a Russian town called Donetsk)."""
        words = tables.seat_unit_words()
        said = _unit_word_after(text, sp.end, words)
        # (a compass word alone names a different unit in each country: "the Eastern
        # province of" a place is its part, left to the rules of compass units)
        if not said or not name[:1].isupper() or re.fullmatch(DIRECTIONS, name, re.I):
            return []
        for word in (said, *sorted(words - {said})):
            found = [c for c in self.gaz.lookup(f"{name} {word}")
                     if c.level == "admin1" and c.match == "exact"]
            if found:
                return found
        return []

    def _worded_counties(self, text: str, sp: _Span, ctx: Context, name: str,
                         cands: list[Candidate]) -> list[Candidate]:
        """The second-level units filed only under the name with the word written after
        it ("Lanark County", "Kiambu County"), where no unit of the bare name is a
        candidate: the gazetteer indexes many counties by their full name alone, and the
        span stops before the word, which then says the county is meant."""
        if ctx.feature_after not in tables.second_level_words() or any(c.level == "admin2" for c in cands):
            return []
        m = _WORD_AFTER_RE.match(text, sp.end)
        if m is None or not m.group(1)[:1].isupper():
            return []
        seen = {c.place_id for c in cands}
        return [c for c in self.gaz.lookup(f"{name} {m.group(1)}")
                if c.level == "admin2" and c.match == "exact" and c.place_id not in seen]

    def _capital_outlet(self, home) -> bool:
        """True when the outlet's home town is its country's capital (or within
        :data:`CAPITAL_OUTLET_KM` of it: Delhi, New Delhi): a national paper, whose reports
        name far towns with no state or province."""
        if home is None or home.latitude is None or not home.name:
            return False
        country = self.gaz.country(home.country_code)
        cap = self.gaz.capital_of(country.place_id) if country is not None else None
        return cap is not None and haversine_km(cap.latitude, cap.longitude, home.latitude,
                                                home.longitude) <= CAPITAL_OUTLET_KM

    def _relaxed(self, text: str, sp: _Span, ctx: Context, strict: bool) -> bool:
        """Whether the words around a span taken for a person or organisation make it a place."""
        # (a town's word before "of" makes a place of any span: "the community of
        # Alverton" names no organisation)
        return strict and ((sp.label in LOCATIVE_LABELS and ctx.locative) or ctx.feature_before in self._settlements
                           or self._local_body_after(text, sp)
                           or (" " not in sp.name(text) and names_town_officer(text, sp.end))
                           or self._street_of(text, sp)
                           or self._named_site_of(text, sp)
                           or (sp.label in LOCATIVE_LABELS and self._in_country_after(text, sp))
                           or (sp.label == "PERSON" and _LOCATIVE_PAIR_BEFORE_RE.search(
                               text, max(0, sp.start - 60), sp.start) is not None)
                           or self._joined_to_places(text, sp)
                           or (sp.label in LOCATIVE_LABELS and self._big_place_name(sp.name(text)))
                           or (sp.label == "ORG" and ctx.target))

    def _unit_placed(self, sp: _Span, ctx: Context, prior: CountryPrior, name: str) -> bool:
        """True when a name the model took for a body (or left untagged) is, as written, the
        own name of a first-level unit of a country the report names, and the words place
        it ("in the province of Nord-Kivu", "a laboratory in Al Qalyubiyah"): no body is
        named exactly like a province, and a report's provinces are where things happen."""
        if sp.label not in ("ORG", "") or ctx.titled or not (ctx.locative or ctx.feature_kind_before == "unit"):
            return False
        return any(c.match == "exact" and c.primary and c.level == "admin1" and prior.share(c.country_code) > 0
                   and normalize_name(c.name) == normalize_name(name) for c in self.gaz.lookup(name))

    def _big_place_name(self, name: str) -> bool:
        """True when a name of several words is, as written, the own name of a city or unit
        of :data:`BIG_NAME_TOWN` people or more ("Belo Horizonte", "Santo Andre"): the small
        model tags many such names a person, and nobody's full name is a big city's."""
        return " " in name and any(
            c.match == "exact" and c.primary and c.level in ("city", "admin1", "admin2")
            and c.population >= BIG_NAME_TOWN for c in self.gaz.lookup(name))

    def _joined_to_places(self, text: str, sp: _Span) -> bool:
        """True when a plural noun of places is joined to the name after it ("Alverton
        and two nearby towns", "Brill and the surrounding villages", "X and other
        districts"): the name is one of those places, whatever the model tagged it."""
        m = _AND_PLACES_AFTER_RE.match(text, sp.end)
        if m is None:
            return False
        noun = m.group("noun")
        if not noun.endswith("s") or len(noun) < 4:
            return False
        one = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        return self._features.get(noun) == "unit" or self._features.get(one) in ("unit", "district", "region")

    def _looked_up(self, name: str, sp: _Span, strict: bool) -> list[Candidate]:
        """The gazetteer's candidates for the name, as spelt as its label asks."""
        if strict and _ACRONYM_RE.match(name):
            # "SDF", "ISIS": acronyms of organisations, places only as countries ("US")
            cands = [c for c in self.gaz.lookup(name) if c.level == "country"]
        else:
            cands = list(self.gaz.lookup(name))
        if strict or sp.label in STRICT:
            cands = [c for c in cands if c.match != "fuzzy"]
        # country and region names are indexed with all their forms: "Albany" is no Albania
        cands = [c for c in cands if c.level not in ("country", "continent") or c.match == "exact"]
        if not cands and not strict and name.casefold() not in tables.demonyms():
            # but a name no place has that is a country's name one letter off
            # ("Mozambiqe") is that country misspelt
            cands = [c for c in [self.gaz.misspelt_country(name)] if c is not None]
        if any(c.level == "country" and c.match == "exact" for c in cands):
            # and a country's own name is no other spelling of a town ("Iraq" is not Yreka)
            cands = [c for c in cands if c.match == "exact" or c.level != "city"]
        return cands

    def _said_readings(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior, name: str,
                       strict: bool, cands: list[Candidate], listed_with: tuple[str, ...]
                       ) -> tuple[list[Candidate], bool]:
        """The candidates the words around the name allow (a town or a county, a spelling
        or a near one), and whether a county's word held the name to a county's rules."""
        county_said = False
        if ctx.local and any(c.level == "city" and c.match == "exact" and _own_name(c)
                             and (not prior or c.country_code in prior) for c in cands):
            # "a Lebanon woman", "Palestine High School": a town (or a state) where
            # people live, not the country, when a town has that name
            # (in a country the report is about: "2 million Mexico residents" in a report
            # on Mexico and Canada are the country's, not those of a Missouri town)
            cands = [c for c in cands if c.level not in ("country", "continent")]
        elif self._paper_town_name(name, prior, cands):
            # "the Jordan boys' team" in the Jordan paper: the paper's own town, not the country
            cands = [c for c in cands if c.level not in ("country", "continent")]
        if self._state_said(text, sp) and any(c.level == "admin1" and c.match == "exact"
                                              and c.country_code in tables.state_countries() for c in cands):
            # "the State of Mexico", "the state of Georgia": a state of a country whose
            # first-level units are states (``state_countries.tsv``), never the country
            cands = [c for c in cands if c.level not in ("country", "continent")]
        def county(c: Candidate) -> bool:
            # (where the first-level units are counties, "Kerry County", "Nakuru County",
            # one of those too)
            return c.level == "admin2" or (ctx.feature_after == "county" and c.level == "admin1"
                                           and c.country_code in tables.county_countries())

        if ctx.feature_after in tables.second_level_words() and any(county(c) for c in cands):
            # "Boone County": a county, never the town of that name (nor one in it)
            cands = [c for c in cands if county(c)]
            # (nor a unit of the other kind: "Madison County" is no Madison Parish; an
            # independent city, "City of Saint Louis", stays a candidate)
            other = " parish" if ctx.feature_after == "county" else " county"
            cands = [c for c in cands if not c.name.casefold().endswith(other)] or cands
            # (a name the model took for a person that the word makes a county, "Jackson
            # and Madison counties", is held to the rules of "Madison County", not to
            # those of a bare name in a place phrase)
            county_said = True
        if sp.label == "PERSON" and not _placed(ctx) and not ctx.local and " " not in name \
                and not _HOME_OF_RE.search(text, max(0, sp.start - 4), sp.start):
            # "Brown and two other men were charged": a surname the model took for a
            # person, that no words place, is no county (a county is said with its word,
            # "Brown County", and most bear a person's name); a town may still be meant,
            # and "of" may give anyone's home ("Jo Doe of Nelson")
            cands = [c for c in cands if c.level != "admin2"]
        if strict and not _placed(ctx):
            # a name taken for a person or organisation that no words around place
            # counts only as spelt: "Senate" is not Senath, nor "Cuomo" Como; and a
            # town's other name only as a spelling of its own ("Hasakeh" for
            # Al-Hasakah), not as a former or unrelated one ("Robertson said" is no
            # Willard, once Robertson; "a Democrat" no Sumiton)
            cands = [c for c in cands if c.match == "exact"
                     and (c.level != "city" or c.primary or _spelt_alike(name, c.name, text[sp.end:sp.end + 1] == "."))]
        elif prior and (not cands or _respelt_abroad_only(cands, prior)) and (
                " " in name or _placed(ctx, text, sp.end) or ctx.local or ctx.town_title
                or sp.label == DATELINE or listed_with):
            # (a near spelling of one word only where words make it a place, "in X", "X,
            # Y", "X province", or a list of names: a bare capitalised word is most often
            # no misspelt village, nor is one before "of", "the Board of Health")
            # (where the name is only another place's respelling abroad, the report's
            # country may still spell its own town so in its other romanisation: "Wallam"
            # in a report on Niger is Ouallam, not Walem in Belgium)
            abroad = bool(cands)
            for cc, _w in prior.weights.most_common(2):
                cands += [c for c in self.gaz.lookup(name, cc) if not abroad or c.variant]
        if ctx.feature_after:
            # "at Duke University": a body often named after a person opens with a town's
            # own name, not with a former one (Duke, once Erwin's)
            cands = [c for c in cands if not self._named_after_other_name(name, ctx.feature_after, c)]
        own = tables.demonyms().get(name.casefold())
        if own:
            # "the western Indian states": an adjective is no other spelling of a place
            # abroad (Indiana), only of its own country ("Sri Lankan"); a place of that
            # very name may still be meant
            cands = [c for c in cands if c.match == "exact" or c.country_code in own]
        return cands, county_said

    @staticmethod
    def _state_said(text: str, sp: _Span) -> bool:
        """True when "state of" comes right before the name or "State" right after it."""
        return (_STATE_OF_BEFORE_RE.search(text, max(0, sp.start - 20), sp.start) is not None
                or _STATE_WORD_AFTER_RE.match(text, sp.end) is not None)

    def _plausible(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior, name: str,
                   cands: list[Candidate]) -> list[Candidate]:
        """The candidates the report makes plausible (no sea, far town, plain word or other name)."""
        if self._natural(name, ctx):
            # a sea has no gazetteer entry: only the world regions indexed as such
            # ("the Mediterranean Sea") count, never Sudan's Red Sea state
            cands = [c for c in cands if c.level == "continent"]
        # (a dateline writes its town in capitals by convention, "HAMA, Syria --": no code
        # like "WHO", so the town's other names count as for the name in ordinary case)
        cands = self._short_name_filter(name.title() if sp.label == DATELINE else name, cands, prior)
        if ctx.feature_after == "district" and _LOWER_DISTRICT_RE.match(text, sp.end) \
                and prior and prior.share(prior.top()) >= DISTRICT_COUNTRY_SHARE:
            # "Dara district" in a report on Afghanistan: a district of the country the
            # report is about, which the gazetteer lacks, not a namesake in a country the
            # report hardly says (Syria's Dara); the unit around it answers instead (the
            # word written in lower case: "the Alverton District School Board" is a
            # body's name, whose town the report's other words settle)
            cands = [c for c in cands if prior.share(c.country_code) >= FOREIGN_DISTRICT_SHARE]
        cands = without_stand_ins(name, cands, prior, _spelt_alike, _name_part)
        cands = _without_foreign_country_spellings(name, cands, prior)
        if not prior.admin1_codes and not self._capital_outlet(prior.outlet):
            # a local paper names the state of a small town far from its home: without
            # one, "Universal City" in a San Antonio report is no Californian town (a
            # paper of the country's capital reports the whole country: "a town outside
            # Alapayevsk" in a Moscow paper names no region, and needs none)
            bare = ctx.feature_after not in ("county", "parish") and "county" not in name.casefold()
            cands = [c for c in cands if not far_from_home(c, prior.outlet, bare)]
        if normalize_name(name) in tables.shared_landmarks():
            # "a Capitol Hill apartment" in a Utah report: a landmark many cities have is the
            # report's state's own (a state it names, or holding a town it settles by another
            # name), not the one district the gazetteer indexes elsewhere
            key = normalize_name(name)
            states = report_states(prior, key)
            if states:
                cands = [c for c in cands if c.level != "city" or c.admin1_code in states]
        units = [c for c in cands if c.level == "admin1"]
        if _word_unit(name) and units and _FIRST_LEVEL_AFTER_RE.match(text, sp.end):
            # "Plateau State", "Delta State": the unit word after the plain word says it is the
            # first-level unit of that name, whatever country the report names (no town "Plateau";
            # not "the Eastern province of X", a part of X)
            cands = units
        elif _word_unit(name):
            # "the Delta variant", "a show of Unity": a plain word is the province of that
            # name only in a report about the province's country (named, or the outlet's)
            cands = [c for c in cands if c.level != "admin1" or prior.share(c.country_code, normalize_name(name)) > 0
                     or (prior.outlet is not None and prior.outlet.country_code == c.country_code)]
        if not _placed(ctx) and sp.label != DATELINE:
            # "Kishwaukee College", "Palmetto Health": a town's other name, unlike its own
            # (the gazetteer's alternate names hold a creek's, a school's, an old
            # post office's), is no reading where no words place the name; nor a city's,
            # where only that name says the city's country ("the Vistula river" in a
            # report on Poland is no Toledo, Ohio, once called Vistula)
            key = normalize_name(name)
            cands = [c for c in cands if not (
                c.level == "city" and not c.primary and not c.variant
                and (c.population < ALT_NAME_TOWN or _said_only_by(prior, c.country_code, key))
                and not _spelt_alike(name, c.name, text[sp.end:sp.end + 1] == "."))]
        elif prior.local_points:
            # (nor where words place it, far from every town the report settles: "a road
            # in Alverton" in a report on towns around Brill is a place the gazetteer
            # lacks, not a far town once called so)
            cands = [c for c in cands if not (
                c.level == "city" and not c.primary and not c.variant and c.population < ALT_NAME_TOWN
                and not _spelt_alike(name, c.name, text[sp.end:sp.end + 1] == ".")
                and _far_from_settled(c, prior, normalize_name(name)))]
        if prior.local_points:
            # a near spelling of a small town far from every town the report settles is a
            # place the gazetteer lacks (a village, a misspelt neighbour), not that town
            cands = [c for c in cands if not (
                c.level == "city" and c.match == "fuzzy" and c.population < ALT_NAME_TOWN
                and _far_from_settled(c, prior, normalize_name(name)))]
        # so is a village (no real town, :data:`.ranking.NAMESAKE_TOWN`) called only by
        # another name of it (one spelt alike: the others went above) in a state the
        # report names nowhere while its real towns lie in other states of that
        # country, near none of its settled towns: "Cranberry" beside Pittsburgh is a
        # place the gazetteer lacks, not Cranbury in New Jersey once called so
        cands = [c for c in cands if not (
            c.level == "city" and c.match == "exact" and not c.primary and not c.variant
            and c.population < NAMESAKE_TOWN and _other_states_only(c, prior)
            and (not prior.local_points or _nearness(c, prior, normalize_name(name)) == 0))]
        return cands

    def _ranked_in_container(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior, container_of,
                             inner: tuple[str, ...], listed_with: tuple[str, ...], name: str,
                             cands: list[Candidate]):
        """The candidates ranked against the unit the report puts the name in."""
        container = container_of()
        if container is None:
            container = self._clause_country(text, sp)
        key = normalize_name(name)
        if self._town_of_container(text, ctx, container, cands, listed_with):
            # "Lebanon, Pennsylvania", "Palestine, Texas": a town of that name in the
            # state written right after it is that town, whatever else shares the name
            cands = [c for c in cands if c.level in ("city", "admin2") and self._contains(container, c)]
        # "Washington, D.C.", "Peoria, Ill.": an abbreviation after a comma is never a list item
        listed = ctx.container_comma and not _abbreviation_re().match(text, ctx.container_at)
        ranked = self._rank(cands, prior, ctx, container, key, listed,
                            lambda top: self._says_unit(text, sp, top, inner, listed_with, prior),
                            inner, listed_with)
        if container is not None and ctx.container_comma and not ctx.feature_kind_after:
            ranked = _seat_before_its_unit(ranked)
        return container, cands, ranked

    def _clause_country(self, text: str, sp: _Span) -> Candidate | None:
        """The country a clause opens with ("In Canada, Hamilton and London reported
        cases"; "in Peru, Iquitos"), as the container of the names later in that clause
        that no words after them place: a roundup names each country, then its towns."""
        m = None
        for m in _COUNTRY_OPENER_RE.finditer(text, max(0, sp.start - CLAUSE_REACH), sp.start):
            pass  # (the last opener before the name, within a clause's reach)
        if m is None or m.end() > sp.start or _CLAUSE_END_RE.search(text, m.end(), sp.start):
            return None
        countries = [c for c in self.gaz.lookup(m.group("name")) if c.level == "country" and c.match == "exact"]
        return countries[0] if len(countries) == 1 else None

    def _answer(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior, name: str, strict: bool,
                relaxed: bool, cands: list[Candidate], container: Candidate | None, ranked,
                worded: bool = False) -> _Resolution | None:
        """The best ranked candidate if credible (or the container it is put in), with its
        confidence; ``worded``: a unit its word names (:meth:`_worded_units`), credible as
        written."""
        s, c = ranked[0]
        if container is not None and (container.level == "admin1" and c.level in ("city", "admin2")
                                      or container.level == "admin2" and c.level == "city") \
                and not (strict and ctx.titled) and not (sp.opening and not ctx.container_comma) \
                and not (sp.label == "PERSON" and not ctx.container_comma) \
                and not any(x.level in ("admin1", "country") and x.match == "exact"
                            and x.country_code == container.country_code for x in cands) \
                and not any(self._contains(container, x) for x in cands) \
                and not _listed_town_of_state(container, cands):
            # "Grantville, Pennsylvania" where the gazetteer knows no Grantville in
            # Pennsylvania: the state the report puts it in (precision 3), not a namesake
            # elsewhere; so for a county ("the Pine Hollow area of Fulton County"). (Not a
            # headline's untagged first word before "in": "Voters in Ohio back the levy"
            # names people, whatever village once bore the word; nor a name the model took
            # for a person before "in": "to see Jo Kane in Fulton County" is someone there)
            return _Resolution(container, 0.3)
        # the best candidate is not credible: say so rather than fall back to a worse one
        # ("Sukoharjo, Central Java": a town of its own name inside the unit the report
        # puts it in is credible however small, for the unit is the evidence)
        # (in a report that says no country, a town dwarfing every namesake is credible by
        # any of its names where words place it: "in Palmyra", :func:`.ranking.famous_town`)
        # (so too a name the model took for an organisation after a preposition of place, "near
        # Djibo": no body is fought near, and only a town by far the largest of its name is meant)
        # (where words place the name, "stores in Evanston", its namesakes may be real towns,
        # so long as the one meant far outsizes them all: :data:`.ranking.FAMOUS_OVER_TOWNS`;
        # a town's own body after it says a town as plainly: "Evanston police")
        placed = ctx.locative or led_as_place(text, sp) or names_town_body(text, sp.end)
        famous = worded or (not prior and (relaxed or not strict or sp.label == "ORG" and not ctx.titled and placed)
                            and famous_town(cands, placed) is c)
        # (a body named after a place, "the universities of Leeds and X", is named after a
        # town the world knows by that name, whatever countries the report says: the town by
        # far the largest of its name)
        famous = famous or (ctx.unit_body and not ctx.titled and famous_town(cands, True) is c)
        if not famous and not self._credible(c, prior, strict, sp.label, relaxed, name,
                                             target=relaxed and ctx.target,
                                             armed_target=relaxed and ctx.armed_target
                                             and not _named_person(text, sp, name)) and not (
                container is not None and container.level in ("admin1", "admin2")
                and _own_name(c) and not (strict and ctx.titled) and self._contains(container, c)) \
                and not self._small_town_modifier(text, sp, ctx, prior, c, cands):
            return None
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        inside = container is not None and self._contains(container, c)
        if c.match != "exact" and container is not None and container.country_code and not inside \
                and container.country_code != c.country_code:
            # a spelling variant in another country than the place the report puts the name
            # in ("Kalam in the Swat Valley" is not Kalama, Washington): no answer
            return None
        conf = (0.5 * c.score + 0.3 * prior.share(c.country_code) + 0.1 * inside
                + 0.1 * min(1.0, max(0.0, s - second)))
        namesakes = [x for x in cands if x.country_code == c.country_code and x.level in ("city", "admin2")
                     and x.match != "fuzzy"]
        # (a town matched only by another of its names, in a state the report does not
        # name while it names others of that country, anchors no reading: "Cookville"
        # beside Texas may be a Texan place the gazetteer lacks, not Cookeville,
        # Tennessee, and must not pull the report's other names to Tennessee)
        foreign_state = not _own_name(c) and c.admin1_code not in prior.named_admin1 and any(
            code.startswith(c.country_code + ".") for code in prior.named_admin1)
        settled = c.level in ("city", "admin2") and (inside or (len(namesakes) == 1 and not foreign_state))
        return _Resolution(c, min(0.99, max(0.05, conf)), settled)

    @staticmethod
    def _small_town_modifier(text: str, sp: _Span, ctx: Context, prior: CountryPrior, c: Candidate,
                             cands: list[Candidate]) -> bool:
        """True for a name (untagged, or taken for an organisation) standing before a
        person's or a site's noun as its modifier ("a Brill spokesperson", "the Brill
        plant"; town_modifier_nouns.tsv) that the gazetteer knows only as one small town
        by its own name, in a report that names that town's state: the modifier says
        where the speaker or the site is, and the state the report names bears the town
        out, however few live there. A titled name, a name shared with another place and
        a capitalised common word ("Senate") are left to the usual rules."""
        return sp.label in ("", "ORG") and not ctx.titled and c.level == "city" and c.match == "exact" \
            and c.primary and bool(c.admin1_code) and c.admin1_code in prior.named_admin1 \
            and all(x is c for x in cands if x.match == "exact") \
            and normalize_name(sp.name(text)).casefold() not in tables.common_names() \
            and (m := _LOWER_WORD_AFTER_RE.match(text, sp.end)) is not None \
            and m.group(1) in tables.town_modifier_nouns()

    def _town_of_container(self, text: str, ctx: Context, container: Candidate | None,
                           cands: list[Candidate], listed_with: tuple[str, ...]) -> bool:
        """True when a name is directly followed by ", State" (or ", Country") holding
        a town of that name by its own name, and the two are no items of a list ("Iraq,
        Lebanon, Georgia and Ukraine"; "Lebanon, Ohio and Indiana"; two units of one
        kind, "China, Japan"): the pair is one address, so the town wins over a country
        or state sharing the name, which the list reading of a comma otherwise keeps."""
        if container is None or not ctx.container_comma or container.level not in ("admin1", "country") \
                or len(listed_with) > 1:
            return False
        if not any(c.level == "city" and c.match == "exact" and _own_name(c) and self._contains(container, c)
                   for c in cands):
            return False
        if any(c.match == "exact" and (c.level == container.level
                                       or (c.level == "admin1" and self._contains(container, c))) for c in cands):
            # two units of one kind, "China, Japan", "California, Oregon": a list; a
            # state in its country, "California, United States": the state
            return False
        m = _NAME_AT_RE.match(text, ctx.container_at)
        nxt = _LIST_ITEM_AFTER_RE.match(text, m.end()) if m else None
        # (a name joined after the state that is no place, "of Danville, Virginia, and Jo
        # K. Doe", is the next person of a list of relatives, not a list of states)
        joined = nxt is not None and bool(nxt.group("joined")) and any(
            c.match == "exact" for c in self.gaz.lookup(nxt.group("name")))
        return nxt is None or not (joined or self._unit_name(nxt.group("name"), ("country", "admin1")))

    def _in_country_after(self, text: str, sp: _Span) -> bool:
        """True when a name the model took for a person is followed by ", Country" and
        is a unit or town of that country by its own name ("Binh Phuoc, Vietnam;" in a
        list of addresses): an address, whatever the report's other countries."""
        m = _COUNTRY_AFTER_RE.match(text, sp.end)
        if m is None:
            return False
        ccs = {c.country_code for c in self.gaz.lookup(m.group("name")) if c.level == "country" and c.match == "exact"}
        return bool(ccs) and any(c.country_code in ccs and c.match == "exact" and c.primary
                                 and c.level in ("admin1", "city") for c in self.gaz.lookup(sp.name(text)))

    @staticmethod
    def _street_of(text: str, sp: _Span) -> bool:
        """True when the name in the possessive comes right before a street's name
        ("down Rock Hill's Main Street", "on Baghdad's Palestine Street"): the town the
        street is in, placed by the words as "in X" would, whatever the model tagged it."""
        m = _POSSESSIVE_AFTER_RE.match(text, sp.end)
        if m is None:
            return False
        at = m.end()
        for _ in range(3):  # up to two words of the street's name before its street word
            after = _NEXT_NAME_WORD_RE.match(text, at)
            if after is None:
                return False
            at = after.end()
            if after.group("word").casefold().rstrip(".") in tables.thoroughfare_words():
                return True
        return False

    def _named_site_of(self, text: str, sp: _Span) -> bool:
        """True when the name in the possessive owns a named site ("left Alverton's Ravelli
        hospital", "at Brill's Kings Cross Stadium"; a site's word of ``features.tsv``): the
        town the site stands in, placed by the words as "in X" would, whatever the model
        tagged it."""
        m = _NAMED_SITE_AFTER_RE.match(text, sp.end)
        return m is not None and self._features.get(m.group("word").casefold()) == "site"

    @staticmethod
    def _local_body_after(text: str, sp: _Span) -> bool:
        """True when a local public body's word in lower case follows a one-word name
        ("Alverton police said", "called Alverton police station"): the body of a
        place, whatever the model tagged the name (a body's own name is capitalised,
        "Alverton Police Department", and read by :meth:`_inner_resolution`)."""
        m = _LOWER_WORD_AFTER_RE.match(text, sp.end)
        return m is not None and " " not in sp.name(text) and m.group(1) in tables.institution_words()

    def _says_unit(self, text: str, sp: _Span, top: Candidate, inner: tuple[str, ...],
                   listed_with: tuple[str, ...], prior: CountryPrior | None = None) -> bool:
        """True when the report means the unit ``top`` rather than its namesake town
        (New York, Washington): words say so ("upstate", "state of", "Governor"), a
        town of the unit is placed in it ("Buffalo, New York"), it is listed with
        other units of its country that are plainly units ("Utah, Washington"), or
        the report counts by state: it names two or more other units of that country
        ("three in Texas, two in Kansas ... New York has confirmed 28")."""
        if _STATE_BEFORE_RE.search(text[max(0, sp.start - 20):sp.start]) \
                or _STATE_AFTER_RE.match(text[sp.end:sp.end + 20]):
            return True
        if _DC_AFTER_RE.match(text, sp.end) or sp.label == DATELINE:
            # "Washington D.C.", "Washington, DC": the capital; a dateline is the town
            # the report was filed from ("WASHINGTON --", "NEW YORK --")
            return False
        if self._state_said_elsewhere(text, sp):
            return True
        # (units named in full: "Norman, Okla." and "D.C." are containers, no count by state)
        seat = self.gaz.capital_of(top.place_id)
        # (only for a unit whose namesake town is not its seat: a Kenyan county named
        # after its seat, Kisii, stays the town however many counties the report names)
        if prior is not None and top.level == "admin1" and (seat is None or normalize_name(seat.name) not in (
                normalize_name(top.name), normalize_name(sp.name(text)))) \
                and sum(1 for code in prior.named_admin1 if code != top.admin1_code
                        and code.startswith(top.country_code + ".")) >= 2:
            return True
        return self._unit_evidence(top, inner, listed_with, seat)

    @staticmethod
    def _state_said_elsewhere(text: str, sp: _Span) -> bool:
        """True when words at another mention of the same name say the state ("the
        New York state budget ... cases in New York since May"): one name keeps one
        reading through a report."""
        name = text[sp.start:sp.end]
        for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w-])", text):
            if m.start() != sp.start and (
                    _STATE_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
                    or _STATE_AFTER_RE.match(text[m.end():m.end() + 20])):
                return True
        return False

    def _unit_evidence(self, unit: Candidate, inner: tuple[str, ...], listed_with: tuple[str, ...],
                       seat: Candidate | None = None) -> bool:
        """True when the report places a town of ``unit`` (other than ``seat``) in the
        name ("Buffalo, New York"), or lists the name with other units of the same
        country that are plainly units ("Utah, Washington and Oregon"). For a unit named like
        its own country, a first-level unit of that country placed in the name is evidence
        against it: a state holds no state, so "Guerrero, Mexico" puts Guerrero in the country,
        not in the State of Mexico (a list of units, "Chalatenango, San Vicente", is no such case)."""
        if any(x.level == "country" and x.country_code == unit.country_code for x in self.gaz.lookup(unit.name)) \
                and any(x.level == "admin1" and x.match == "exact" and x.country_code == unit.country_code
                        and x.place_id != unit.place_id for name in inner for x in self.gaz.lookup(name)):
            return False
        for name in inner:
            if any(x.level == "city" and x.match == "exact" and x.primary and x.country_code == unit.country_code
                   and x.admin1_code == unit.admin1_code and (seat is None or x.place_id != seat.place_id)
                   for x in self.gaz.lookup(name)):
                return True
        for name in listed_with:
            cands = [x for x in self.gaz.lookup(name) if x.match == "exact" and x.country_code == unit.country_code]
            # (a unit named like a big town, "Washington", is no evidence either way)
            if any(x.level == "admin1" and x.place_id != unit.place_id for x in cands) and not any(
                    x.level == "city" and (x.feature_code == "PPLC" or x.population >= 100_000) for x in cands):
                return True
        return False

    def _abbreviation(self, form: str, prior: CountryPrior) -> _Resolution | None:
        """The unit an abbreviation stands for ("Ill." -> Illinois); a form of two
        countries' units ("WA") is read in the one the report is more about."""
        table = tables.admin1_abbreviations()
        units = table.get(form) or table.get(form + ".", [])  # ("N.Y" without its full stop)
        if not units:
            return None
        cc, code = max(units, key=lambda u: prior.weights.get(u[0], 0.0))  # ties: first listed
        cand = self.gaz.admin1(cc, code)
        return _Resolution(replace(cand, score=1.0, primary=True), 0.8) if cand else None


def led_as_place(text: str, sp: "_Span") -> bool:
    """A preposition of place leads the span in ("withdrew from X", "near X", "in X")."""
    return _PLACE_LEAD_RE.search(text, max(0, sp.start - 8), sp.start) is not None


def _unit_word_after(text: str, end: int, words: frozenset[str]) -> str:
    """The unit word of ``words`` right after a name ("region" of " region"), or the one a
    plural closing the list the name stands in says of each item ("the Odesa and
    Mykolaiv regions", "Kharkiv, Sumy and Poltava regions"); else ""."""
    m = _WORD_AFTER_RE.match(text, end)
    word = m.group(1) if m else ""
    if word.casefold() not in words and not (word.islower() and word[:-1] in words):
        lm = _LIST_AFTER_RE.match(text[end:end + 120])
        word = lm.group(1) if lm else ""
        if word[:-1] not in words:
            return ""
    word = word.casefold()
    return word if word in words else word[:-1] if word.endswith("s") and word[:-1] in words else ""


def _said_only_by(prior: CountryPrior, cc: str, key: str) -> bool:
    """True when the report's other names say some country but not ``cc``, which only the
    name ``key`` said (a big town's other name gives its country weight for itself)."""
    own = sum(prior.own_weights.get(key, {}).values())
    return sum(prior.weights.values()) > own and prior.share(cc, key) <= 0


def _other_states_only(c: Candidate, prior: CountryPrior) -> bool:
    """True when the report's real towns lie in states of ``c``'s country, none in
    ``c``'s, and the report names no state of ``c``'s either."""
    states = set(prior.city_units) | prior.admin1_codes
    return c.admin1_code not in states and any(s.split(".")[0] == c.country_code for s in prior.city_units)


def _seat_before_its_unit(ranked: list) -> list:
    """A municipality ranked first over the town of its own name that is its seat ("Uruapan,
    Michoacan", "Tame, Arauca": the admin2 and the city share name, admin2 and state) gives way
    to the town: a name written with its state after a comma names the town, as in "Tulsa,
    Oklahoma", so the event takes the town at precision 1, not the unit at 3 (spec §4.2). A
    word saying the unit ("Uruapan municipality") keeps it (the caller checks)."""
    if not ranked or ranked[0][1].level != "admin2":
        return ranked
    unit = ranked[0][1]
    seat = next((i for i, (_, c) in enumerate(ranked) if c.level == "city" and c.name == unit.name
                 and c.admin2 == unit.name and c.admin1 == unit.admin1 and c.country_code == unit.country_code),
                None)
    if seat is None:
        return ranked
    return [ranked[seat], *ranked[:seat], *ranked[seat + 1:]]


def _without_foreign_country_spellings(name: str, cands: list[Candidate], prior: CountryPrior) -> list[Candidate]:
    """A country called by a spelling no English report uses for it ("Uman", a
    transliteration of Oman) is no reading where a town bears that name as its own in a
    country the report is about, by other words than the name: "KYIV, Ukraine ...
    struck Uman" is the Ukrainian city."""
    english = tables.english_country_keys()
    key, ek = normalize_name(name), exact_key(name)
    foreign = [c for c in cands if c.level == "country" and ek not in english.get(c.country_code, frozenset())]
    if not foreign or not any(c.level == "city" and c.match == "exact" and _own_name(c)
                              and prior.share(c.country_code, key) > 0 for c in cands):
        return cands
    return [c for c in cands if c not in foreign]


def _named_person(text: str, sp: "_Span", name: str) -> bool:
    """True when ``name`` is a given name (``given_names.tsv``) or the report writes it elsewhere beside
    another capitalised word ("Baraka Obi"), not opening a sentence: it names a person, and "rebels
    attacked Ali" is an attack on him, not on a town of that name."""
    if name.casefold() in tables.given_names():
        return True
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
        if m.start() == sp.start:
            continue
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 30]
        if re.search(r"[A-Z][\w'’-]+[ \t]+$", before) and not re.search(r"(?:^|[.!?]\s+)[A-Z][\w'’-]+[ \t]+$", before) \
                or re.match(r"[ \t]+[A-Z][a-z]", after):
            return True
    return False


def _given_name(name: str) -> bool:
    """True when ``name`` is one word and a common given name (``english_given_names.tsv``
    or ``given_names.tsv``)."""
    key = name.casefold()
    return " " not in key and (key in tables.english_given_names() or key in tables.given_names())


def _respelt_abroad_only(cands, prior) -> bool:
    """True when every place of a name is only a normalised respelling of it outside the
    report's countries: no exact name, none in a country the report is about."""
    return all(c.match == "normalised" and c.country_code not in prior for c in cands)


def _listed_town_of_state(container: Candidate, cands: list[Candidate]) -> bool:
    """True when a county after the comma holds no town of the name but the county's own
    state has a real town of it by its own name: "sent to Alverton, Sacramento, Fresno"
    lists the state's towns, no place of that county the gazetteer lacks."""
    return container.level == "admin2" and any(
        c.level == "city" and c.match == "exact" and c.primary and c.population >= NAMESAKE_TOWN
        and c.country_code == container.country_code and c.admin1_code == container.admin1_code for c in cands)
