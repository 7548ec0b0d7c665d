"""Places below the gazetteer: districts, sites and places near a town, put at their town
as "Town - District" or with precision 2, as ACLED does.

Kept apart from resolution: these answer when the gazetteer has no such place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import PlaceMention
from . import tables
from .gazetteer import Candidate, haversine_km
from .normalize import normalize_name
from .patterns import Context
from .spans import _english_word, _Span, ABBREVIATION, DATELINE, STRICT
from .ranking import CONTAINMENT_KM
from .resolve import LOCATIVE_LABELS, _Resolution

#: the word in lower case right before a name, after a space: "slum" of "Alverton slum Kibbe"
#: a capitalised word right after a name: the name goes on ("Lake Alverton College")
_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z]")
_WORD_BEFORE_NAME_RE = re.compile(r"(?<=[ \t])(?P<word>[a-z]+)[ \t]+$")
#: the levels of a unit a feature lies in
_UNIT_LEVELS = ("admin1", "admin2", "country")
#: a unit's possessive right before a feature's name: "Utah's Brill Park"
_POSSESSIVE_GAP_RE = re.compile(r"['’]s[ \t]+(?:the[ \t]+)?")
#: the words before a container after a feature: "... slopes in ", "... near ", ", "
_CONTAINER_GAP_RE = re.compile(r"(?:\b(?:in|near|outside)|,)[ \t]+$")
#: a preposition of place right before a name: "at ", "on the "
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|on|near|to|from|off|outside|around|across)[ \t]+(?:the[ \t]+)?$")
#: a sentence's or clause's end between a feature and a later name
_SENTENCE_END_RE = re.compile(r"[.;!?]\s|[.;!?]$|\n")
#: a word in lower case right after a name: " village"
_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")
#: a settlement's word in apposition after a name, up to the unit it lies in: ", a small
#: village in (the) "
_SETTLEMENT_APPOSITION_RE = re.compile(r",[ \t]+(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?(?P<word>[a-z]+)"
                                       r"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: a feature's word in lower case after a name, or after "and" and a second name as a
#: plural both share: " island", " and Tarrow islands"
_LOWER_FEATURE_RE = re.compile(r"(?P<and>[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+)?[ \t]+(?P<word>[a-z]+)\b"
                               r"(?![ \t]+[A-Z])")

#: a country whose point lies this near its capital's is a city-state to feature placing
CITY_STATE_KM = 10.0


class SubLocal:
    """Places below the gazetteer for :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _building_or_street(self, name: str) -> bool:
        """True when a name's last word is a site's, a street's, a named body's or grounds'
        word ("Grove Hill Union Cemetery", "Mill Road", "St. Anne's Lutheran Church")."""
        last = name.split()[-1].casefold().rstrip(".") if name.split() else ""
        return self._features.get(last) == "site" or last in tables.thoroughfare_words() \
            or last in tables.named_institution_words() or last in tables.grounds_words()

    def _part_of_town(self, text: str, sp: _Span, ctx: Context, res: _Resolution | None,
                      container_of) -> Candidate | None:
        """The town ``sp`` is a part of, when the gazetteer has no such place in it.

        "the Mirpur area of Dhaka", "the Mirpur district of Dhaka", "Mirpur in Dhaka":
        a name the report puts inside a town it resolved is a district of that town
        (``"Dhaka - Mirpur"``, as ACLED writes it) unless one of the name's candidates
        lies within :data:`CONTAINMENT_KM` of the town. After a comma ("Mirpur,
        Dhaka", which may also be a list) only a name with no credible place of its
        own and no namesake in the town's country is taken as a district; after a
        plain "in Y" / "of Y" with no district word, any namesake in that country
        keeps the name its own place.
        """
        if ctx.container_at < 0 or ctx.container_near:
            return None
        # (a name the model took for a body is a district where a neighbourhood's word
        # follows it after "in": "in the Kibbe neighborhood, Brill")
        if sp.label in STRICT and not ((sp.label in LOCATIVE_LABELS or ctx.feature_kind_after == "district")
                                       and ctx.locative):
            return None
        if ctx.titled or ctx.region or ctx.feature_kind_after == "unit" \
                or ctx.feature_kind_before == "natural" or self._natural(sp.name(text), ctx):
            return None
        if res is not None and res.cand.level in ("country", "continent", "admin1"):
            return None
        town = container_of()
        if town is None or town.level != "city":
            return None
        name = sp.name(text)
        if normalize_name(name) == normalize_name(town.name):
            return None
        cands = [c for c in self.gaz.lookup(name) if c.match != "fuzzy"]
        sub = ctx.feature_kind_after in ("site", "district") or ctx.feature_kind_before == "district"
        if ctx.container_comma and not (sub and ctx.feature_kind_after == "district"):
            if res is not None or any(c.country_code == town.country_code for c in cands):
                return None
            return town
        if not sub:
            # plain "X in Y": Y may also be the unit named after the town ("Saravena in
            # Arauca"), so any namesake in Y's country keeps X a place of its own
            return None if any(c.country_code == town.country_code for c in cands) else town
        if any(c.country_code == town.country_code
               and haversine_km(c.latitude, c.longitude, town.latitude, town.longitude) < CONTAINMENT_KM
               for c in cands):
            return None
        return town

    def _site_towns(self, text, spans, pending, sites, prior, plain) -> list[PlaceMention]:
        """The towns opening the names of buildings (``sites``: normalised names a site
        word followed, "Alverton Middle School"), read as those opening an
        organisation's name (:meth:`_opening_place`): geoparsing counts places, and a
        school, a hospital or an airport is a building in one."""
        out = []
        for i in pending:
            if normalize_name(spans[i].name(text)) in sites:
                m = self._opening_place(text, spans[i], prior, plain)
                if m is not None:
                    out.append(m)
        return out

    def _outdoor_features(self, text, spans, pending, mentions) -> list[PlaceMention]:
        """A river, lake, park, peak, island, bay, square or fort the gazetteer lacks
        ("Brill Creek", "Lake Alverton", "Fort Halvern"; :func:`_outdoor_feature`), put where the words around it say
        (:meth:`_feature_place`): geoparsing counts such names as toponyms. Toponym
        output only. A name the model took for a person, or that a capitalised word goes
        on ("Lake Alverton College"), is left out, and so is one it took for an
        organisation unless a preposition of place comes before it ("Fort Halvern said")."""
        out = []
        for i in pending:
            sp = spans[i]
            if sp.label in (ABBREVIATION, DATELINE) or _NAME_GOES_ON_RE.match(text, sp.end):
                continue
            if sp.label == "ORG" and not _LOCATIVE_BEFORE_RE.search(text, max(0, sp.start - 20), sp.start):
                continue  # ("Fort Halvern, Maryland, said": a body speaking; "at Fort Halvern" a place)
            name = sp.name(text)
            # ("Quenby island", "Quenby and Tarrow islands": the feature's word in lower case)
            word, end = _lowercase_feature_word(text, sp.end)
            if word:
                sp, name = replace(sp, end=end), f"{name} {word}"
            elif sp.label == "PERSON":
                continue
            if not _outdoor_feature(name) or any(m.start < sp.end and sp.start < m.end for m in mentions):
                continue
            place = self._feature_place(text, sp, mentions)
            if place is None:
                continue
            place = self._feature_town(text, sp, name, place) or place
            unit = place.level != "city"
            out.append(replace(place, start=sp.start, end=sp.end, text=text[sp.start:sp.end] if word else name,
                               level="feature",
                               geo_precision=3 if unit else 2, confidence=0.4 * place.confidence, kind="name",
                               location=f"{place.location} - {name}"))
        return out

    def _feature_town(self, text: str, sp: _Span, name: str, place: PlaceMention) -> PlaceMention | None:
        """The town a feature put in a state or county is named after, when that unit
        holds a town of the name the feature's word leaves ("Brill Proving Ground in
        Utah", "Quenby Bay, Texas": the town of Brill or Quenby there): a feature
        bearing a town's name lies by that town, nearer than the unit's centre."""
        if place.level not in ("admin1", "admin2"):
            return None
        rest = _feature_rest(name)
        if not rest:
            return None
        towns = [c for c in self.gaz.lookup(rest, place.country_code)
                 if c.level == "city" and c.match == "exact" and c.admin1 == place.admin1
                 and (place.level != "admin2" or c.admin2 == place.admin2)]
        if not towns:
            return None
        town = max(towns, key=lambda c: c.population)
        return self._mention(text, sp, Context(), _Resolution(town, place.confidence))

    def _feature_place(self, text: str, sp: _Span, mentions: list[PlaceMention]) -> PlaceMention | None:
        """Where a feature the gazetteer lacks lies: the unit or town its sentence puts it
        in ("Mount Tarrow's slopes in Oregon", "Quenby Creek near Alverton", "Utah's
        Brill Park": precision 3 at a unit, as the spec codes a feature known to its
        province); failing that, the paragraph's last town ahead of it, as a local
        paper's stream runs by its own town, if no other state or country comes between
        (if one does, the last such state, or city-state: :meth:`_city_state`); failing
        that, the paragraph's first town after it; else no answer: never a town
        of another part of the report."""
        before = [m for m in mentions if m.end <= sp.start]
        if before and before[-1].level in _UNIT_LEVELS and _POSSESSIVE_GAP_RE.fullmatch(text, before[-1].end,
                                                                                       sp.start):
            return before[-1]
        after = sorted((m for m in mentions if m.start >= sp.end), key=lambda m: m.start)
        if after:
            gap = text[sp.end:after[0].start]
            if len(gap) <= 60 and not _SENTENCE_END_RE.search(gap) and _CONTAINER_GAP_RE.search(gap) \
                    and after[0].level in _UNIT_LEVELS + ("city",):
                return after[0]
        para_start = text.rfind("\n", 0, sp.start) + 1
        para_end = text.find("\n", sp.end)
        para_end = len(text) if para_end < 0 else para_end
        towns = [m for m in before if m.level == "city" and m.start >= para_start]
        if towns:
            last = towns[-1]
            # (another state or country between them says the feature is elsewhere; the
            # town's own country does not: "Auckland ... the New Zealand ministry said ...
            # at Quenby Bay")
            between = [m for m in before if m.level in ("admin1", "country") and m.start > last.end
                       and (m.country_code, m.admin1 if m.level == "admin1" else last.admin1)
                       != (last.country_code, last.admin1)]
            if not between:
                return last
            # (the state or city-state named last is where it lies: "Oregon rangers said
            # Mount Tarrow", "the Vatican said ... in Aldric Square"; a larger country's
            # point is no feature's)
            unit = between[-1]
            return unit if unit.level == "admin1" or self._city_state(unit) else None
        # (a town after it counts only in its own sentence: the next sentence may well
        # be about another place of the report, "... produced at Fort Halvern. A
        # Brillton spokesman said")
        stop = _SENTENCE_END_RE.search(text, sp.end)
        stop_at = min(para_end, stop.start() if stop else para_end)
        return next((m for m in after if m.level == "city" and m.end <= stop_at), None)

    def _city_state(self, m: PlaceMention) -> bool:
        """True for a country the gazetteer puts at its capital (Vatican City, Monaco,
        Singapore): its point is a town's, as near any feature of it as a town is."""
        country = self.gaz.country(m.country_code) if m.level == "country" else None
        cap = self.gaz.capital_of(country.place_id) if country is not None else None
        return cap is not None and haversine_km(cap.latitude, cap.longitude, country.latitude,
                                                country.longitude) <= CITY_STATE_KM

    def _feature_named_as_town_afar(self, text: str, sp: _Span, ctx: Context, res: _Resolution,
                                    prior) -> bool:
        """True for a name that a capitalised region word follows ("Brill Valley",
        "Brill Mountains"), read as a town outside every state the report names: the
        valley or range is meant, not a namesake town elsewhere."""
        if ctx.feature_kind_after != "region" or res.cand.level != "city" or not prior.admin1_codes:
            return False
        if res.cand.admin1_code in prior.admin1_codes:
            return False
        word = text[sp.end:sp.end + 40].split()[:1]
        return bool(word) and word[0][:1].isupper() and word[0].casefold().strip(".,;:") == ctx.feature_after

    def _feature_in_report_state(self, text: str, sp: _Span, prior) -> PlaceMention | None:
        """The feature ``sp`` names at the one state the report names, precision 3 (as
        the spec codes a feature known only to its province); none when the report
        names several."""
        if len(prior.admin1_codes) != 1:
            return None
        code = next(iter(prior.admin1_codes))
        unit = self.gaz.admin1(code.split(".")[0], code)
        if unit is None:
            return None
        m = self._mention(text, sp, Context(), _Resolution(unit, 0.3))
        m.level = "feature"
        return m

    def _near_towns(self, text, spans, contexts, pending, districts, container_of) -> list[PlaceMention]:
        """ "the town of Ber, east of Timbuktu": a place below the gazetteer that the
        report puts near a town it resolved is placed at that town, precision 2
        (as ACLED places a village it cannot find at the nearest known town)."""
        out = []
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            if not ctx.container_near or ctx.titled or normalize_name(sp.name(text)) in districts:
                continue
            if sp.label in STRICT and not (sp.label in LOCATIVE_LABELS and ctx.locative):
                continue
            if self._natural(sp.name(text), ctx):
                continue
            town = container_of(i)
            if town is None or town.level != "city":
                continue
            m = self._mention(text, sp, Context(), _Resolution(town, 0.5))
            m.level = "feature"
            m.geo_precision = 2
            out.append(m)
        return out

    def _listed_villages(self, text, spans, contexts, pending, districts, listed_indices, resolve
                         ) -> list[PlaceMention]:
        """ "the villages of Aldwick, Brill and Marrowdyke": a village below the gazetteer
        listed with villages the report resolved is placed at the one listed next to it,
        precision 2 (as ACLED places a village it cannot find at the nearest known town);
        the town's word before the list keeps out people and bodies."""
        out = []
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            if ctx.feature_before not in self._settlements or ctx.titled \
                    or normalize_name(sp.name(text)) in districts:
                continue
            if self._natural(sp.name(text), ctx) or self._building_or_street(sp.name(text)):
                continue
            towns = [r.cand for r in (resolve(j) for j in listed_indices(i) if j not in pending)
                     if r is not None and r.cand.level == "city"]
            if not towns:
                continue
            m = self._mention(text, sp, Context(), _Resolution(towns[0], 0.5))
            m.level = "feature"
            m.geo_precision = 2
            out.append(m)
        return out

    def _unlisted_in_units(self, text, spans, contexts, pending, districts, container_of,
                           unit_word_in: bool = False) -> list[PlaceMention]:
        """ "the laboratories in Fort Halvern, Maryland": a name below the gazetteer that
        the report puts, after "in" and a comma, inside a state or province is a place of
        that unit (base, camp, village), put at the unit's point, precision 3, as ACLED
        codes a place it knows only to its province. Toponym output only; the
        preposition keeps out people and bodies ("Jo Doe, Maryland"), and a building's
        or street's name is no toponym. A town's word before the name says as much as
        the preposition: "the village of Marrowdyke in Fife" is a village of Fife, and so is
        "Marrowdyke village in Fife" or "Marrowdyke, a small village in Fife". A country's
        possessive before the unit leaves the unit the container ("in Scotland's Fife
        region": Fife). With ``unit_word_in``, a place phrase and "in" before a unit written
        with its second-level word count too ("near Kitshanga in Masisi territory")."""
        out = []
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            # ("the village of Marrowdyke in Fife", "Marrowdyke village in Fife",
            # "Marrowdyke, a village in Fife")
            # (the word as written in lower case: "Willow Valley Retirement Communities in
            # Alverton" is a building's name)
            settled_after = ctx.feature_after in self._settlements and _LOWER_WORD_AFTER_RE.match(text, sp.end)
            settlement = (ctx.feature_before in self._settlements or settled_after) and ctx.connector_in
            apposed = _SETTLEMENT_APPOSITION_RE.match(text, sp.end)
            if apposed and apposed.group("word").casefold() not in self._settlements:
                apposed = None
            told_in_unit = unit_word_in and ctx.locative and ctx.connector_in and _second_level_word_after(
                text, spans, ctx.container_at)
            if not ((ctx.locative and ctx.container_comma) or settlement or apposed or told_in_unit) or ctx.titled \
                    or (ctx.feature_after and not settled_after) or normalize_name(sp.name(text)) in districts:
                continue
            if self._natural(sp.name(text), ctx) or self._building_or_street(sp.name(text)):
                continue
            unit = container_of(i, apposed.end()) if apposed else container_of(i)
            if unit is None or unit.level not in ("admin1", "admin2"):
                continue
            m = self._mention(text, sp, Context(), _Resolution(unit, 0.4))
            m.level = unit.level
            out.append(m)
        return out

    def _unlisted_in_report_area(self, text, spans, contexts, pending, districts, mentions, prior,
                                 container_of) -> list[PlaceMention]:
        """Toponym output: a name the gazetteer lacks (near spellings aside) that the words
        say is a place (:meth:`_placed_by_words`) and no earlier step placed is a place of
        the unit written after it ("Marrowdyke, Kenya"), else of the closest place its
        paragraph gives earlier (the county, else the province, holding that town, or that unit),
        or later when none comes earlier, else of the report's country: put at that unit's
        point, precision 3, as ACLED codes a place it knows only to its district, province or country.
        A sea, a building's or a street's name, a demonym, a possessive ("Jo's death"), a
        name with figures or in capitals, a titled name and a street after a house number
        are none."""
        out = []
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            name = sp.name(text)
            if sp.label in (ABBREVIATION, DATELINE) or ctx.titled or normalize_name(name) in districts \
                    or any(m.start < sp.end and sp.start < m.end for m in [*mentions, *out]):
                continue
            if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in name.replace("-", " ").split()) \
                    or _HOUSE_NUMBER_BEFORE_RE.search(text, max(0, sp.start - 8), sp.start) \
                    or name.casefold() in tables.demonyms() or _POSSESSIVE_AFTER_RE.match(text, sp.end) \
                    or self._natural(name, ctx) or self._building_or_street(name) \
                    or any(c.match != "fuzzy" for c in self.gaz.lookup(name)):
                continue  # (a name the gazetteer has was read, and left out, for its reasons)
            unit = container_of(i) if ctx.container_comma and not ctx.container_near else None
            if unit is not None and unit.level not in ("country", "admin1"):
                unit = None
            if not self._placed_by_words(text, sp, ctx, unit is not None):
                continue
            unit = unit or self._paragraph_unit(text, sp, mentions) or (
                self.gaz.country(prior.top()) if prior else None)
            if unit is None:
                continue
            m = self._mention(text, sp, Context(), _Resolution(unit, 0.3))
            m.geo_precision = 3
            out.append(m)
        return out

    def _placed_by_words(self, text: str, sp: _Span, ctx: Context, unit_after: bool) -> bool:
        """True when the words around a name the gazetteer lacks make it a place, whatever
        the model tagged it: a town's word ("the village of X", "X village", "X, a small
        town"), a bearing ("drove north to X", "west of X"), a town's office ("the Mayor of
        X"), an area ("the X area", "X-based", "X-area"), a home after an age or a party
        letter ("Jo Doe, 22, of X", "Rep. Jo Doe, D-X"), a unit after a comma ("X, Kenya"),
        "in X", or, for a name the model tagged a place, another preposition of place ("to
        X"). A person's given name, a name of English words alone ("West Prince") and one
        whose later words are English ("Brill Shopping Center") are none."""
        # (a community after a name is often a people's: "the Tamil community")
        settled_after = ctx.feature_after in self._settlements - tables.people_group_words() \
            and _LOWER_WORD_AFTER_RE.match(text, sp.end)
        area_after = ctx.feature_after == "area" or _PLACE_SUFFIX_AFTER_RE.match(text, sp.end)
        if ctx.feature_after and not (settled_after or area_after):
            return False  # ("Marrowdyke hospital": a site's name)
        name = sp.name(text)
        words = name.split()
        if words[0].casefold() in tables.given_names() or any(_english_word(w) for w in words[1:]):
            return False  # ("Jo Doe", "Brill Shopping Center": a person's, a building's)
        if ctx.feature_before in self._settlements or settled_after \
                or _settlement_apposed(text, sp.end, self._settlements):
            return True
        if _all_english(name):
            return False
        if _BEARING_BEFORE_RE.search(text, max(0, sp.start - 24), sp.start) or ctx.town_title or area_after \
                or _HOME_BEFORE_RE.search(text, max(0, sp.start - 12), sp.start):
            return True
        if unit_after and (sp.label in _PLACE_LABELS or len(name.split()) == 1):
            return True
        if _IN_BEFORE_RE.search(text, max(0, sp.start - 12), sp.start):
            return True
        return sp.label in _PLACE_LABELS and bool(ctx.near or _PLACE_PREPOSITION_BEFORE_RE.search(
            text, max(0, sp.start - 12), sp.start))

    def _paragraph_unit(self, text: str, sp: _Span, mentions: list[PlaceMention]) -> Candidate | None:
        """The second-level unit (else the first-level unit, else the country) of the last
        place named before ``sp`` in its paragraph, else of the first named after it there,
        else None: the smallest unit the report's neighbouring place gives, as ACLED codes a
        place known only to its district at the district, nearer than a large province's
        centre ("the town of Alverton in Marlshire ... the scene in Quenby": Marlshire)."""
        para_start = text.rfind("\n", 0, sp.start) + 1
        para_end = text.find("\n", sp.end)
        para_end = len(text) if para_end < 0 else para_end
        named = [m for m in mentions if para_start <= m.start and m.end <= para_end
                 and m.kind == "name" and m.country_code]
        before = [m for m in named if m.end <= sp.start]
        after = [m for m in named if m.start >= sp.end]
        if not before and not after:
            return None
        last = before[-1] if before else min(after, key=lambda m: m.start)
        if last.level in ("city", "admin2", "feature") and last.admin1 and last.admin2:
            unit = next((c for c in self.gaz.lookup(last.admin2, last.country_code)
                         if c.level == "admin2" and c.match == "exact" and c.admin1 == last.admin1), None)
            if unit is not None:
                return unit
        if last.level in ("city", "admin1", "admin2", "feature") and last.admin1:
            unit = next((c for c in self.gaz.lookup(last.admin1, last.country_code)
                         if c.level == "admin1" and c.match == "exact"), None)
            if unit is not None:
                return unit
        return self.gaz.country(last.country_code)

    def _unlisted_in_second_units(self, text, spans, contexts, pending, districts, container_of
                                  ) -> list[PlaceMention]:
        """Events' places: a town below the gazetteer told as lying in a second-level unit
        ("Rubaya, a mining town in Masisi territory", "the village of Kibali in Djugu territory")
        is known to that unit only: the place is the unit itself, at its centre, precision 2,
        named as the unit without its unit word ("Masisi"), never the unit's largest town. Read as
        :meth:`_unlisted_in_units` reads toponyms; a first-level unit is left to its capital."""
        out = []
        for m in self._unlisted_in_units(text, spans, contexts, pending, districts, container_of,
                                         unit_word_in=True):
            if m.level != "admin2":
                continue
            unit = next((c for c in self.gaz.lookup(m.name, m.country_code) if c.geonameid == m.geonameid), None)
            centre = self.gaz.centre(unit.place_id) if unit is not None else None
            if centre is not None:
                m.latitude, m.longitude = centre
            m.location = _without_unit_word(m.name)
            m.admin2 = m.name
            m.geo_precision = 2
            m.level = "feature"
            out.append(m)
        return out

    def _unlisted_namesakes(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """``mentions`` with each bare mention of a name the report puts in a unit as a
        place below the gazetteer ("grew up in Bethany, Connecticut", read at the state
        as no town of the name lies there) read as that place too, not as a namesake town
        of another unit ("friends in Bethany" is no Bethany, Illinois): a report means one
        place by one name. A mention in that unit keeps its reading. Toponym output
        only (an event's place is read from its own sentence)."""
        placed = {}
        for m in mentions:
            if m.level in ("admin1", "admin2") and normalize_name(m.text) not in placed \
                    and not any(c.geonameid == m.geonameid for c in self.gaz.lookup(m.text)):
                placed[normalize_name(m.text)] = m
        out = []
        for m in mentions:
            u = placed.get(normalize_name(m.text))
            if u is not None and m.level == "city" and (m.country_code, m.admin1) != (u.country_code, u.admin1):
                m = replace(u, start=m.start, end=m.end, text=m.text)
            out.append(m)
        return out

    def _district_word_after_town(self, text: str, sp: _Span, mentions: list[PlaceMention]) -> bool:
        """True for a name after a town's name and a district's word ("in Alverton slum
        Kibbe", "the Alverton suburb Brill"): the word before the name says what it is,
        as it does after the name ("the Kibbe slum")."""
        m = _WORD_BEFORE_NAME_RE.search(text, max(0, sp.start - 40), sp.start)
        return m is not None and self._features.get(m.group("word")) == "district" \
            and any(t.level == "city" and t.end < m.start() and not text[t.end:m.start()].strip() for t in mentions)

    def _town_before(self, text: str, sp: _Span, mentions: list[PlaceMention]) -> Candidate | None:
        """The last town named before ``sp`` in its paragraph, if no other country intervenes."""
        para_start = text.rfind("\n", 0, sp.start) + 1
        before = [m for m in mentions if para_start <= m.start and m.end <= sp.start]
        towns = [m for m in before if m.level == "city"]
        if not towns:
            return None
        last = towns[-1]
        if any(m.level == "country" and m.country_code != last.country_code and m.start > last.start
               for m in before):
            return None
        # ("JUBA -- ... herders were shot in Warrap state's Luonyaker area": a first-level unit
        # named after the town, that does not hold it, moved the report away from the town)
        if any(m.level == "admin1" and (m.country_code, m.admin1) != (last.country_code, last.admin1)
               and m.start > last.start for m in before):
            return None
        return next((c for c in self.gaz.lookup(last.text) if c.geonameid == last.geonameid), None)

    def _districts(self, text, spans, contexts, pending, districts) -> list[PlaceMention]:
        """Mentions of names the report placed in a town, anywhere in the report."""
        from rapidfuzz import fuzz, process

        out = []
        keys = list(districts)
        for i in pending:
            sp, ctx = spans[i], contexts[i]
            if sp.label in STRICT and ctx.titled:
                continue
            key = normalize_name(sp.name(text))
            known = districts.get(key)
            typo = 1.0
            if known is None and len(key) >= 5:
                # a misspelling of a name the report placed ("Ghuwaryan" for "Ghuwayran")
                hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=80)
                if hit:
                    known, typo = districts[hit[0]], 0.7
            if known is None:
                continue
            town, label, conf = known
            conf *= typo
            res = _Resolution(town, conf)
            m = self._mention(text, sp, Context(), res)
            m.location = f"{town.name} - {label}"
            m.level = "feature"
            m.geo_precision = 1
            out.append(m)
        return out


#: a possessive right after a name: "Jo's death" (a person's)
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
#: a bearing right before a name: "drove northeast to ", "a farm west of " (whatever the
#: model tagged the name, the words make it a place)
_BEARING_BEFORE_RE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                                r"(?:wards?)?[ \t]+(?:of|to|from|towards?)[ \t]+$", re.I)
#: "in", "near" or "outside" right before a name (no article: "in the Jo case")
_IN_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|near|outside)[ \t]+$")
#: a preposition of place right before a name, no article between ("at the Brill" is a
#: building's short name)
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|at|on|near|to|from|outside|around)[ \t]+$")
#: a house number right before a name: "1 Brill Lane, Alverton" (an address's street)
_HOUSE_NUMBER_BEFORE_RE = re.compile(r"(?<![\w,.])\d+[ \t]+$")
#: a suffix that makes a name a place: "X-based", "X-born", "X-area"
_PLACE_SUFFIX_AFTER_RE = re.compile(r"-(?:based|born|area)\b")
#: a home's cue right before a name: an age and "of" ("Jo Doe, 22, of "), a party letter
#: ("Rep. Jo Doe, D-")
_HOME_BEFORE_RE = re.compile(r"(?:\b\d{1,3},?[ \t]+of[ \t]+|(?<![\w-])(?:R|D|I|DFL)-)$")
#: labels the model gives a place's name: such a name after a preposition of place is one
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: a settlement's word in apposition after a name: ", a small village", ", a Georgian town"
#: (the word ends its phrase: ", a city official" is a person's office)
_APPOSED_WORD_RE = re.compile(r",[ \t]+(?:an?|the)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?(?P<word>[a-z]+)"
                              r"(?=[ \t]*[,.;:)]|[ \t]+(?:an?|the|in|of|on|near|outside|some|about|with|where|that|which|\d)\b)")


def _settlement_apposed(text: str, end: int, settlements: frozenset[str]) -> bool:
    """True when a settlement's word is set after the name by a comma and an article
    (", a small village", ", a Georgian town")."""
    m = _APPOSED_WORD_RE.match(text, end)
    return m is not None and m.group("word") in settlements


def _all_english(name: str) -> bool:
    """True when every word of the name is in the model's lists of English words
    ("West Prince", "Parliament"): no sign of a place's own name."""
    return all(_english_word(w) for w in name.split())


def _second_level_word_after(text: str, spans, at: int) -> bool:
    """The name starting at ``at`` is written with a second-level unit's word after it ("Masisi
    territory", "Brill County"; features.tsv)."""
    sp = next((s for s in spans if s.start <= at < s.end), None)
    if sp is None:
        return False
    m = re.match(r"[ \t]+([A-Za-z]+)", text[sp.end:sp.end + 20])
    return m is not None and m.group(1).casefold() in tables.second_level_words()


def _without_unit_word(name: str) -> str:
    """A unit's name less a closing unit word of features.tsv ("Masisi Territory" -> "Masisi")."""
    words = name.split()
    if len(words) > 1 and tables.feature_words().get(words[-1].casefold()) == "unit":
        return " ".join(words[:-1])
    return name


def _feature_rest(name: str) -> str:
    """The name an outdoor feature's word marked "town" leaves ("Brill" of "Brill Proving
    Ground" and "Fort Brill"; ``data/geo/outdoor_feature_words.tsv``), or "" when no such
    word opens or closes it."""
    words = name.split()
    shapes = tables.outdoor_feature_town_words()
    for k in (2, 1):
        if len(words) > k and (" ".join(words[-k:]).casefold(), "after") in shapes:
            return " ".join(words[:-k])
    if len(words) == 2 and (words[0].casefold(), "before") in shapes:
        return words[1]
    return ""


def _lowercase_feature_word(text: str, end: int) -> tuple[str, int]:
    """The closing word of an outdoor feature written in lower case after a name
    (``data/geo/outdoor_feature_words.tsv``: "Quenby island", "the Tarrow reservoir"),
    capitalised, and where the feature ends; or ("", end). A plural word shared by two
    names ("Quenby and Tarrow islands") counts for the first too, which keeps its own end."""
    m = _LOWER_FEATURE_RE.match(text, end)
    if not m:
        return "", end
    word = m.group("word")
    shapes = tables.outdoor_feature_words()
    plural = word.endswith("s") and (word[:-1], "after") in shapes
    if m.group("and"):
        return (word[:-1].title(), end) if plural else ("", end)
    if (word, "after") in shapes or plural:
        return (word[:-1] if plural else word).title(), m.end()
    return "", end


def _outdoor_feature(name: str) -> bool:
    """True for a name of two to four words, each capitalised, that an outdoor feature's
    word opens or closes (``data/geo/outdoor_feature_words.tsv``: "Lake Alverton", "Brill
    Creek", "Brill Rocks National Lakeshore"; a longer name must end in the word), and that no street's word closes ("River Road")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if last.rstrip(".") in tables.thoroughfare_words():
        return False
    shapes = tables.outdoor_feature_words()
    # a longer name must end in its feature's word: "River Concert Series" is an event
    last_two = " ".join(words[-2:]).casefold()
    return (first, "before") in shapes and len(words) == 2 or (last, "after") in shapes \
        or len(words) > 2 and (last_two, "after") in shapes
