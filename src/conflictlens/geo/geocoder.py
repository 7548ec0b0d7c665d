"""Find the places a report names and resolve each one, or say that none fits.

The small English model misses and mislabels place names (al-Qaim comes out as a
PERSON), so every candidate span is tried against the gazetteer; spans that may
well be people or organisations must match exactly, in a country the report is
about, and must not follow a title. Candidates are ranked with the report's own
context (its countries, the units it names, "X in Y" phrases), and a mention
below the gazetteer (a prison, a neighbourhood) is placed at its town as
``"Town - District"``, as ACLED does ("the Mirpur area of Dhaka" too, when no
Mirpur lies in or near Dhaka), and one the report puts near a town ("Ber, east of
Timbuktu") at that town with precision 2. A person-tagged span in a place phrase
("the market of Gao") is read as a place name. Outside the report's countries only
a place's own name counts (not an alternate name: "Ber" is not Berlin), short names
need their own name in those countries, and a sea ("the Red Sea") is no answer.

:class:`Geocoder` is the entry point; each family of its rules lives in a module of
its own, one reason to change each, joined as mixins: :mod:`.spans` (which stretches
may name a place), :mod:`.prior` (the countries a report is about, its outlet's home),
:mod:`.ranking` (scoring candidates, the no-answer), :mod:`.resolve` (one name in its
phrase), :mod:`.report_readings` (readings of the whole report), :mod:`.inner_names`
(places inside longer names) and :mod:`.sublocal` (places below the gazetteer).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..model import PlaceMention
from ..nlp.parser import doc_text
from . import tables
from .context import CountryPrior
from .countries import country_info
from .demonym_mentions import demonym_mentions
from .water_bodies import water_mentions
from .gazetteer import Candidate, Gazetteer, haversine_km
from .normalize import normalize_name
from .outlet import OUTLET_KEY, OUTLET_WEIGHT, OutletHome, OutletReader
from .patterns import DIRECTIONS, Context, read_context
from .people import person_words, speakers
from .spans import SpanFinder, ABBREVIATION, abbreviation_spans, DATELINE, _LIST_SEP_RE, _Span, STRICT, _own_name
from .prior import REPORT_TOWN, ReportPrior, _ACRONYM_RE, _placed
from .ranking import Ranker, _target_town
from .resolve import Resolver, LOCATIVE_LABELS, _Resolution, led_as_place
from .report_readings import ReportReadings
from .listed_places import ListedPlaces
from .inner_names import InnerNames
from .sublocal import SubLocal
from .small_places import SmallPlaces
from .unit_parts import place_county_parts

__all__ = ["Geocoder", "abbreviation_spans"]


#: a town abroad of this many people, or a national capital, keeps its name in a report on
#: another country's state (:meth:`Geocoder._towns_of_told_states`)
FAMOUS_ABROAD = 1_000_000
#: a town or county read in a state no other name of the report lies in is re-read in the
#: state where at least this many of the report's other names lie, when that state has a
#: place so called (:meth:`Geocoder._towns_of_report_state`)...
REPORT_STATE_NAMES = 2
#: ... unless it is a city of this many people, or a state's capital, named as itself
#: wherever the report's other places lie ("Aurora", "Brooklyn" in a report on Connecticut)
REPORT_STATE_RIVAL = 100_000
#: a county's word right after its name ("Brill County", "Brill Parish")
_COUNTY_WORD_NEXT_RE = re.compile(r"[ \t]+(?:[Cc]ounty|COUNTY|[Pp]arish|PARISH)\b")
#: a country's possessive before a unit's name: "Turkey's Van province"
_POSSESSIVE_GAP_RE = re.compile(r"['’]s[ \t]+")
#: a unit's possessive before a name, with or without its unit word: "Panjshir province's X"
_UNIT_POSSESSIVE_GAP_RE = re.compile(r"(?:[ \t]+[a-z]+)?['’]s[ \t]+")
_CAPITAL_RE = re.compile(
    r"\b[Tt]he\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of|city\s+of))|\b([A-Z][a-z]+)['’]s\s+capital\b"
)


class _Report:
    """One report being read: its text, spans, their contexts and its country prior,
    with each span's resolution once read (``resolved``, cleared when new evidence
    comes in). The steps of :meth:`Geocoder.find_places` share it."""

    def __init__(self, geocoder: Geocoder, text: str, spans: list[_Span], contexts: list[Context],
                 prior: CountryPrior):
        self.geocoder = geocoder
        self.text = text
        self.spans = spans
        self.contexts = contexts
        self.prior = prior
        self.by_start = {sp.start: i for i, sp in enumerate(spans)}
        self.resolved: dict[int, _Resolution | None] = {}
        # what each span contains ("Buffalo" in "Buffalo, New York") and is listed with
        self.inner_of: dict[int, list[str]] = {}
        for i, ctx in enumerate(contexts):
            j = self.span_at(ctx.container_at)
            if j is not None and j > i:
                self.inner_of.setdefault(j, []).append(spans[i].name(text))

    def span_at(self, at: int) -> int | None:
        """The span starting at ``at``, or holding it: the connector reader skips a
        direction word that belongs to the name ("X, Central Java")."""
        j = self.by_start.get(at)
        if j is None and at >= 0:
            j = next((k for k, sp in enumerate(self.spans) if sp.start < at < sp.end), None)
        return j

    def container_of(self, i: int) -> Candidate | None:
        # the container always starts after the span, so this recursion ends
        j = self.span_at(self.contexts[i].container_at)
        if j is None or j <= i:
            return None
        r = self.resolve(j)
        return r.cand if r else None

    def unit_container_of(self, i: int, at: int = -1) -> Candidate | None:
        """:meth:`container_of` (or the place of the span starting at ``at``), or the unit
        a country's possessive names right after the country ("in Turkey's Van province":
        Van, not Turkey), when it lies in that country."""
        j = self.span_at(self.contexts[i].container_at if at < 0 else at)
        if at < 0:
            outer = self.container_of(i)
        else:
            r = self.resolve(j) if j is not None and j > i else None
            outer = r.cand if r else None
        if outer is None or outer.level != "country" or j is None or j + 1 >= len(self.spans):
            return outer
        if not _POSSESSIVE_GAP_RE.fullmatch(self.text, self.spans[j].end, self.spans[j + 1].start):
            return outer
        r = self.resolve(j + 1)
        inner = r.cand if r else None
        if inner is None or inner.level not in ("admin1", "admin2") or inner.country_code != outer.country_code:
            return outer
        return inner

    def listed_with(self, i: int) -> tuple[str, ...]:
        return tuple(self.spans[j].name(self.text) for j in self.listed_indices(i))

    def _unit_after_comma(self, a, b, k: int) -> bool:
        """"Konduga, Borno state", "Kaya, Centre-Nord region": the name after the comma is
        followed by a singular unit word, so it is the first name's unit, not a second item of
        a list (a list of units writes the plural: "Kano and Kaduna states")."""
        from .patterns import _singular
        word = self.contexts[k].feature_after
        words = tables.feature_words()
        # (the word written right after the name: a list's plural word read back to the singular,
        # "Barrow, Jackson and Madison counties", is no unit of one name)
        written = self.text[b.end:b.end + 40].split()
        return bool(word) and bool(written) and written[0].lower().strip(",.;:") == word \
            and self.text[a.end:b.start].strip() == "," and words.get(word) in ("unit", "region") \
            and word not in tables.settlement_words() and not _singular(word, words) and not word.endswith("s")

    def listed_indices(self, i: int) -> list[int]:
        """The spans listed next to span ``i`` ("A, B and C"), the one before first.
        (The whole list under a county word, "Barrow, Jackson and Madison
        counties"; else the names right before and after.)"""
        spans, text = self.spans, self.text
        whole = self.contexts[i].feature_after in ("county", "parish")
        out = []
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(spans):
                a, b = (spans[j + step], spans[j]) if step < 0 else (spans[j], spans[j + step])
                if not (a.end <= b.start and _LIST_SEP_RE.match(text[a.end:b.start])):
                    break
                if self._unit_after_comma(a, b, j if step < 0 else j + step):
                    break
                j += step
                out.append(j)
                if not whole:
                    break
        return out

    def resolve(self, i: int) -> _Resolution | None:
        if i not in self.resolved:
            r = self._resolve_with(i, self.prior)
            self.resolved[i] = self._past_attackers(i, r)
        return self.resolved[i]

    def _resolve_with(self, i: int, prior: CountryPrior) -> _Resolution | None:
        return self.geocoder._resolve(self.text, self.spans[i], self.contexts[i], prior,
                                      lambda: self.container_of(i),
                                      tuple(self.inner_of.get(i, ())), self.listed_with(i))

    def _past_attackers(self, i: int, r: _Resolution | None) -> _Resolution | None:
        """The span read without the countries only an attacker's demonym says ("Russian
        forces shelled Kupiansk": Russia is where the shells come from), where the words
        place it (or the model tagged it a place) and the report's reading found no place, or
        only a namesake in the attacker's country far smaller than a town of that exact name
        elsewhere (a Pokrovsk of 10,000 in Sakha against Ukraine's of 60,000). The other reading
        must be a town of the name as written, and a unit's seat or a town of some size
        (:func:`.ranking._target_town`)."""
        if r is not None and r.cand.country_code not in self.prior.attackers_only():
            return r
        ctx, sp = self.contexts[i], self.spans[i]
        if not (ctx.locative or ctx.target or sp.label in ("GPE", "LOC") or led_as_place(self.text, sp)):
            return r
        bare = self.prior.without_attackers()
        if bare is None:
            return r
        other = self._resolve_with(i, bare)
        if other is None or not _target_town(other.cand, sp.name(self.text)) \
                or not self._own_or_sole_spelling(other.cand, sp.name(self.text)) \
                or (r is not None and not _dwarfs_attackers_town(other.cand, r.cand)):
            # (only a town of the name as written, and no hamlet: "Malian soldiers clashed near
            # Boni" names a Malian village the gazetteer lacks, not Bonn, once called so)
            return r
        return other

    def _own_or_sole_spelling(self, c: Candidate, name: str) -> bool:
        """True when ``name`` is ``c``'s own name, or a spelling of it that no other place
        bears ("Kupiansk" for Kupyansk; not "Boni", an old name of Bonn and of Watampone)."""
        if c.primary:
            return True
        return [x.place_id for x in self.geocoder.gaz.lookup(name) if x.match == "exact"] == [c.place_id]


#: how many times larger than the attacker's country's namesake a town of the name's own
#: spelling elsewhere must be to be the attack's target instead (:meth:`_Report._past_attackers`)
ATTACKER_NAMESAKE_RATIO = 3
#: the attacker's country's namesake must be smaller than this: a real city there ("Lebanese
#: troops deployed in Tripoli") is the report's, however large a namesake abroad
ATTACKER_HOME_TOWN = 20_000


def _dwarfs_attackers_town(other: Candidate, home: Candidate) -> bool:
    """True when ``other``, a town of the name as written, dwarfs ``home``, the small namesake
    in the attacker's country."""
    return other.match == "exact" and other.primary and other.level == "city" and home.level == "city" \
        and home.population < ATTACKER_HOME_TOWN \
        and other.population >= ATTACKER_NAMESAKE_RATIO * max(home.population, 1)


class Geocoder(SpanFinder, ReportPrior, Ranker, Resolver, ReportReadings, InnerNames, SubLocal, SmallPlaces,
               ListedPlaces):
    """Resolve the place names of a parsed report against a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer, unit_points: str = "seat"):
        """``unit_points``: where first- and second-level units are put. "seat"
        (default, what the event stage needs: spec §4.2 puts precision-3 events at
        the admin1 capital) or "centre" (the unit's approximate centroid, the
        convention of GeoNames and of geoparsing corpora; for toponym output only,
        never for events). ``location`` and ``geo_precision`` are the same in both."""
        if unit_points not in ("seat", "centre"):
            raise ValueError(f"unit_points must be 'seat' or 'centre', not {unit_points!r}")
        self.gaz = gazetteer
        self.unit_points = unit_points
        self._features = tables.feature_words()
        #: feature words that say a town ("the village of X", "X town", "the communities of X and Y")
        self._settlements = tables.settlement_words()
        self._outlets: OutletReader | None = None

    def find_places(self, doc, organisations: bool = False, outlet: OutletHome | None = None
                    ) -> list[PlaceMention]:
        """Every credible place mention of ``doc``; offsets are ``doc`` char offsets.
        ``organisations``: also the town or unit an organisation's name opens with
        (``kind="organisation"``: "the Alverton Science Museum"), for toponym output.
        ``outlet``: the home of the report's outlet (:meth:`outlet_home`), weaker
        evidence than anything the report says.

        Demonyms are read for the country prior but never returned (:meth:`toponyms`
        lists country adjectives for toponym output). A name with
        no credible candidate is left out (an explicit no-answer) unless the
        report places it inside a town ("Ghuwayran prison in al-Hasakeh").

        The steps, in decision order: the report's spans and country prior; the towns
        it names without doubt, which the other names are read near; its area; the
        plain sense of each name; each span's mention (or a place below the
        gazetteer, pending); the districts of towns; the rest gathered.
        """
        report = self._report(doc, organisations, outlet)
        self._settle_towns(report)
        self._read_area(report.text, report.spans, report.contexts, report.resolve, report.resolved,
                        report.container_of)
        plain = self._plain_senses(report)
        mentions, pending, in_town = self._span_mentions(report, plain, organisations)
        districts, sites = self._town_districts(report, pending, in_town, mentions)
        mentions = self._gathered(report, mentions, pending, districts, sites, plain, organisations)
        mentions = self._towns_of_told_counties(report, self._unread_towns_of_told_counties(report, mentions))
        mentions = self._towns_of_told_states(report, mentions)
        mentions = self._towns_of_report_state(report, mentions)
        if organisations:
            mentions = self._same_names_again(report, mentions)
        return self._without_far_compass_counties(report.text, mentions)

    @staticmethod
    def _same_names_again(report: _Report, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Toponym output: a town's or county's name of several words that the report
        places once names the same place wherever else it is written whole ("on Elm Street
        in Pecan Grove" ... "Pecan Grove units joined the chase"): news repeats a place's
        full name, and a name of several words is no one's word or surname, whatever the
        model tagged each occurrence. Not where it runs on from a capitalised word (a
        longer name's tail) or lies in a person's name; where a capitalised word follows,
        it opens a body's name ("Pecan Grove Police Department", kind "organisation").
        (Events need no more mentions of a place their report has placed.)"""
        text = report.text
        taken = sorted((m.start, m.end) for m in mentions)
        people = [(sp.start, sp.end) for sp in report.spans if sp.label == "PERSON"]
        seen: set[str] = set()
        out = list(mentions)
        for m in mentions:
            if m.kind != "name" or m.level not in ("city", "admin2") or len(m.text.split()) < 2 \
                    or m.text in seen or not m.text[:1].isupper() or "\n" in m.text:
                continue
            seen.add(m.text)
            for hit in re.finditer(r"(?<![\w.'’-])" + re.escape(m.text) + r"(?![\w'’-])", text):
                a, b = hit.span()
                if any(x < b and a < y for x, y in taken) or any(x < b and a < y for x, y in people):
                    continue
                before = _CAPITAL_WORD_BEFORE_RE.search(text, max(0, a - 30), a)
                if before and before.group(1).casefold() not in _OPENING_WORDS and not (
                        before.group(1).endswith(".") and len(before.group(1)) > 4):
                    # (a longer word and its full stop end a sentence: "on Friday. Pecan Grove")
                    continue  # ("North Pecan Grove", "Lake Pecan Grove": another name)
                opens = _CAPITAL_WORD_AFTER_RE.match(text, b) is not None
                again = replace(m, start=a, end=b, text=text[a:b], kind="organisation" if opens else "name")
                out.append(again)
                taken.append((a, b))
        out.sort(key=lambda x: x.start)
        return out

    def _without_far_compass_counties(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Without a county read from its bare name after a capitalised compass word ("the
        Western Slope", "the Eastern Shore") in a state where the report names nothing else:
        a region's name that holds a county's word, not that far county (a part of a county
        the report is about, "a West Greene teacher", stays: _compass_part_of_county)."""
        def alone(m: PlaceMention) -> bool:
            return not any(o is not m and (o.country_code, o.admin1) == (m.country_code, m.admin1)
                           and normalize_name(o.text) != normalize_name(m.text) for o in mentions)
        return [m for m in mentions
                if not (_compass_part_of_county(text, m, self._features) and alone(m))]

    def _unread_towns_of_told_counties(self, report: _Report, mentions: list[PlaceMention]
                                       ) -> list[PlaceMention]:
        """A name the words place ("outside his home in Glen Flora") that nothing resolved, a
        town of one state's county the report names with its unit word ("the Rusk County
        sheriff"): that town (a small zipcodes town too), added to the mentions where the
        county as read holds no other town the report names (the pair's county then). Not a
        name told only as a person's home ("Jo Doe, 48, of Alverton"): a hometown read here
        would only vie with the scene."""
        text, words = report.text, tables.second_level_words()
        told_states = {m.admin1 for m in mentions if m.level == "admin1"}
        counties = [m for m in mentions if m.level == "admin2" and m.kind == "name" and _county_word(text, m, words)]
        if not counties:
            return mentions
        read = [(m.start, m.end) for m in mentions]
        for i, sp in enumerate(report.spans):
            ctx = report.contexts[i]
            if any(a < sp.end and sp.start < b for a, b in read) or ctx.titled \
                    or not (ctx.locative or sp.label == DATELINE) or ctx.local:
                continue
            probe = PlaceMention(start=sp.start, end=sp.end, text=sp.name(text), name="", geonameid=None,
                                 latitude=0.0, longitude=0.0, country_code="US", level="city")
            for county in counties:
                towns = [m for m in mentions if m.level == "city"]
                pair = self._county_town_pair(county, probe, told_states)
                if pair is None or county.country_code != "US" or any(
                        (t.admin1, t.admin2) == (county.admin1, county.admin2) for t in towns) \
                        and (pair[0].admin1, pair[0].admin2) != (county.admin1, county.admin2):
                    continue
                town = self._mention(text, sp, ctx, _Resolution(pair[1], 0.35))
                mentions = sorted([self._reread(report, m, pair[0]) if m.level == "admin2" and m.text == county.text
                                   else m for m in mentions] + [town], key=lambda m: m.start)
                return self._unread_towns_of_told_counties(report, mentions)
        return mentions

    def _towns_of_told_counties(self, report: _Report, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """A town and a county named with its unit word ("outside his Hawkins home, the Rusk
        County sheriff said") that were each read as their largest namesake in different
        counties (Hawkins in Wood County, Texas; Rusk County, Texas) are the one state's pair
        where the town lies in the county (Hawkins in Rusk County, Wisconsin): local news names
        the sheriff's county of the scene. Only where exactly one state has such a pair, no
        town the report names lies in the county as read, and the state is one the report
        names, if it names any. A town read as a famous namesake abroad ("at a home in Vienna,
        the Wood County sheriff said") pairs too when the report names nothing else in that
        country (:func:`_lone_in_country`): a sheriff's county tells the scene's country."""
        words = tables.second_level_words()
        text = report.text
        told_states = {m.admin1 for m in mentions if m.level == "admin1"}
        counties = [m for m in mentions if m.level == "admin2" and m.kind == "name"
                    and _county_word(text, m, words)]
        towns = [m for m in mentions if m.level == "city" and m.kind == "name"]
        # (a town read as the county after it, "in Hawkins, the Rusk County sheriff said", whose
        # county as read holds no town of its name: a town to pair too)
        placed = [m for m in mentions if m.level == "admin2" and m.kind == "name" and m not in counties
                  and normalize_name(m.text) not in normalize_name(m.name)]
        within = lambda t, c: (t.country_code, t.admin1, t.admin2) == (c.country_code, c.admin1, c.admin2)  # noqa: E731
        for county in counties:
            holds = any(within(t, county) for t in towns)
            # (a country's name right before the county, "in Lebanon, the Warren County sheriff
            # said", the only place the report names in that country: a town to pair too)
            countries = [m for m in mentions if m.level == "country" and m.kind == "name"
                         and m.country_code != county.country_code and _just_before(text, m, county)
                         and _lone_in_country(m, mentions)]
            for town in towns + placed + countries:
                abroad = town.country_code != county.country_code
                if abroad and not _lone_in_country(town, mentions) or not abroad and holds \
                        or town.level == "city" and any(within(town, c) for c in counties) \
                        or not abroad and self._county_of_towns_state(county, town, told_states):
                    continue
                pair = self._county_town_pair(county, town, told_states, largest=town.level == "country")
                if pair is None:
                    continue
                unit, place = pair
                paired = [self._reread(report, m, unit) if m.level == "admin2" and m.text == county.text
                          else self._reread(report, m, place) if m.text == town.text and m.level == town.level
                          else m for m in mentions]
                if [(m.admin1, m.admin2, m.location) for m in paired] == \
                        [(m.admin1, m.admin2, m.location) for m in mentions]:
                    continue  # (nothing to read again: a mention that is no span's)
                return self._towns_of_told_counties(report, paired)
        return mentions

    def _towns_of_told_states(self, report: _Report, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """A town read as its largest namesake abroad, the only place the report names in
        that country, in a report whose every other place lies in one other country and
        names a state of it that holds a real town so called (:data:`.prior.REPORT_TOWN`):
        that state's town. "Markham students", beside an Illinois school body, are
        Markham, Illinois: a reader places a town the report never qualifies in the state
        it names. Not a national capital nor a city of a million (:data:`FAMOUS_ABROAD`):
        an Ohio senator's trip to Paris is to France."""
        states = [m for m in mentions if m.level == "admin1"]
        for town in {m.text: m for m in mentions if m.level == "city" and m.kind == "name"}.values():
            key = normalize_name(town.text)
            others = {m.country_code for m in mentions if normalize_name(m.text) != key}
            if len(others) != 1 or town.country_code in others or town.feature_code == "PPLC" \
                    or town.population >= FAMOUS_ABROAD:
                continue
            cc = others.pop()
            told = {m.admin1 for m in states if m.country_code == cc}
            places = [c for c in self.gaz.lookup(town.text, cc) if c.level == "city" and c.match == "exact"
                      and c.primary and c.admin1 in told and c.population >= REPORT_TOWN]
            if not told or not places:
                continue
            place = max(places, key=lambda c: c.population)
            reread = [self._reread(report, m, place) if m.text == town.text and m.level == "city" else m
                      for m in mentions]
            if [m.country_code for m in reread] != [m.country_code for m in mentions]:
                return self._towns_of_told_states(report, reread)
        return mentions

    def _towns_of_report_state(self, report: _Report, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """A town or county read in a state where no other name of the report lies, while
        :data:`REPORT_STATE_NAMES` or more of its other names lie in one other state of
        that country and most of them there: that state's place of the name, of the same
        level and by its own name. A local paper's round of one state's towns means that
        state's Sharon, however much larger a Sharon elsewhere; a reader moves it only
        for a city the country knows by the name (:data:`REPORT_STATE_RIVAL`, or a
        state's capital) or where the report names the far state."""
        named: dict[str, set[tuple[str, str]]] = {}
        for m in mentions:
            if m.level in ("city", "admin2", "admin1") and m.country_code and m.admin1:
                named.setdefault(normalize_name(m.text), set()).add((m.country_code, m.admin1))
        changed = False
        out = list(mentions)
        for town in {(m.text, m.level, m.admin1): m for m in mentions
                     if m.level in ("city", "admin2") and m.kind == "name"}.values():
            if town.population >= REPORT_STATE_RIVAL or town.feature_code in ("PPLA", "PPLC") or not town.admin1:
                continue
            key = normalize_name(town.text)
            counts: Counter = Counter()
            for k, states in named.items():
                if k != key:
                    counts.update(st for st in states if st[0] == town.country_code)
            if counts[(town.country_code, town.admin1)]:
                continue
            top = counts.most_common(1)
            if not top or top[0][1] < REPORT_STATE_NAMES or 2 * top[0][1] <= sum(counts.values()):
                continue
            state = top[0][0][1]
            # (a county read from its bare name may be that state's town: "Brill" said alone)
            bare = town.level == "admin2" and town.name != town.text and not _COUNTY_WORD_NEXT_RE.match(
                report.text, town.end)
            levels = (town.level, "city") if bare else (town.level,)
            places = [c for c in self.gaz.lookup(town.text, town.country_code) if c.level in levels
                      and c.match == "exact" and _own_name(c) and c.admin1 == state]
            if not places and (bare_name := _COMPASS_OPENING_WORD_RE.sub("", town.text)) != town.text:
                # ("West Alverton" read as Alverton of another state: the state's Alverton, of
                # which the compass word names a part)
                places = [c for c in self.gaz.lookup(bare_name, town.country_code) if c.level in levels
                          and c.match == "exact" and _own_name(c) and c.admin1 == state]
            if not places:
                continue
            place = max(places, key=lambda c: (c.level == town.level, c.population))
            out = [self._reread(report, m, place) if (m.text, m.level, m.admin1) == (town.text, town.level, town.admin1)
                   else m for m in out]
            changed = True
        return out if changed else mentions

    def _county_of_towns_state(self, county: PlaceMention, town: PlaceMention, told_states: set[str]) -> bool:
        """True when the town is read in a state the report names and that state has a
        county of the county's name too: "CONWAY, Ark." beside "the Carroll County sheriff"
        keeps its Arkansas reading (Arkansas has a Carroll County), not the Conway of New
        Hampshire's Carroll County, though the report names New Hampshire too."""
        return town.level == "city" and town.admin1 in told_states and any(
            c.level == "admin2" and c.match == "exact" and c.admin1 == town.admin1
            for c in self.gaz.lookup(county.text, town.country_code))

    def _county_town_pair(self, county: PlaceMention, town: PlaceMention, told_states: set[str],
                          largest: bool = False) -> tuple[Candidate, Candidate] | None:
        """The one (county, town) reading of the two names where the town lies in the county,
        in a state the report names (if it names any); None if none or several states.
        ``largest``: of several states, the pair of the largest town (for a name read as a
        country abroad, any town of the sheriff's county is the nearer reading)."""
        cc = county.country_code
        units = [c for c in self.gaz.lookup(county.text, cc) if c.level == "admin2" and c.match == "exact"]
        # (a small town of the zipcodes package too: "Hawkins, Wisconsin" is under cities500's 500 people)
        places = [c for c in (*self.gaz.lookup(town.text, cc), *self.gaz.small_places(town.text))
                  if c.level == "city" and c.match == "exact" and c.country_code == cc]
        pairs = [(u, t) for u in units for t in places
                 if (u.admin1_code, u.admin2) == (t.admin1_code, t.admin2) and u.admin2
                 and (not told_states or u.admin1 in told_states)]
        if largest and pairs:
            pairs = [max(pairs, key=lambda p: p[1].population)]
        if len({u.admin1_code for u, _ in pairs}) != 1:
            return None
        unit = pairs[0][0]
        place = max((t for u, t in pairs), key=lambda t: t.population)
        return unit, place

    def _reread(self, report: _Report, m: PlaceMention, cand: Candidate) -> PlaceMention:
        """``m`` read as ``cand`` (its precision and kind kept for a town)."""
        i = report.span_at(m.start)
        if i is None:
            return m
        new = self._mention(text := report.text, report.spans[i], report.contexts[i],
                            _Resolution(cand, m.confidence))
        del text
        keep = ("start", "end", "text", "confidence", "kind") + (("geo_precision",) if m.level == "city" else ())
        return replace(new, **{k: getattr(m, k) for k in keep})

    def _report(self, doc, organisations: bool, outlet: OutletHome | None) -> _Report:
        """The report's spans, their contexts and its country prior (with the outlet's
        home, weaker than any name or demonym in the text)."""
        text = doc_text(doc)  # a join over all tokens in spaCy: read it once
        spans = self._spans(doc, text, toponyms=organisations)
        contexts = [read_context(text, sp.start, sp.end) for sp in spans]
        self._read_people(doc, text, spans, contexts)
        self._read_saints(text, spans, contexts)
        self._read_common_words(doc, text, spans, contexts)
        if outlet is not None and outlet.masthead:
            outlet = self._masthead_home(outlet, text, spans)
        prior = self._prior(text, spans, contexts, outlet)
        if outlet is not None:
            # (its country counts as one the report may be about, weighing less than
            # any name or demonym in the text)
            prior.outlet = outlet
            prior.add(outlet.country_code, OUTLET_WEIGHT, OUTLET_KEY)
            self._paper_town_units(prior, outlet)
        return _Report(self, text, spans, contexts, prior)

    @staticmethod
    def _settle_towns(report: _Report) -> None:
        """First pass: the towns and districts the report names without doubt; the
        second reads the other names near them (and in their first-level units)."""
        text, spans, prior, resolve, resolved = report.text, report.spans, report.prior, report.resolve, \
            report.resolved
        for i in range(len(spans)):
            r = resolve(i)
            if r is None:
                continue
            if r.settled:
                prior.local_points.append((r.cand.latitude, r.cand.longitude,
                                           normalize_name(spans[i].name(text))))
                if r.cand.admin1_code:
                    prior.local_admin1.add(r.cand.admin1_code)
                    prior.local_unit_keys.setdefault(r.cand.admin1_code, set()).add(
                        normalize_name(spans[i].name(text)))
        if prior.local_points:
            resolved.clear()
            # A big town's name said the country of its largest namesake ("London":
            # Britain); read near the report's settled towns as a town of another
            # country (London, Ontario, next to Sarnia), it says that country instead,
            # for the report's other names ("Brampton")
            moved = False
            for i, sp in enumerate(spans):
                r = resolve(i)
                if r is not None and r.cand.level == "city" and sp.label not in STRICT:
                    moved |= prior.move(normalize_name(sp.name(text)), r.cand.country_code)
            if moved:
                resolved.clear()

    def _plain_senses(self, report: _Report) -> dict[str, _Resolution]:
        """One sense per report: a name the NER took for a person or an organisation
        ("Alverton woman charged") is the place it names where it is plainly one
        (tagged a place, a dateline, or "in Alverton"), unless a title makes it a person."""
        text, spans, contexts, prior, resolve = report.text, report.spans, report.contexts, report.prior, \
            report.resolve
        plain: dict[str, _Resolution] = {}
        for i, sp in enumerate(spans):
            r = None
            # (a name "in" the unit after it, "Koudougou in Burkina Faso", is placed so too)
            # (by its own name, and not a headline's first word: "Voters in Ohio")
            put_in = contexts[i].container_at >= 0 and not contexts[i].container_comma and not sp.opening \
                and not contexts[i].locative and report.container_of(i) is not None
            if sp.label not in STRICT or (sp.label in LOCATIVE_LABELS and (contexts[i].locative or put_in)):
                r = resolve(i)
                if put_in and sp.label in STRICT and r is not None and (
                        normalize_name(r.cand.name) != normalize_name(sp.name(text)) or not r.settled):
                    r = None
                # (only a place in a country the report is about: a surname tagged a
                # place once, "Maldonado", must not make every Maldonado a town; in a
                # report naming no country, a mention the words around place, "a fire
                # in Alverton", "the town", is the report's own evidence of its country, and
                # so is a home the words give, "508 Elm St., Alverton", "an Alverton woman")
                # (or the one town of its name in a country the report names, placed by
                # its words: "in Koudougou" in a roundup of floods in six countries, or
                # "Koudougou in Burkina Faso", makes "Koudougou's mayor" that town too)
                if r is not None and r.cand.level != "continent" and (
                        prior.share(r.cand.country_code) >= 0.2
                        or (not prior and (_placed(contexts[i]) or contexts[i].local or sp.label == DATELINE))
                        or (r.settled and r.cand.level == "city" and _placed(contexts[i])
                            and normalize_name(r.cand.name) == normalize_name(sp.name(text))
                            and prior.share(r.cand.country_code, normalize_name(sp.name(text))) > 0)):
                    plain.setdefault(normalize_name(sp.name(text)), r)
            # (a facility's name the model tagged FAC or GPE is read the same way)
            if r is None and sp.label not in ("PERSON", ABBREVIATION, DATELINE) \
                    and not contexts[i].titled and resolve(i) is None:
                # ("Alverton Town Hall", "the Alverton Police Department": a town opening
                # a local public body's name is plainly one, as "in Alverton" is)
                inner = self._inner_resolution(text, sp, prior)
                if inner is not None and inner[4] and inner[3].cand.level == "city" and (
                        not prior or prior.share(inner[3].cand.country_code) >= 0.2):
                    plain.setdefault(normalize_name(inner[1].name(text)), inner[3])
        return plain

    def _span_mentions(self, report: _Report, plain: dict[str, _Resolution], organisations: bool
                       ) -> tuple[list[PlaceMention], list[int], dict[int, Candidate]]:
        """Each span's mention in its report's sense; the spans below the gazetteer are
        left pending, with the town the report puts them inside (``in_town``)."""
        text, spans, contexts, prior, resolve, container_of = report.text, report.spans, report.contexts, \
            report.prior, report.resolve, report.container_of
        local_towns = self._local_towns(text, spans, contexts, prior, resolve)
        neighbourhoods = self._neighbourhoods(text, spans, contexts, resolve, prior.outlet)

        mentions: list[PlaceMention] = []
        pending: list[int] = []
        in_town: dict[int, Candidate] = {}  # spans the report puts inside a town
        placed_towns = self._placed_towns(text, spans, resolve, container_of)
        full_names = self._full_names(text, spans, resolve)
        for i, sp in enumerate(spans):
            res = resolve(i)
            ctx = contexts[i]
            if res is not None and container_of(i) is None and res.cand.feature_code != "PPLC" \
                    and res.cand.level in ("city", "country"):
                # one sense per report: "New Haven, Conn." makes a later bare New Haven
                # Connecticut's ("Lebanon, Pa." a later Lebanon the town)
                res = placed_towns.get(normalize_name(sp.name(text)), res)
            if res is not None and res.cand.level == "city" and sp.label not in STRICT \
                    and container_of(i) is None:
                # "Petersburg" in a report naming St. Petersburg: the town of the full name
                full = full_names.get(normalize_name(sp.name(text)))
                if full is not None and full.cand.place_id != res.cand.place_id:
                    res = _Resolution(full.cand, 0.8 * full.conf, full.settled)
            if sp.label in STRICT and not ctx.titled:
                same = plain.get(normalize_name(sp.name(text)))
                if same is not None:
                    res = _Resolution(same.cand, 0.8 * same.conf, same.settled)
            if res is not None and res.cand.level == "country" and not ctx.region:
                same = local_towns.get(normalize_name(sp.name(text)))
                if same is not None:
                    res = _Resolution(same.cand, 0.8 * same.conf, same.settled)
            town = neighbourhoods.get(normalize_name(sp.name(text))) \
                or self._part_of_town(text, sp, ctx, res, lambda: container_of(i))
            if town is not None:
                in_town[i] = town
                pending.append(i)
                continue
            if res is None and not ctx.titled:
                # ("cases in Kitui and Machakos": a list item beside a tagged place)
                res = self._listed_place(report, i)
            if res is None:
                inner = self._inner(text, sp, prior)
                if inner is None and organisations:
                    inner = self._opening_place(text, sp, prior, set(plain))
                if inner is not None:
                    mentions.append(inner)
                else:
                    pending.append(i)
                continue
            if sp.opening and not self._opening_borne_out(text, sp, res, prior, plain):
                continue
            if self._definite_far_town(text, sp, ctx, res, prior):
                continue  # ("as the Center told parents": a body, no town far away)
            if self._short_for_named_body(text, sp, ctx, res, prior, spans):
                # ("Mount Pleasant High" read whole as a namesake afar: in toponym output
                # the town opening the school's name counts as any body's opening town does)
                inner = self._opening_place(text, sp, prior, set(plain)) if organisations else None
                if inner is not None:
                    mentions.append(inner)
                continue
            if organisations and self._feature_named_as_town_afar(text, sp, ctx, res, prior):
                feature = self._feature_in_report_state(text, sp, prior)
                if feature is not None:
                    mentions.append(feature)
                continue
            mentions.append(self._mention(text, sp, ctx, res))
        return self._district_namesakes(report, mentions, pending, in_town)

    @staticmethod
    def _district_namesakes(report: _Report, mentions: list[PlaceMention], pending: list[int],
                            in_town: dict[int, Candidate]) -> tuple[list[PlaceMention], list[int], dict[int, Candidate]]:
        """One sense per report: a bare mention of a name the report puts in a town as its
        district ("the Kibbe neighborhood, Brill" ... "between Kibbe and the river") is that
        district too (left pending, :meth:`_town_districts`), not a namesake town afar."""
        keys = {normalize_name(report.spans[i].name(report.text)) for i in in_town}
        if not keys:
            return mentions, pending, in_town
        moved = {report.by_start[m.start] for m in mentions if m.level == "city" and m.start in report.by_start
                 and normalize_name(report.spans[report.by_start[m.start]].name(report.text)) in keys}
        moved -= set(pending)
        if not moved:
            return mentions, pending, in_town
        kept = [m for m in mentions if report.by_start.get(m.start) not in moved]
        return kept, sorted([*pending, *moved]), in_town

    def _town_districts(self, report: _Report, pending: list[int], in_town: dict[int, Candidate],
                        mentions: list[PlaceMention]) -> tuple[dict[str, tuple[Candidate, str, float]], set[str]]:
        """Names below the gazetteer, placed in a town the report puts them in:
        first the explicit "X prison in Y" / "the X area of Y city" anywhere in the
        report, then "the X neighbourhood" after a town named in the same paragraph.
        Returns the districts by name key and the names of buildings among them."""
        text, spans, contexts, container_of = report.text, report.spans, report.contexts, report.container_of
        districts: dict[str, tuple[Candidate, str, float]] = {}
        sites: set[str] = set()  # names of buildings: "Alverton Middle School", "the Brill hospital"
        for explicit in (True, False):
            for i in pending:
                sp, ctx = spans[i], contexts[i]
                if (sp.label in STRICT and ctx.titled) or self._natural(sp.name(text), ctx) \
                        or ctx.feature_kind_before == "natural" \
                        or (sp.label in STRICT and _ACRONYM_RE.match(sp.name(text))):
                    continue  # (an organisation's acronym, "the TIF district", names no district)
                key = normalize_name(sp.name(text))
                if key in districts:
                    continue
                if explicit and i in in_town:
                    districts[key] = (in_town[i], _display(sp.name(text)), 0.6)
                    if ctx.feature_kind_after == "site":
                        sites.add(key)
                    continue
                sub = ctx.feature_kind_after in ("site", "district") or ctx.feature_kind_before == "district" \
                    or (not explicit and self._district_word_after_town(text, sp, mentions))
                if not sub:
                    continue
                if explicit:
                    if ctx.container_at < 0 or ctx.container_comma:
                        continue
                    town = container_of(i)
                elif self._in_named_unit(report, i):
                    continue
                else:
                    town = self._town_before(text, sp, mentions)
                if town is not None and town.level == "admin1" and ctx.feature_kind_after == "site":
                    town = self.gaz.capital_of(town.place_id)
                if town is not None and town.level == "city":
                    districts[key] = (town, _display(sp.name(text)), 0.7 if explicit else 0.55)
                    if ctx.feature_kind_after == "site":
                        sites.add(key)
        return districts, sites

    @staticmethod
    def _in_named_unit(report: _Report, i: int) -> bool:
        """Whether the report puts span ``i`` in a province or district it names ("the Mir
        Ali area of North Waziristan", "Dara district of Panjshir province"): a part of
        that unit, not of the town named before it (the dateline's Rawalpindi)."""
        ctx = report.contexts[i]
        if i > 0 and _UNIT_POSSESSIVE_GAP_RE.fullmatch(report.text, report.spans[i - 1].end, report.spans[i].start):
            # "Panjshir province's Dara district": the unit owning the name
            r = report.resolve(i - 1)
            if r is not None and r.cand.level in ("admin1", "admin2"):
                return True
        if ctx.container_at < 0 or ctx.container_comma:
            return False
        unit = report.container_of(i)
        return unit is not None and unit.level in ("admin1", "admin2")

    def _gathered(self, report: _Report, mentions: list[PlaceMention], pending: list[int],
                  districts: dict[str, tuple[Candidate, str, float]], sites: set[str],
                  plain: dict[str, _Resolution], organisations: bool) -> list[PlaceMention]:
        """The spans' mentions with the sites' towns, the districts, the places near a
        town and the capitals, less what the output leaves out, in text order."""
        text, spans, contexts, prior, container_of = report.text, report.spans, report.contexts, report.prior, \
            report.container_of
        if organisations and sites:
            # toponym output: a building's name is no toponym (events keep it as "Town -
            # Site"); the town opening it counts as it does an organisation's name
            mentions += self._site_towns(text, spans, pending, sites, prior, set(plain))
        placed = {k: v for k, v in districts.items() if k not in sites} if organisations else districts
        if placed:
            mentions += self._districts(text, spans, contexts, pending, placed)
        mentions += self._near_towns(text, spans, contexts, pending, districts, container_of)
        mentions += self._listed_villages(text, spans, contexts, pending, districts, report.listed_indices,
                                          report.resolve)
        if organisations:
            mentions += self._outdoor_features(text, spans, pending, mentions)
            mentions += self._unlisted_in_units(text, spans, contexts, pending, districts,
                                                report.unit_container_of)
            mentions = self._unlisted_namesakes(mentions)
            mentions += self._unlisted_in_report_area(text, spans, contexts, pending, districts, mentions, prior,
                                                      report.container_of)
        mentions += self._capitals(text, prior, named_only=organisations)
        if not organisations:
            mentions += self._unlisted_in_second_units(text, spans, contexts, pending, districts,
                                                       report.unit_container_of)
            # "Ohio Gov. Jane Doe": the official's office, no place of an event
            mentions = [m for m in mentions if not (m.level == "admin1" and _titled_after(text, m.end))]
            if self.unit_points == "seat":
                # "in south Brill County": the county's place at a town of that part (geo/unit_parts.py)
                mentions = place_county_parts(self.gaz, text, mentions)
        else:
            # toponym output: "St. Anne's Lutheran Church in Urbana", "Willow Street,
            # Urbana" name a building or a street there, no place (events keep them)
            mentions = [m for m in mentions if not (m.level == "feature" and self._building_or_street(m.text))]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _capitals(self, text: str, prior: CountryPrior, named_only: bool = False) -> list[PlaceMention]:
        """ "the Iraqi capital", "Syria's capital", "the capital" -> that country's capital.
        ``named_only`` (toponym output): a bare "the capital" names no place, it refers
        to one ("a curfew in the capital", or money: "raising the capital")."""
        out = []
        demonyms = tables.demonyms()
        for m in _CAPITAL_RE.finditer(text):
            word = m.group(1) or m.group(2)
            if named_only and not word:
                continue
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

    def toponyms(self, doc, places: list[PlaceMention] | None = None,
                 outlet: OutletHome | None = None) -> list[PlaceMention]:
        """Toponym output (``geoparse``): the place mentions (``places``, else
        :meth:`find_places`, with the ``outlet``'s home), the country adjectives and the
        large water bodies (geo/water_bodies.py) no place overlaps, in text order."""
        places = self.find_places(doc, organisations=True, outlet=outlet) if places is None else places
        # ("the Alverton Times", "Brill Sea Cadets": a paper's or a youth group's name)
        text = doc_text(doc)
        places = [m for m in places if not _opens_body(text, m.end, tables.masthead_words())
                  and not _opens_body(text, m.end, tables.youth_group_words())
                  and not _compass_part_of_county(text, m, self._features)]
        # (an adjective that is a surname the report gives or quotes, "Jo French said")
        people = frozenset(person_words(doc, lambda name: any(c.match == "exact" for c in self.gaz.lookup(name)))
                           | speakers(doc))
        extra = demonym_mentions(self.gaz, doc_text(doc), places, centre=self.unit_points == "centre",
                                 people=people)
        extra += water_mentions(text, [*places, *extra])
        return sorted([*places, *extra], key=lambda m: m.start)

    def home_place(self, home: OutletHome | None) -> PlaceMention | None:
        """A local outlet's home town as a place near it (geo_precision 2, no span), for
        events of its reports placed no better (events/home_state.py); None for an
        outlet with no town."""
        if home is None or home.latitude is None or not home.admin1_code or not home.name:
            return None
        towns = [c for c in self.gaz.lookup(home.name, home.country_code) if c.level == "city"
                 and c.admin1_code == home.admin1_code]
        if not towns:
            return None
        c = min(towns, key=lambda c: haversine_km(c.latitude, c.longitude, home.latitude, home.longitude))
        return PlaceMention(
            start=0, end=0, text="", name=c.name, geonameid=c.geonameid, latitude=c.latitude,
            longitude=c.longitude, country_code=c.country_code, country=country_info(c.country_code)[0],
            admin1=c.admin1, admin2=c.admin2, feature_code=c.feature_code, population=c.population,
            confidence=0.5, location=c.name, geo_precision=2, level="city")

    def unit_centre(self, m: PlaceMention) -> tuple[float, float] | None:
        """For an admin1/admin2 mention resolved at the seat (the default), the unit's
        approximate centroid, for toponym output (``geoparse``) that should follow
        the GeoNames convention while events keep the seat; None for other mentions."""
        if m.level not in ("admin1", "admin2"):
            return None
        for c in self.gaz.lookup(m.name, country=m.country_code or None):
            if c.level == m.level and c.name == m.name and c.admin1 == m.admin1:
                return self.gaz.centre(c.place_id)
        return None

    @lru_cache(maxsize=512)
    def _unit_named_by_point(self, cc: str, point: str) -> Candidate | None:
        """The one first-level unit of country ``cc`` called after compass ``point``
        ("south": Lebanon's South Governorate, Burkina Faso's Nord), by an exact name
        (data/geo/compass_unit_names.tsv); None when it has none or more than one."""
        units = {c.place_id: c for name in tables.compass_unit_names().get(point, ())
                 for word in _COMPASS_UNIT_WORDS for c in self.gaz.lookup(name + word, cc)
                 if c.level == "admin1" and c.country_code == cc and c.match == "exact"}
        return next(iter(units.values())) if len(units) == 1 else None

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
            point = _POINT_BEFORE_COUNTRY_RE.search(text, max(0, sp.start - 12), sp.start)
            unit = self._unit_named_by_point(c.country_code, point.group(1).casefold()) if point else None
            if unit is not None:
                m.compass_unit = self._mention(text, sp, ctx, _Resolution(unit, res.conf))
        elif c.level == "continent":
            m.geo_precision = 3
        elif c.level in ("admin1", "admin2"):
            cap = self.gaz.capital_of(c.place_id)
            m.geo_precision = 3
            m.location = cap.name if cap else c.name
            if self.unit_points == "centre":
                centre = self.gaz.centre(c.place_id)
                if centre is not None:
                    m.latitude, m.longitude = centre
        elif ctx.region or ctx.near:
            m.geo_precision = 2
        if c.level == "city":
            m.name_units = len({x.admin1_code for x in self.gaz.lookup(c.name, c.country_code)
                                if x.level == "city" and x.match == "exact" and x.primary})
        return m


#: a capitalised word right before a name, joined to it by a space ("North Pecan Grove")
_CAPITAL_WORD_BEFORE_RE = re.compile(r"\b([A-Z][\w.'’-]*)[ \t]+$")
#: ... unless it is a sentence's opening word of no name ("In Pecan Grove, ...")
_OPENING_WORDS = frozenset({"in", "at", "on", "near", "from", "to", "of", "for", "by", "with", "and",
                            "but", "the", "a", "an", "outside", "around", "across", "inside"})
#: a capitalised word right after a name, joined to it by a space ("Pecan Grove Police")
_CAPITAL_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
#: the word right after a county's name: " County" of "Rusk County"
_COUNTY_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _county_word(text: str, m: PlaceMention, words: frozenset[str]) -> bool:
    """The county mention carries its unit word, in its span ("SULLIVAN COUNTY, Ind.") or
    right after it ("the Rusk County sheriff"): a county, not a surname read as one."""
    after = _COUNTY_WORD_AFTER_RE.match(text, m.end)
    last = m.text.split()[-1] if len(m.text.split()) > 1 else ""
    return last.casefold() in words or after is not None and after.group(1).casefold() in words

#: a compass word right before a country's name: "southern" of "in southern Lebanon"
_POINT_BEFORE_COUNTRY_RE = re.compile(r"\b(north|south|east|west)(?:ern)?\s+$", re.I)
#: unit words a compass-named unit's name may carry ("South Governorate", "Nord region")
_COMPASS_UNIT_WORDS = ("", " Region", " Province", " Governorate", " State", " District", " Department")


#: the two capitalised words after a name: "State Journal" of "Brill State Journal"
_TWO_WORDS_AFTER_RE = re.compile(r"[ \t]+([A-Z][\w\-]*)(?:[ \t]+([A-Z][\w\-]*))?")


def _opens_body(text: str, end: int, words: frozenset[str]) -> bool:
    """True when one of ``words`` is one of the two capitalised words after a name: the
    name opens a paper's title (``data/geo/masthead_words.tsv``) or a youth group's name
    (kind "youth" in ``data/geo/company_words.tsv``)."""
    m = _TWO_WORDS_AFTER_RE.match(text, end)
    return m is not None and any((w or "").casefold() in words for w in m.groups())


#: a capitalised compass word right before a name: "West " of "West Greene"
_COMPASS_OPENING_WORD_RE = re.compile(rf"^(?i:{DIRECTIONS})[ \t]+(?=[A-Z])")
_COMPASS_BEFORE_RE = re.compile(rf"(?<![\w-])(?=[A-Z])(?i:{DIRECTIONS})[ \t]+$")
#: the next word: " County" of "Greene County", " counties"
_NEXT_WORD_RE = re.compile(r"[ \t]+([\w-]+)")


def _lone_in_country(town: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """A town (or a country's name read as the country) the report names in a country
    where it names no other place (nor the country by another name)."""
    return town.level in ("city", "country") and not any(
        m.country_code == town.country_code and normalize_name(m.text) != normalize_name(town.text)
        for m in mentions)


def _just_before(text: str, m: PlaceMention, county: PlaceMention) -> bool:
    """True when only a comma (and "the") parts ``m`` from the county after it: "in
    Lebanon, the Warren County sheriff said"."""
    return m.end <= county.start and _COMMA_THE_RE.fullmatch(text, m.end, county.start) is not None


_COMMA_THE_RE = re.compile(r",[ \t]+(?:the[ \t]+)?")


def _compass_part_of_county(text: str, m: PlaceMention, features: dict[str, str]) -> bool:
    """True for a county read from its bare name after a capitalised compass word, its
    own word left out ("South Marion Regional Hospital", "a West Greene teacher"): the
    name of a part of the county, or of the school district or hospital serving it, which
    the gazetteer lacks; the whole county is not what it names (toponym output only:
    an event there is still in the county). "East Cambridgeshire", a unit whose own name
    has no county word, and "North Marion County" are left alone."""
    words = m.name.split()
    if m.level != "admin2" or len(words) < 2 or features.get(words[-1].casefold()) != "unit" \
            or normalize_name(m.text) != normalize_name(" ".join(words[:-1])):
        return False
    after = _NEXT_WORD_RE.match(text, m.end)
    if after and features.get(after.group(1).casefold()) == "unit":
        return False
    return _COMPASS_BEFORE_RE.search(text, max(0, m.start - 16), m.start) is not None


def _display(name: str) -> str:
    """A district name as ACLED writes it: words capitalised, hyphens as spaces."""
    words = re.split(r"[\s\-]+", name.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def _titled_after(text: str, end: int) -> bool:
    """An official's title and a name follow the unit: "Ohio Gov. Jane Doe"."""
    m = re.match(rf"^(?:['’]s)?\s+(?:{'|'.join(re.escape(t) for t in tables.unit_titles())})(?!\w)",
                 text[end:end + 40], re.I)
    return bool(m) and re.match(r"\s*[A-Z]", text[end + m.end():end + m.end() + 3]) is not None
