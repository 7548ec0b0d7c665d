"""Scoring a name's gazetteer candidates with the report's evidence (its country prior,
units and towns it names, states opening organisations' names) and the explicit
no-answer: which candidates are credible at all.

Kept apart from resolution: the scores change with the evidence weights, resolution with
the phrases a report uses around one name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import tables
from .context import CountryPrior, group_country
from .gazetteer import Candidate, abbreviation_variants, haversine_km
from .normalize import exact_key, normalize_name
from .outlet import OUTLET_KEY, outlet_gain
from .patterns import DIRECTIONS, Context
from .spans import _own_name, _POSSESSIVE_RE, _Span, _THE_RE, _UNIT_OF_RE
from .prior import _ACRONYM_RE, NAMESAKE_SHARE, OWN_NAME_CITY, PAIR_KM, REPORT_TOWN


CONTAINMENT_KM = 30.0
#: the gain of a town in a state where another name of the report has a town too
SHARED_STATE = 0.2
SHARED_STATE_CAPITAL = 0.2
#: ... counted for up to this many such names
SHARED_STATE_NAMES = 3
#: A town matched only by another of its names loses this much to the towns of that
#: name, unless it is more than this many times the largest of them
ALT_NAME_GAP = 0.2
ALT_NAME_SIZE = 200
#: Gain of a county whose state holds counties of all the names listed with it under
#: one plural word ("Barrow, Jackson and Madison counties")
LISTED_COUNTIES = 0.6
#: Gain of a county whose state holds counties of the report's other county names
#: ("Riley County", "Pratt County"), by their share: a report's counties lie together
REPORT_COUNTIES = 0.3
#: A name opening a local body's name ("the Alverton Police") counts among the report's
#: towns of a state unless its towns and counties lie in more than this many states and
#: none of its towns is a real town (:data:`NAMESAKE_TOWN`): a person's name then
BODY_NAME_STATES = 5
#: Countries whose first-level units' seats the gazetteer has right (GeoNames' PPLA for
#: every US state); elsewhere a unit's recorded seat is sometimes its largest town, so a
#: town named like its unit may be the real seat (toponym output, :meth:`Ranker._unit_by_convention`)
SEATS_KNOWN = frozenset({"US"})
#: Gain of a town or county in the state a report names most (at least twice)
HOME_STATE = 0.2
#: Names this short ("Ber", "Gao") are alternate names or codes of many places: only a
#: place's own name counts, and only in a country the report is about.
SHORT_NAME = 3
#: an acronym in capitals without full stops ("WHO", "NYC")
_CODE_RE = re.compile(r"[A-Z]{2,5}")
#: A town this close to another place the report names unambiguously gains, up to
#: 0.4 at the same point: of several towns called Alexandria, the one near the others.
LOCAL_KM = 250.0
#: ... if it has :data:`.prior.NAMESAKE_SHARE` of its largest namesake, or this many
#: people whatever the largest: a real town (Manhattan, Kansas next to
#: Wamego), no village
NAMESAKE_TOWN = 20_000
#: a town the report names says the state of a county of another name only when it is no
#: village a town of its name in any country dwarfs (its share of that town's size)
NAMED_TOWN_SHARE = 0.05
#: A report that names towns in at least this many states of one country, this many km
#: apart at most ("Tucson, Ariz., Boise, Idaho, and Columbus, Ohio"), lists places across
#: that country: neither those states nor nearness to one of those towns says where another
#: of its names lies (its own bare "Greenville" is no Ohio village beside Columbus)
NATIONAL_STATES = 3
NATIONAL_KM = 1500.0
#: Gain of a first-level unit named right after a county and a comma ("Lewis County,
#: Washington") that holds a county of that name: the county's state, not a city of the name
AFTER_COUNTY = 0.6
#: a county is read in the state of the report's towns (``Ranker._state_gain``; False: off)
COUNTY_IN_TOWNS_STATE = True
#: Of towns of one name in several countries, a real town (:data:`NAMESAKE_TOWN`)
#: near the report's settled towns gains up to this much at the same point, whatever
#: its country: London next to Kitchener is London, Ontario, not the capital abroad.
ACROSS_BORDER_NEAR = 0.6
#: In a report that says no country at all, a town this many times the size of every other
#: place of its name is the one meant, even by another of its names: "Palmyra" alone is
#: Tadmur, the Syrian city of the ruins, not one of the American villages called so (an old
#: name of a far larger city, "Berea" of Aleppo, still needs the report to say nothing of
#: another country)
FAMOUS_RATIO = 5.0
#: ... and a city of at least this many people: a town ("the market of Hit", ~30,000) named
#: alone in a report that says no country is still too ambiguous to place
FAMOUS_CITY = 50_000
#: ... over places bearing the name as their own that are all villages of fewer people than
#: this: a real town of the name keeps it (Berea, Kentucky, is no Aleppo, once Beroea;
#: Shiloh, Illinois no Springdale; Petropolis no Saint Petersburg)
FAMOUS_OVER_VILLAGES = 10_000
#: ... or, for a name that words put in a place ("stores in Evanston", "near Djibo"), over
#: namesakes that are real towns of fewer people than this (Evanston, Illinois, over
#: Evanston, Wyoming, a town of 12,000)
FAMOUS_OVER_TOWNS = 50_000
#: ... and there the one meant need only have this many times the people of every other
#: (Evanston, Illinois, four times Evanston, New Brunswick): the words leave only the choice
#: of namesake in doubt, not whether a place is meant, and the far largest is a reader's answer
FAMOUS_PLACED_RATIO = 3.0
#: A province or state holding the report's settled towns gains this much over its
#: namesakes (Georgia, the US state, over the country).
SETTLED_STATE = 0.4
#: A state named like a country or a capital takes a university's name from it only
#: when they lie this many km apart: the province of Buenos Aires or of Maputo beside
#: the capital of that name is the capital's namesake, and the university the capital's.
UNIT_BODY_APART_KM = 1000.0
#: How alike (rapidfuzz ratio of the normalised names, 0-100, the measure of the
#: gazetteer's near spellings) an alternate name must be to a town's own name to count
#: as its spelling when the NER took the name for a person
SPELT_ALIKE = 60
#: A name read as a pair with another of the report's (:data:`.prior.PAIR_KM`) gains this
#: much (a partner counts when it is a real town of its name, at
#: least :data:`NAMESAKE_SHARE` of its largest namesake)
PAIR_NEAR = 0.15
#: ... for a town of at least this share of its name's largest town in the country (a
#: real town of that name, no village taking a city's: Boston, New York is not Boston)
PAIR_SHARE = 0.02
#: A county pairs with a town of its own state within this many km of its point: a
#: county is large, and a town just over its line lies further from its point than
#: two neighbouring towns do from each other
COUNTY_PAIR_KM = 60.0
#: ... and gains this much for it (a town over a state line only :data:`PAIR_NEAR`)
COUNTY_PAIR_NEAR = 0.3


@dataclass
class _NameFacts:
    """What one name's candidates say of each other (:meth:`Ranker._name_facts`), read
    once and weighed for each candidate."""

    is_unit: bool
    home: str | None
    seat_named: set[str]
    biggest_own: dict[str, int]
    biggest_town: int
    own_towns: int
    size: dict[int, int]
    exact_town: bool
    towns: list[str]
    own_cities: dict[str, int]
    unit: bool
    namesakes: set[str]
    largest: dict[tuple[str, str], int]
    across: bool
    outlet_town: bool
    capital_pop: dict[str, int]
    rival_pop: dict[str, int]
    #: the place dwarfing every other of the name (:func:`famous_town`), or None
    famous: int | None = None
    #: country -> the population of its first-level unit of that very name ("Texas")
    state_pop: dict[str, int] = field(default_factory=dict)
    #: the report's states (:func:`report_states`) holding a town or county of the name
    in_report_states: frozenset[str] = frozenset()
    #: countries whose towns the report lists across the country (:func:`_national_list`)
    national: frozenset[str] = frozenset()
    #: country -> its people, for a country whose own name the name is ("Poland")
    country_pop: dict[str, int] = field(default_factory=dict)


class Ranker:
    """Candidate ranking of :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _state_dwarfs_namesakes(self, unit: Candidate) -> bool:
        """True when a first-level unit has more people than every other place of its
        name abroad (the US state of Georgia, ~10 million, over the country, ~4 million)."""
        return unit.population > 0 and all(
            c.population < unit.population for c in self.gaz.lookup(unit.name)
            if c.match == "exact" and c.country_code != unit.country_code)

    def _shared_state_in_name(self, text: str, sp: _Span) -> list[Candidate]:
        """The state opening an organisation's name when that name is a country's too
        ("the Georgia Bureau of Investigation"), which :meth:`_state_in_name` leaves out."""
        for words in _org_name_words(text[sp.start:sp.end]):
            if len(words) < 2 or not words[0][:1].isupper():
                continue
            cands = [c for c in self.gaz.lookup(_POSSESSIVE_RE.sub("", words[0])) if c.match == "exact"]
            units = [c for c in cands if c.level == "admin1" and c.primary]
            if len(units) == 1 and any(c.level == "country" for c in cands):
                return units
        return []

    def _state_in_name(self, text: str, sp: _Span, prior: CountryPrior) -> tuple[Candidate, bool] | None:
        """A state's name opening an organisation's ("the Indiana Department of
        Transportation", "the Texas Rangers") says which state the report is in: its
        towns gain as those of a state the report names (not its country's capital
        abroad, which only a state named as a place outweighs). Returns that unit and
        whether the name is the state's own office, which says the country too (the
        caller keeps any other only in a country the report is about); a town opening a
        local body's name joins the report's names."""
        institutions = tables.institution_words()
        for words, k in ((w, k) for w in _org_name_words(text[sp.start:sp.end]) for k in (2, 1)):
            if len(words) <= k:
                continue
            name = _POSSESSIVE_RE.sub("", " ".join(words[:k]))
            if not name[:1].isupper():
                continue
            if _POSSESSIVE_RE.sub("", words[k]).casefold() in institutions:
                # "the Athens Police Department": a town the report names, whose county
                # is the report's Henderson County
                prior.names.add(name)
            cands = [c for c in self.gaz.lookup(name) if c.match == "exact"]
            if _POSSESSIVE_RE.sub("", words[k]).casefold() in institutions:
                # (and its states hold a town of the report, as a plain mention's
                # would: "the Alverton Police" beside "North Ohio Medical Center")
                held = {c.admin1_code for c in cands
                        if c.level in ("city", "admin2") and c.admin1_code and _own_name(c)}
                # (not a name borne in many states by no real town, most often a
                # person's: "the Polk School Library" says nothing of which state the
                # report is in; "the Albany Police" still does, with the report's other names)
                person = len(held) > BODY_NAME_STATES and max(
                    (c.population for c in cands if c.level == "city" and _own_name(c)), default=0) < NAMESAKE_TOWN
                for code in (() if person else held):
                    prior.town_units.setdefault(code, set()).add(normalize_name(name))
            units = [c for c in cands if c.level == "admin1" and c.primary]
            if len(units) == 1 and not any(c.level == "country" for c in cands):
                unit = units[0]
                town = max((c.population for c in cands if c.level == "city" and _own_name(c)), default=0)
                # a state's own office ("the Indiana Department of ...", "the Missouri
                # State Highway Patrol") of a unit dwarfing every town of its name
                # says the country too; any other name only the state
                office = _POSSESSIVE_RE.sub("", words[k]).casefold() in institutions | {"state"}
                return unit, office and unit.population >= 20 * town
        return None

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
              container: Candidate | None, key: str = "", listed: bool | None = None,
              says_unit=None, inner: tuple[str, ...] = (),
              listed_with: tuple[str, ...] = ()) -> list[tuple[float, Candidate]]:
        """Candidates scored with the report's evidence, best first, decided in order:
        what the name's candidates say of each other, then for each candidate the
        report's countries, the units it names, its states, its counties, the towns
        near it, the container it puts the name in, the place's size and level and the
        words around the name; last, a unit named like its seat gives way to the town
        and a body's name to the state. ``key`` (the name's normalised key) keeps a
        name's own earlier reading out of the nearness evidence; ``listed``: the
        container after a comma may be the next item of a list (default: whenever it
        follows a comma)."""
        listed = ctx.container_comma if listed is None else listed
        scored = []
        f = self._name_facts(cands, prior, key)
        for c in cands:
            s = c.score
            # a town in a county the report names: "Paris and Henry County" is Paris, Tennessee
            in_county = c.level == "city" and bool(c.admin2) and normalize_name(c.admin2) in prior.counties \
                and not self._county_of_named_state(c, prior)
            s = self._country_gain(s, c, prior, ctx, container, key, f, in_county)
            s = self._named_unit_gain(s, c, prior, inner, listed_with, f)
            s = self._state_gain(s, c, prior, container, key, f, in_county, ctx)
            s = self._county_gain(s, c, cands, prior, ctx, key, listed_with)
            s = self._near_gain(s, c, cands, prior, ctx, key, f)
            if container is not None and self._contains(container, c) and not (f.unit and listed):
                # ("Mexico, China, Japan": after a comma, a country or state name is a list
                # item, not China the town in Japan)
                s += 0.6
            s = self._size_and_level(s, c, prior, ctx, key, f)
            s = self._feature_word_gain(s, c, ctx)
            if ctx.after_county and c.level == "admin1" and self._county_state(ctx, c):
                # "Clark County, Washington": the county's state, not the capital city
                s += AFTER_COUNTY
            scored.append((s, c))
        scored.sort(key=lambda x: -x[0])
        self._seat_first(scored, ctx, says_unit, key)
        if ctx.unit_body and scored:
            self._unit_for_body(scored, prior)
        return scored

    def _county_of_named_state(self, c: Candidate, prior: CountryPrior) -> bool:
        """True when the county the report names, that holds the town ``c``, is rather a
        county of that name in a state the report names and ``c``'s is not: "the Pike
        County team" in a report naming Kentucky is Kentucky's county, and lends a
        Missouri town in another Pike County nothing."""
        if c.admin1_code in prior.named_admin1:
            return False
        states = {code for code in prior.named_admin1 if code.startswith(c.country_code + ".")}
        return bool(states) and any(u.level == "admin2" and u.match == "exact" and u.admin1_code in states
                                    for u in self.gaz.lookup(c.admin2))

    def _name_facts(self, cands: list[Candidate], prior: CountryPrior, key: str) -> _NameFacts:
        """What one name's candidates say of each other, read once before any is scored:
        whether the name is a unit's, the sizes to measure a town against, its namesakes
        and the rival towns abroad that dwarf a town of the report's country."""
        # A town in a unit the report names gains, unless the name is itself a unit
        # or country name: in "California, Oregon and Missouri" California is the
        # state, not the village of California, Missouri ("X, Y" can still say so).
        # (a province abroad, in no country the report is about, does not count: the
        # Egyptian governorate of Alexandria leaves the report's Alexandria a town)
        is_unit = any(c.match == "exact" and (c.level == "country" or (
            c.level == "admin1" and (c.country_code in prior or not prior))) for c in cands)
        home = prior.home_admin1()
        seat_named = {c.admin1_code for c in cands if c.level == "city" and _own_name(c)}
        biggest_own: dict[str, int] = {}
        for c in cands:
            if _own_name(c):
                biggest_own[c.country_code] = max(biggest_own.get(c.country_code, 0), c.population)
        biggest_town = max((c.population for c in cands if c.level == "city" and c.match == "exact"), default=0)
        own_towns = max((c.population for c in cands if c.level == "city" and _own_name(c)), default=0)
        own_cities: dict[str, int] = {}  # country -> its largest town of that own name
        for c in cands:
            if c.level == "city" and c.match == "exact" and _own_name(c):
                own_cities[c.country_code] = max(own_cities.get(c.country_code, 0), c.population)
        size = _sizes_through_seats(cands)
        exact_town = any(c.level == "city" and c.match == "exact" and _own_name(c) for c in cands)
        # (only towns called so by their own name: "Paris" is also an old name of
        # towns that are no Paris today)
        towns = [c.country_code for c in cands if _own_name(c)]
        # (never for the name of a country, or of a unit in a country the report is
        # about: "Canada", "Iowa" are not villages of that name near the report's towns)
        unit = any(c.match == "exact" and (c.level == "country" or (c.level == "admin1" and c.country_code in prior))
                   for c in cands)
        namesakes = {cc for cc in towns if towns.count(cc) > 1} if prior.local_points and not unit else set()
        # (a village never takes the name from a city twenty times its size: "Boston")
        # (towns measured against towns, counties against counties: Caddo, Oklahoma is
        # no village taking the name of Caddo Parish)
        largest = {(cc, lv): max((c.population for c in cands if c.country_code == cc and c.level == lv
                                  and _own_name(c)), default=0)
                   for cc in namesakes for lv in ("city", "admin2")}
        across = len(set(towns)) > 1 and bool(prior.local_points) and not unit
        # (nor when the outlet's own country, or state, has a real town of that name and
        # the report says nothing of the country of a capital abroad that shares it:
        # ``_outlet_town``)
        outlet_town = not unit and _outlet_town(cands, prior, key)
        # A national capital abroad outweighs a town of the report's country that is
        # a twentieth of its size ("the FAO in Rome" in a report on the US is not Rome,
        # Georgia) unless the report puts that town somewhere ("Rome, New York") or
        # names other towns near it (a local report).
        capital_pop = {c.country_code: c.population for c in cands
                       if c.feature_code == "PPLC" and _own_name(c)}
        # So does any town abroad of a country the report names by other words: in a
        # report on Moscow and Russia beside American towns, St. Petersburg is Russia's,
        # not the Florida town a twentieth of its size.
        rival_pop = dict(capital_pop)
        for c in cands:
            if c.level == "city" and c.match != "fuzzy" and prior.share(c.country_code, key) > 0:
                rival_pop[c.country_code] = max(rival_pop.get(c.country_code, 0), c.population)
        # (a first-level unit's own name dwarfs a village of that name abroad: "in Texas"
        # beside Mexican towns is the US state, not the Mexican hamlet called Texas)
        # (its English spelling too: "the beaches of Normandy" is the French region
        # Normandie, not a Missouri suburb of that name)
        state_pop: dict[str, int] = {}
        for c in cands:
            if c.level == "admin1" and c.match == "exact" and (c.primary or _unit_spelling(c, key)):
                state_pop[c.country_code] = max(state_pop.get(c.country_code, 0), c.population)
        famous = famous_town(cands)
        states = report_states(prior, key)
        in_report_states = frozenset(c.admin1_code for c in cands if c.level in ("city", "admin2")
                                     and c.match == "exact" and _own_name(c) and c.admin1_code in states)
        national = frozenset(cc for cc in {c.country_code for c in cands} if _national_list(prior, cc))
        return _NameFacts(is_unit, home, seat_named, biggest_own, biggest_town, own_towns, size, exact_town,
                          towns, own_cities, unit, namesakes, largest, across, outlet_town, capital_pop, rival_pop,
                          famous.place_id if famous is not None and not prior else None, state_pop,
                          in_report_states, national,
                          {c.country_code: c.population for c in cands if c.level == "country" and c.match == "exact"})

    @staticmethod
    def _country_gain(s: float, c: Candidate, prior: CountryPrior, ctx: Context, container: Candidate | None,
                      key: str, f: _NameFacts, in_county: bool) -> float:
        """The report's countries first: a candidate gains its country's share of the
        report, unless a rival town abroad dwarfs it and nothing local holds it."""
        # (not for a name used for a town's residents or bodies, "Paris High School":
        # those are local)
        # (nor a town in a province the report names: "LONDON -- ... Ontario")
        dwarfed = (c.level == "city" and container is None and not in_county and not ctx.local
                   and c.admin1_code not in prior.named_admin1
                   and not any(haversine_km(c.latitude, c.longitude, lat, lon) < LOCAL_KM
                               for lat, lon, _k in prior.local_points)
                   and any(cc != c.country_code and c.population < NAMESAKE_SHARE * pop
                           and not (f.outlet_town and c.country_code == prior.outlet.country_code)
                           for cc, pop in f.rival_pop.items()))
        # (a village, too, beside a first-level unit abroad of its very name twenty
        # times its size: ``_NameFacts.state_pop``)
        unplaced = (c.level == "city" and container is None and not in_county and not ctx.local
                    and not any(haversine_km(c.latitude, c.longitude, lat, lon) < LOCAL_KM
                                for lat, lon, _k in prior.local_points))
        dwarfed = dwarfed or (unplaced and c.admin1_code not in prior.named_admin1 and c.population < NAMESAKE_TOWN
                              and any(state_cc != c.country_code and NAMESAKE_SHARE * state_size > c.population
                                      and not _report_country_town(c, state_cc, prior, key)
                                      for state_cc, state_size in f.state_pop.items()))
        # (a country's own name, most of all: "portions of Poland" in a report on
        # American states is the country, not a village of Maine or Ohio; the town needs
        # its state or county said with it, or the report's settled towns near it, not
        # just its state named somewhere in a list: ``_country_dwarfs``)
        dwarfed = dwarfed or (unplaced and _country_dwarfs(c, f))
        if not dwarfed:
            # (of towns of one name in several countries near the report's settled
            # towns, the name's own size says nothing: London next to Kitchener)
            share = prior.share(c.country_code, key if f.across or f.outlet_town else "")
            s += 0.8 * share + (0.2 if c.country_code in prior else 0.0)
        return s

    def _named_unit_gain(self, s: float, c: Candidate, prior: CountryPrior, inner: tuple[str, ...],
                         listed_with: tuple[str, ...], f: _NameFacts) -> float:
        """A first-level unit the report's settled towns lie in, or that the names put
        in it or listed with it make a state's, gains over its namesakes."""
        if c.level == "admin1" and c.admin1_code in prior.local_admin1 and c.admin1_code not in f.seat_named:
            # the state holding the report's settled towns: "Georgia" in a report on
            # Valdosta is the state, not the country; "Texas" in a report on Austin
            # no county of Missouri (not a unit named like a town in it, Al-Hasakah:
            # the town itself settled the unit)
            s += SETTLED_STATE
        if c.level == "admin1" and (inner or listed_with) and self._unit_evidence(c, inner, listed_with):
            # "Rome, Georgia", "Colorado, Georgia, Idaho": the US state, not the country
            s += 0.6
        return s

    def _state_gain(self, s: float, c: Candidate, prior: CountryPrior, container: Candidate | None, key: str,
                    f: _NameFacts, in_county: bool, ctx: Context | None = None) -> float:
        """A town or county in a state (or county) the report names, or where its other
        names are towns too, or in its home state, gains: a report's places lie together."""
        # (a state listed with its town still holds that town's name told again bare:
        # "Tucson, Ariz." then "Tucson")
        listed = c.country_code in f.national and c.admin1_code != f.home \
            and key not in prior.local_unit_keys.get(c.admin1_code, ())
        if c.level in ("city", "admin2") and not f.is_unit and c.admin1_code in prior.admin1_codes \
                and not listed and (c.level == "admin2" or c.population >= 0.02 * f.biggest_own.get(c.country_code, 0)
                     or in_county
                     or (container is not None and self._contains(container, c))) \
                and not (container is None and not in_county and not (ctx is not None and ctx.local)
                         and _named_capital_dwarfs(c, prior, key, f)):
            # (a state the report names elsewhere does not hold a town that a national
            # capital of a country the report also names dwarfs, when the town lies far
            # from the report's settled towns: "the FAO in Rome" in a report on the
            # Philippines naming Italy and a NY laboratory is Italy's capital)
            # (a village in a state the report names does not take the name of a
            # city fifty times its size: the Mayor of Boston in a report naming New
            # York is Boston's, not that of Boston, New York)
            s += 0.3
        elif COUNTY_IN_TOWNS_STATE and c.level == "admin2" and not f.is_unit and _own_name(c) \
                and c.admin1_code in self._towns_states(prior, key, c.country_code, _held(c, f))[0] \
                and not any(cc != c.country_code and c.population < SHARED_STATE_CAPITAL * pop
                            for cc, pop in f.capital_pop.items()):
            # a county (a name many states give one) is read in the state of the report's
            # other towns, however small beside its namesakes: "taken to Jefferson" in a
            # report on Philadelphia is Pennsylvania's Jefferson County, not Kentucky's
            s += SHARED_STATE
        elif c.level in ("city", "admin2") and not f.is_unit and _own_name(c) and not listed \
                and prior.town_units.get(c.admin1_code, set()) - {key} \
                and not (COUNTY_IN_TOWNS_STATE and c.level == "admin2"
                         and c.admin1_code in self._towns_states(prior, key, c.country_code)[1]) \
                and c.population >= NAMESAKE_SHARE * f.biggest_own.get(c.country_code, 0) \
                and (not any(cc != c.country_code and c.population < SHARED_STATE_CAPITAL * pop
                             for cc, pop in f.capital_pop.items())
                     or _nearness(c, prior, key) > 0):
            # another name of the report is a town or county of this state too (by
            # its own name; no village taking a city's name, "Denver" is not Denver
            # City, Texas; nor a county a fifth the size of a capital abroad, Athens)
            # (more for more such names: Litchfield with Danbury, Bantam and New
            # Milford is Connecticut's, not that of the Litchfield near a Danbury)
            # (towns only: a county name is in many a state, "Boone", "Logan")
            # (a town among the report's settled towns, within LOCAL_KM of one, is no
            # namesake of the capital abroad: as for ``dwarfed``, a London between
            # Ontario towns is London, Ontario, though settlers' towns there share their
            # names with English ones, whose state gains from them too)
            shared = len(prior.city_units.get(c.admin1_code, set()) - {key}) if c.level == "city" else 1
            s += SHARED_STATE * min(max(shared, 1), SHARED_STATE_NAMES)
        if in_county and _own_name(c) and not f.is_unit:
            s += 0.6
        if f.home and c.admin1_code == f.home and c.level in ("city", "admin2") and _own_name(c) and not f.is_unit:
            s += HOME_STATE
        return s

    def _county_gain(self, s: float, c: Candidate, cands: list[Candidate], prior: CountryPrior, ctx: Context,
                     key: str, listed_with: tuple[str, ...]) -> float:
        """Of the counties of one name, the one holding a town the report names, or in
        the state of the counties listed with it or named elsewhere in the report."""
        if c.level == "admin2" and len(cands) > 1 and c.country_code in prior \
                and self._holds_named_town(c, prior.names):
            s += 0.6
        if c.level == "admin2" and listed_with and ctx.feature_after in ("county", "parish") \
                and len(cands) > 1:
            # "Barrow, Jackson and Madison counties": counties listed under one word
            # lie in one state, the one holding counties of the other names too
            s += LISTED_COUNTIES * sum(self._county_in(name, c) for name in listed_with) / len(listed_with)
        if c.level == "admin2" and ctx.feature_after in ("county", "parish") and len(cands) > 1:
            others = [n.rsplit(" ", 1)[0] for n in prior.county_names
                      if normalize_name(n.rsplit(" ", 1)[0]) != key]
            if others:
                # of the counties of one name, the one in the state of the report's
                # other counties
                s += REPORT_COUNTIES * sum(self._county_in(n, c) for n in others) / len(others)
        return s

    def _near_gain(self, s: float, c: Candidate, cands: list[Candidate], prior: CountryPrior, ctx: Context,
                   key: str, f: _NameFacts) -> float:
        """Of a name's namesakes, the one near the places the report names without
        doubt (spatial coherence), or paired with a town it names by another name."""
        if c.country_code in f.namesakes and _own_name(c) and (
                c.population >= NAMESAKE_SHARE * f.largest.get((c.country_code, c.level), 0) or c.population >= NAMESAKE_TOWN
                or (c.level == "admin2" and ctx.feature_after in ("county", "parish"))):
            # of several towns of that name in one country, the one in the units and
            # near the places the report names without doubt (spatial coherence)
            # (a county written with its word, whatever its size: counties are named
            # after one person in many states, and a rural Marion County beside the
            # report's Shreveport borrows no name from Indianapolis's)
            # (not in a report listing towns across the country: ``_national_list``)
            if c.country_code not in f.national:
                if c.admin1_code in prior.local_admin1:
                    s += 0.3
                s += 0.4 * _nearness(c, prior, key)
        elif f.across and c.level == "city" and _own_name(c) and c.population >= NAMESAKE_TOWN:
            s += ACROSS_BORDER_NEAR * _nearness(c, prior, key)
        if c.level == "city" and _own_name(c) and c.match == "exact" and not f.unit \
                and (c.country_code in prior or not prior) and f.towns.count(c.country_code) > 1 \
                and c.population >= PAIR_SHARE * max(
                    x.population for x in cands if x.level == "city" and x.country_code == c.country_code
                    and _own_name(x)) \
                and self._paired(c, prior, key, _held(c, f)):
            # of a name's towns in a country the report is about (or in a report
            # naming none), the one beside a town the report names by another name
            # (the pair of one area; a real town of that name, no village taking a
            # city's: "Boston")
            s += PAIR_NEAR
        if c.level == "admin2" and ctx.feature_after in ("county", "parish") and len(cands) > 1:
            # of the counties of one name, the one beside a town the report names
            # (the pair of one area, as for towns), the more so in its own state
            if self._town_beside(c, prior, key, own_state=True, held=_held(c, f)):
                s += COUNTY_PAIR_NEAR
            elif self._town_beside(c, prior, key, held=_held(c, f)):
                s += PAIR_NEAR
        return s

    def _size_and_level(self, s: float, c: Candidate, prior: CountryPrior, ctx: Context, key: str,
                        f: _NameFacts) -> float:
        """What the place itself weighs once the report's evidence is in: its size, the
        outlet's home, whether the name is its own, and its level."""
        s += 0.15 * min(1.0, math.log10(f.size[c.place_id] + 1) / 7)
        # (the outlet's home: weak evidence, for namesakes the report leaves open)
        s += outlet_gain(c, prior.outlet)
        if c.level == "city" and not c.primary and not c.variant and f.own_towns \
                and c.population < ALT_NAME_SIZE * f.own_towns and c.place_id != f.famous and not (
                    _spelt_alike(key, c.name) and (not _city_abroad(c, f.own_cities) or (
                        _name_part(key, c.name) and c.population >= f.own_towns))):
            # a town called so only by another of its names (an old one: Shiloh for
            # Springdale, Berea for Aleppo) is second to a town of that name, unless
            # it dwarfs every such town (Bombay, Peking); a spelling of its own name
            # counts as its own, unless a real city abroad bears the name
            # (OWN_NAME_CITY: "Cancun" is no Changchun; at home a spelling is as
            # good as the name, Hillsboro for Hillsborough) and it is no short form
            # of a larger town's own name ("Santa Cruz" of Santa Cruz de la Sierra,
            # not "Pueblo" of the village of Pueblo Viejo)
            s -= ALT_NAME_GAP
        if c.level == "admin2" and not c.primary and ctx.feature_kind_after != "unit":
            s -= 0.1  # a county named without "County" ("Hamilton police") is the town first
        elif not (c.level in ("admin1", "admin2") and f.size[c.place_id] < 0.5 * f.biggest_town) \
                and not (c.level in ("admin1", "admin2") and c.match != "exact" and f.exact_town):
            # (a unit smaller than a town of that name, Toledo in Belize, gets no level
            # bonus; nor a unit spelt otherwise than a town written as the report does:
            # "Gori" is the town, not the province of Guria)
            s += {"continent": 1.0, "country": 0.4, "admin1": 0.2, "admin2": 0.05}.get(c.level, 0.0)
        return s

    def _feature_word_gain(self, s: float, c: Candidate, ctx: Context) -> float:
        """The words around the name last: a town's word makes it a town, a unit's or
        region's word a unit (or the country whose area it is)."""
        if ctx.town_title or ctx.feature_after in self._settlements or ctx.feature_before in self._settlements:
            s += 0.3 if c.level == "city" else -0.3
        elif ctx.region or ctx.feature_after in ("province", "governorate", "state", "county"):
            # (an area of a country, "the Mexico border", "northern Mali", is the country's)
            # (a bare direction word, "north St. Louis", is a part of the name as
            # written: the county only spelt otherwise, or reached only through an
            # abbreviation written in full, Saint Louis County, gains nothing)
            bare = bool(ctx.direction) and "region" not in (ctx.feature_kind_after, ctx.feature_kind_before) \
                and ctx.feature_after not in ("province", "governorate", "state", "county")
            # (nor a county named without "County": "north Arlington" is a part of the
            # town before the county, as "Arlington police" is)
            s += 0.3 if (c.level in ("admin1", "admin2") and not (bare and (
                c.match != "exact" or c.variant or (c.level == "admin2" and not c.primary)))) \
                or (ctx.region and c.level == "country") else 0.0
        return s

    def _seat_first(self, scored: list[tuple[float, Candidate]], ctx: Context, says_unit, key: str = "") -> None:
        """A unit on top gives way to the town it is named like (its seat, a big town in
        it, the national capital), unless the words around say it is the unit."""
        # A unit named like its seat, a big town in it (Al-Hasakah, Mosul, New York) or
        # the national capital is the town, unless the words around say province or region, as ACLED does;
        # a village named after its state (Minneota, "Minnesota") does not count.
        # (nor when the report says the state: "upstate New York", "Buffalo, New York",
        # "Utah, Washington and Oregon"; ``says_unit``; "Clark County, Washington")
        # (nor a town the name is only an old name of: "Bahia" is the state, not Salvador,
        # "Pernambuco" not Recife; ``_called_so``)
        if scored and scored[0][1].level in ("admin1", "admin2") and not ctx.region and not ctx.town_title \
                and ctx.feature_kind_after != "unit" and not (says_unit and says_unit(scored[0][1])) \
                and not (ctx.after_county and self._county_state(ctx, scored[0][1])):
            top = scored[0][1]
            seat = self.gaz.capital_of(top.place_id)
            for s, c in scored[1:]:
                # (or the national capital of that name: "Washington" is the capital, not the state)
                # (a former unit's seat lies in today's unit: ``former_units.tsv``)
                # (or the seat, by a spelling of its own name: "Mykolaiv" of Mykolayiv; or by
                # another spelling or romanisation, as the unit was: "Khmelnitsky", "Zaporizhia")
                if (c.level == "city" and c.country_code == top.country_code and (_called_so(c, top) or (
                        seat is not None and c.place_id == seat.place_id and c.match != "fuzzy"
                        and bool(key) and _spelt_alike(key, c.name)))
                        and ((c.admin1_code == top.admin1_code
                              and ((seat is not None and c.place_id == seat.place_id)
                                   or c.population >= 0.1 * top.population))
                             or (top.feature_code == "ADM1H" and seat is not None and c.place_id == seat.place_id)
                             or c.feature_code == "PPLC")
                        and c.score >= top.score - 0.15
                        and not self._unit_by_convention(top, c, seat)):
                    scored.remove((s, c))
                    scored.insert(0, (scored[0][0] + 0.01, c))
                    break

    def _unit_by_convention(self, unit: Candidate, town: Candidate, seat: Candidate | None) -> bool:
        """True in toponym output (``unit_points`` "centre") when a state named by its
        own name would give way to a big town in it that is neither its seat nor the
        national capital: geoparsing corpora (LGL, GeoVirus) put a bare "New York" at the
        state, as its own encyclopaedia entry does, and write "New York City" for the
        city. Events keep the town (ACLED codes the city). Only where the gazetteer knows
        the units' seats (:data:`SEATS_KNOWN`): elsewhere a province's recorded seat may
        be its largest town, and its namesake town the real seat (Chihuahua)."""
        return (self.unit_points == "centre" and unit.level == "admin1" and unit.match == "exact"
                and unit.primary and town.feature_code != "PPLC" and unit.country_code in SEATS_KNOWN
                and (seat is None or town.place_id != seat.place_id))

    @staticmethod
    def _unit_for_body(scored: list[tuple[float, Candidate]], prior: CountryPrior) -> None:
        """"the University of Georgia", "the University of Washington": a body named after
        a state as often as after a country or a capital (``unit_named_bodies.tsv``) is
        the state's when the state has more people than that country or capital, lies
        far from it (:data:`UNIT_BODY_APART_KM`) and the report says no more for the
        other's country."""
        top = scored[0][1]
        if top.match != "exact" or not (top.level == "country" or top.feature_code == "PPLC"):
            return
        for s, c in scored[1:]:
            if c.level == "admin1" and c.match == "exact" and c.population > top.population \
                    and c.admin1_code != top.admin1_code \
                    and haversine_km(c.latitude, c.longitude, top.latitude, top.longitude) > UNIT_BODY_APART_KM \
                    and prior.share(c.country_code) >= prior.share(top.country_code):
                scored.remove((s, c))
                scored.insert(0, (scored[0][0] + 0.01, c))
                return

    def _town_beside(self, county: Candidate, prior: CountryPrior, key: str, own_state: bool = False,
                     held: bool = False) -> bool:
        """True when a town of another name of the report (by its own name, whatever
        its size) lies within :data:`PAIR_KM` of ``county``'s point, or (``own_state``)
        a town of the county's own state within :data:`COUNTY_PAIR_KM` (over the
        county line, not a state line); only the name's towns :func:`_lent` lets count."""
        km = COUNTY_PAIR_KM if own_state else PAIR_KM
        for name in prior.names:
            if not name or not name[0].isupper() or normalize_name(name) == key \
                    or self._unit_of(name, county.country_code):
                continue
            towns = [x for x in self.gaz.lookup(name, county.country_code)
                     if x.level == "city" and x.match == "exact" and _own_name(x)]
            lent = _lent({x.admin1_code for x in towns}, report_states(prior, key, normalize_name(name)), held,
                         _real_states(towns))
            if any(x.admin1_code in lent and (x.admin1_code == county.admin1_code or not own_state)
                   and haversine_km(county.latitude, county.longitude, x.latitude, x.longitude) < km
                   for x in towns):
                return True
        return False

    def _paired(self, c: Candidate, prior: CountryPrior, key: str, held: bool = False) -> bool:
        """True when a town (or county) of another name of the report lies within
        :data:`PAIR_KM` of ``c``; only the name's places :func:`_lent` lets count."""
        for k, pts in prior.town_points.items():
            if k == key:
                continue
            places = [(p, lat, lon) for pid, lat, lon in pts if (p := self.gaz.place(pid)) is not None]
            lent = _lent({p.admin1_code for p, _lat, _lon in places}, report_states(prior, key, k), held)
            if any(p.place_id != c.place_id and p.admin1_code in lent
                   and haversine_km(c.latitude, c.longitude, lat, lon) < PAIR_KM for p, lat, lon in places):
                return True
        return False

    def _towns_states(self, prior: CountryPrior, key: str, cc: str,
                      held: bool = False) -> tuple[set[str], set[str]]:
        """The first-level units of country ``cc`` holding a town the report names by its
        own name (other than ``key``, nor a state's own name), a real town
        (:data:`NAMESAKE_TOWN`) or the name's only one, that no town of that name in any
        country dwarfs (:data:`NAMED_TOWN_SHARE`), and those holding only such
        dwarfed villages (the Philadelphia of New York beside the city): a county of
        the latter has no evidence from the report's towns. Each name's states as
        :func:`_lent` lets them (``held``: the name under test has a reading in one of
        the report's states, and this one is not it)."""
        kept: set[str] = set()
        villages: set[str] = set()
        # (a name the report gives a county, "Jefferson County", is no town of it)
        counties = {normalize_name(n.rsplit(" ", 1)[0]) for n in prior.county_names}
        # (only names the report uses as places, those its towns' states were read from:
        # "Dunn said" names no town of Dunn)
        placed = set().union(*prior.town_units.values()) if prior.town_units else set()
        for name in prior.names:
            if not name or not name[0].isupper() or normalize_name(name) in counties | {key} \
                    or normalize_name(name) not in placed or self._unit_of(name, cc):
                continue
            states, small = self._name_states(name, cc)
            kept |= _lent(set(states), report_states(prior, key, normalize_name(name)), held)
            villages |= small
        return kept, villages - kept

    def _name_states(self, name: str, cc: str) -> tuple[frozenset[str], frozenset[str]]:
        """For :meth:`_towns_states`: the units of ``cc`` holding a real town of ``name``,
        and those holding only villages of that name (read once a name and country)."""
        cache = self.__dict__.setdefault("_name_states_cache", {})
        if (name, cc) not in cache:
            # (measured against the name's towns in every country: London, Ohio is no
            # evidence in a report on London, Ontario)
            every = [x for x in self.gaz.lookup(name) if x.level == "city" and x.match == "exact" and x.primary]
            towns = [x for x in every if x.country_code == cc and x.admin1_code]
            biggest = max((x.population for x in every), default=0)
            # (a real town, or the name's only one: "Center" of a medical centre is one of
            # many villages, and says no state)
            cache[(name, cc)] = (
                frozenset(x.admin1_code for x in towns if x.population >= NAMED_TOWN_SHARE * biggest
                          and (x.population >= NAMESAKE_TOWN or len(every) == 1)),
                frozenset(x.admin1_code for x in towns if x.population < NAMED_TOWN_SHARE * biggest))
        return cache[(name, cc)]

    def _county_in(self, name: str, county: Candidate) -> bool:
        """True when ``name`` is also a county (by its name without "County") of the
        first-level unit ``county`` lies in."""
        return any(x.level == "admin2" and _own_name(x) and x.admin1_code == county.admin1_code
                   and x.place_id != county.place_id for x in self.gaz.lookup(name))

    def _county_state(self, ctx: Context, unit: Candidate) -> bool:
        """True when the county named right before the name and a comma ("Clark County,
        Washington"; its name, or its last word after a capitalised word opening the
        sentence: "In Clark County, ...") lies in the first-level unit ``unit``."""
        name = ctx.after_county
        return any(self._county_in(n, unit) for n in {name, name.split()[-1]})

    def _holds_named_town(self, county: Candidate, names: set[str]) -> bool:
        """True when a town the report names by its own name lies in ``county`` (of
        the Henry Counties, the one of the report's Paris)."""
        key = normalize_name(_UNIT_OF_RE.sub("", county.name))
        # (not the county's namesake town, the seat of many a county: "Wuhan" in Wuhan,
        # nor the town an independent city is: "Norfolk" in the City of Norfolk)
        return any(x.level == "city" and x.match == "exact" and x.primary and x.admin2
                   and normalize_name(x.admin2) == key and x.admin1 == county.admin1
                   and x.country_code == county.country_code
                   for name in names if name and name[0].isupper() and "County" not in name
                   and not key.startswith(normalize_name(name))
                   and not self._unit_of(name, county.country_code)
                   for x in self.gaz.lookup(name))

    def _unit_of(self, name: str, cc: str) -> bool:
        """True when ``name`` is a first-level unit of country ``cc`` by its own name
        ("Florida"): the report names the state, not the village of that name that a
        county of another state holds (Orange County, New York holds a Florida), so it
        says nothing of which of the Orange Counties the report means."""
        return any(x.level == "admin1" and x.match == "exact" and x.country_code == cc and x.primary
                   for x in self.gaz.lookup(name))

    @staticmethod
    def _short_name_filter(name: str, cands: list[Candidate], prior: CountryPrior | None) -> list[Candidate]:
        """Names of :data:`SHORT_NAME` letters or fewer ("Ber", "Mrs") are alternate
        names or codes of many places: only a place's own name counts, and only in a
        country the report is about (``prior`` None: while that is still being read).
        An abbreviation ("D.C.", "UAE") is a code on purpose and keeps its candidates,
        but one in capitals without full stops names a town only by the town's own name
        or initials ("NYC"): the codes GeoNames lists among a town's names ("GBI" for
        Kalaburagi, "WHO" for Wuhu) are mostly organisations' acronyms in a report."""
        if _CODE_RE.fullmatch(name):
            cands = [c for c in cands if c.level != "city" or c.primary or _initials(c.name) == name]
        if sum(ch.isalpha() for ch in name) > SHORT_NAME or _ACRONYM_RE.match(name) or "." in name:
            return cands
        # (a town's own name without its article is its own too, "Kut" for Al-Kut, in a
        # country the report names: the name says no country itself)
        key = normalize_name(name)
        return [c for c in cands if c.level in ("country", "continent")
                or (c.match == "exact" and c.primary and (not prior or c.country_code in prior))
                or (c.match == "exact" and bool(prior) and c.country_code in prior
                    and normalize_name(c.name) == key)]

    def _sole_state_with_report_town(self, c: Candidate, prior: CountryPrior, name: str) -> bool:
        """True for a real town (1,000 people) by its own name, in a country the report is
        about (or in a report naming none), in the one state, of all the states holding a
        town or county so called, where another name of the report is a town too: "Porter
        ousted from the tournament" beside a "Hagerstown" the report names is Porter,
        Indiana, whatever the model tagged it, when no other Porter's state holds a town the
        report names (a common name, Clinton, has a namesake beside most towns and stays
        unread). A partner that is a state's or country's own name ("Ontario" is a village
        of Wisconsin too) says nothing."""
        if c.level != "city" or not _own_name(c) or not c.admin1_code or c.population < 1000 or not name \
                or name.casefold() in tables.demonyms() or (prior and c.country_code not in prior):
            return False
        key = normalize_name(name)
        units = {normalize_name(n) for n in prior.names
                 if any(x.match == "exact" and x.level in ("admin1", "country") for x in self.gaz.lookup(n))}
        def partners(code: str) -> set[str]:
            return prior.town_units.get(code, set()) - {key} - units
        if not partners(c.admin1_code):
            return False
        states = {x.admin1_code for x in self.gaz.lookup(name)
                  if x.level in ("city", "admin2") and _own_name(x) and x.admin1_code}
        return not any(partners(code) for code in states - {c.admin1_code})

    def _credible(self, c: Candidate, prior: CountryPrior, strict: bool, label: str = "",
                  relaxed: bool = False, name: str = "", target: bool = False,
                  armed_target: bool = False) -> bool:
        """The explicit no-answer: a candidate must be plausible for this report.

        ``relaxed``: a span tagged a person (or not tagged) that the words around make
        a place ("in the market of Gao"). It is held to the rules of a place name, and
        in a report that names no country it must be a prominent place by its own
        name (a unit, a unit's seat or a town of 100,000): "the market of Hit" alone
        is no evidence for Hit, Iraq.
        """
        if label in ("ORG", "PERSON", "") and c.level not in ("country", "continent") and name:
            # (an armed group's name tagged a body is no town abroad: "Hamas fighters" is no Hamm)
            home = group_country(name)
            if home and c.country_code != home:
                return False
        if target and (label != "PERSON" or armed_target) and not prior \
                and c.level not in ("country", "continent") and _target_town(c, name):
            # (a name the model took for a person is held to the prominent places below:
            # "Putin struck Kim" strikes no Indian town of 18,000; unless armed men are the
            # attackers and the report names no person so: "jihadists attacked Diapaga")
            return True
        if relaxed and not prior and c.level not in ("country", "continent"):
            # (or a town of its own name in a state where another name of the report is a
            # town too: "schools in Edwardsville" then "a road in Glen Carbon")
            return c.match == "exact" and c.primary and (
                c.level == "admin1" or c.feature_code in ("PPLA", "PPLC") or c.population >= 100_000
                or (c.level == "city" and bool(prior.town_units.get(c.admin1_code, set())
                                                - {normalize_name(name)})))
        if c.match == "fuzzy":
            if label in ("PERSON", "ORG"):
                # a near spelling of a name taken for a person or body ("Children's
                # Hospital" is no Childress) counts only in a country the report itself
                # says, not in the outlet's alone
                return prior.share(c.country_code, without=OUTLET_KEY) > 0
            return c.country_code in prior
        if _respelt_town_abroad(c, prior):
            return False
        if strict:
            # A span the NER thought a person or organisation (or did not tag) is a
            # place only in a country the report is clearly about (organisations:
            # or a large town, which the small model often tags ORG).
            if c.level in ("country", "continent"):
                return c.match == "exact"
            if prior.share(c.country_code) >= 0.2 and (c.population >= 1000 or c.level != "city") and (
                    c.level not in ("city", "admin2") or _own_name(c)
                    or prior.share(c.country_code, without=OUTLET_KEY) >= 0.2):
                # (where only the outlet's home says the country, only a place's own name
                # counts: "Hank said" in a Texas paper is no town once called Hank)
                return True
            return (label == "ORG" and c.match == "exact" and c.level == "city" and c.population >= 100_000
                    and (c.primary or not prior)) or self._sole_state_with_report_town(c, prior, name)
        if c.country_code in prior or c.level in ("country", "continent"):
            return True
        if not prior:
            # (a report that names no country gives no reason to take a village by the
            # first words of its name alone: "died at Mercy" is no Mercy-le-Bas, France)
            shortened = bool(name) and not c.primary and exact_key(c.name).startswith(exact_key(name) + " ")
            return c.match == "exact" and (c.population >= 1000 or c.level == "admin1") and not (
                shortened and c.level == "city" and c.population < 100_000)
        # Outside every country the report is about, only a place's own name counts:
        # "Ber" near Timbuktu is not Berlin (whose alternate name it is), "Mirpur" in
        # Dhaka is not New Mirpur City, Pakistan.
        # (or a real town across a border from the report's settled towns: "Erie" in a
        # paper of London, Ontario, as "London" beside Sarnia is the Canadian one)
        # (a first-level unit by its English spelling too: "Normandy" is Normandie)
        if _unit_spelling(c, name):
            return True
        return c.match == "exact" and c.primary and (
            c.population >= 100_000 or c.level == "admin1"
            or (c.level == "city" and c.population >= NAMESAKE_TOWN and _nearness(c, prior, normalize_name(name)) > 0))


#: population from which a town matched only by a respelling of its name is still read in a
#: country the report names only in passing (a city's name travels in many spellings)
RESPELT_TOWN_ABROAD = 100_000
#: the share of the report's country evidence below which a country is named only in passing
#: (a reward in dollars in a Bolivian report); a country told as much as a third of the report
#: is one of its settings, where respelt names are the rule ("Haditha" in a report on Syria
#: and Iraq)
PASSING_COUNTRY_SHARE = 0.25


#: a town this large (or a unit's seat) is credible by its exact name as an attack's target in a
#: report that says no country (:func:`_target_town`)
TARGET_TOWN = 10_000


def _target_town(c: Candidate, name: str) -> bool:
    """True when ``c`` may be the place an attack word takes as its target in a report saying
    no country ("Jihadists stormed Djibo"): the name as written is its own or a spelling of it
    ("Saada" for Sa'dah), and it is a unit or a unit's seat or a town of :data:`TARGET_TOWN`
    people: attackers rarely storm a hamlet that only shares a big town's name."""
    return c.match == "exact" and (c.primary or _spelt_alike(name, c.name)) and (
        c.level in ("admin1", "admin2") or c.feature_code in ("PPLA", "PPLC") or c.population >= TARGET_TOWN)


def _respelt_town_abroad(c: Candidate, prior: CountryPrior) -> bool:
    """A small town whose name matches only once respelt (the transliteration key: "San
    Andres" is read as "San Andreas") in a country the report names only in passing: the
    report wrote another name, most often one of a place of its own country the gazetteer
    lacks ("the San Andres University" in a La Paz report telling a reward in dollars)."""
    return (c.match == "normalised" and c.level == "city" and c.population < RESPELT_TOWN_ABROAD
            and bool(prior) and c.country_code != prior.top()
            and prior.share(c.country_code) < PASSING_COUNTRY_SHARE)


def _called_so(town: Candidate, unit: Candidate) -> bool:
    """True when a town is called by its unit's name today: matched by its own name
    (Al-Hasakah, Tokyo), or its own name is the unit's, spelt otherwise ("Minya", "Al
    Minya") or opening it ("New York City", "Mexico City"). A town that has the name only
    among its alternate names holds it as an old or foreign name ("Bahia" of Salvador,
    "Pernambuco" of Recife): the report naming it means the unit."""
    if _own_name(town):
        return True
    words, unit_words = normalize_name(town.name).split(), normalize_name(unit.name).split()
    return bool(unit_words) and words[:len(unit_words)] == unit_words


def _sizes_through_seats(cands: list[Candidate]) -> dict[int, int]:
    """Each candidate's size for ranking: a unit named like a town of its own is read
    through that town (the seat reading picks the town anyway), so the province of
    Toledo, Spain (626k) does not outrank Toledo, Ohio (266k) with a town of 86k."""
    size = {c.place_id: c.population for c in cands}
    for c in cands:
        if c.level not in ("admin1", "admin2"):
            continue
        seats = [t.population for t in cands if t.level == "city" and _own_name(t)
                 and t.country_code == c.country_code and t.admin1_code == c.admin1_code
                 and (c.level == "admin1" or normalize_name(t.admin2) == normalize_name(c.name))]
        if seats:
            size[c.place_id] = min(c.population, max(seats))
    return size


def _report_country_town(c: Candidate, rival_cc: str, prior: CountryPrior, key: str) -> bool:
    """True for a real town (:data:`.prior.REPORT_TOWN` people) of the country the report's other
    words say (its counties, money, public bodies), beside a unit abroad of its name in a
    country they say nothing of: "Crete" in a report naming a county and a city council is
    the American town, not the Greek island (a hamlet still yields: "Texas" beside Mexican
    towns is the state)."""
    return c.population >= REPORT_TOWN and prior.share(c.country_code, key) > 0 \
        and prior.share(rival_cc, key) == 0


def _outlet_town(cands: list[Candidate], prior: CountryPrior, key: str) -> bool:
    """True when a real town (:data:`NAMESAKE_TOWN`) of the name lies in the outlet's
    country (in its state, when the home has one) and a national capital abroad shares
    the name, of whose country the report says nothing but that name: a Canadian
    paper's "London", with nothing British beside it, is London, Ontario, as its
    readers take it. A paper placed in a state (a local one) reads so any town abroad,
    not only a capital: a Hartford paper's "WINDSOR --", with nothing Canadian beside
    it, is Windsor, Connecticut."""
    home = prior.outlet
    if home is None:
        return False
    if not any(c.level == "city" and _own_name(c) and c.country_code == home.country_code
               and c.population >= NAMESAKE_TOWN and (not home.admin1_code or c.admin1_code == home.admin1_code)
               for c in cands):
        return False
    return any((c.feature_code == "PPLC" or (home.admin1_code and c.level == "city")) and _own_name(c)
               and c.country_code != home.country_code and prior.share(c.country_code, key) == 0 for c in cands)


def _named_capital_dwarfs(c: Candidate, prior: CountryPrior, key: str, f: _NameFacts) -> bool:
    """True when ``c`` is a town under :data:`.prior.NAMESAKE_SHARE` of a national
    capital of its name in another country the report names by other words, and lies
    over :data:`LOCAL_KM` from every settled town of the report."""
    return c.level == "city" and any(
        cc != c.country_code and prior.share(cc, key) > 0 and c.population < NAMESAKE_SHARE * pop
        for cc, pop in f.capital_pop.items()) and not any(
        haversine_km(c.latitude, c.longitude, lat, lon) < LOCAL_KM for lat, lon, _k in prior.local_points)


def _country_dwarfs(c: Candidate, f: _NameFacts) -> bool:
    """True when the name is a country's own and the town ``c`` abroad is under a
    twentieth of that country's people: a bare "Costa Rica" or "Poland" is the country,
    whatever the town's size, unless the report places the town (checked by the caller)."""
    return any(cc != c.country_code and NAMESAKE_SHARE * size > c.population
               for cc, size in f.country_pop.items())


def _nearness(c: Candidate, prior: CountryPrior, key: str) -> float:
    """1 at the report's nearest settled town (other than the name ``key`` itself),
    falling to 0 at :data:`LOCAL_KM`."""
    d = min((haversine_km(c.latitude, c.longitude, lat, lon)
             for lat, lon, k in prior.local_points if k != key), default=LOCAL_KM)
    return max(0.0, 1.0 - d / LOCAL_KM)


def famous_town(cands: list[Candidate], placed: bool = False) -> Candidate | None:
    """The town a name means when the report says no country (:data:`FAMOUS_RATIO`): the
    largest town matched as written by one of its names, a city (:data:`FAMOUS_CITY`), that
    has FAMOUS_RATIO times the people of every town or unit whose own name it is, all of
    them villages (:data:`FAMOUS_OVER_VILLAGES`); places once called so, smaller, do not
    count (Palmyra was an old name of several American towns). ``placed``: words put the
    name in a place, so namesakes may be towns (:data:`FAMOUS_OVER_TOWNS`,
    :data:`FAMOUS_PLACED_RATIO`). Else None."""
    towns = [c for c in cands if c.level == "city" and c.match == "exact"]
    big = max(towns, key=lambda c: c.population, default=None)
    if big is None or big.population < FAMOUS_CITY:
        return None
    own = max((c.population for c in cands if c is not big and c.level in ("city", "admin2", "admin1")
               and c.match != "fuzzy" and _own_name(c)), default=0)
    over, ratio = (FAMOUS_OVER_TOWNS, FAMOUS_PLACED_RATIO) if placed else (FAMOUS_OVER_VILLAGES, FAMOUS_RATIO)
    return big if own < over and big.population >= ratio * own else None


def _national_list(prior: CountryPrior, cc: str) -> bool:
    """True when the report names towns of country ``cc`` in :data:`NATIONAL_STATES` of its
    states or more, the box of its settled towns spanning :data:`NATIONAL_KM` or more: a
    list across the country, no local report."""
    states = {code for code in prior.admin1_codes | prior.local_admin1 if code.split(".")[0] == cc}
    if len(states) < NATIONAL_STATES or len(prior.local_points) < 2:
        return False
    lats = [lat for lat, _lon, _k in prior.local_points]
    lons = [lon for _lat, lon, _k in prior.local_points]
    return haversine_km(min(lats), min(lons), max(lats), max(lons)) >= NATIONAL_KM


def _far_from_settled(c: Candidate, prior: CountryPrior, key: str) -> bool:
    """True when the report settles a town of another name than ``key`` and ``c`` lies
    near none of them; a report whose only settled town is this name's own reading
    ("the outskirts of Palmyra" read once as Tadmur) gives no town to be far from."""
    return any(k != key for _lat, _lon, k in prior.local_points) and _nearness(c, prior, key) == 0


_COMPASS_OPENING_RE = re.compile(rf"^{DIRECTIONS}$", re.I)


def _org_name_words(name: str) -> list[list[str]]:
    """An organisation's name as words (a leading article dropped), then, when it opens
    with a compass word, the words after it: a state is often named after a region of
    it ("the Northwest Ohio Food Bank", "South Georgia Medical Center"), and that
    state says where the report is as much as one opening the name. The whole name is
    read first, so "West Virginia University" stays West Virginia."""
    words = _THE_RE.sub("", name).split()
    out = [words]
    if len(words) > 2 and _COMPASS_OPENING_RE.match(words[0]):
        out.append(words[1:])
    return out


def report_states(prior: CountryPrior, *keys: str) -> set[str]:
    """The first-level units the report names, or settles a town in by a name other
    than ``keys`` (a name's own reading is no evidence for its state)."""
    return prior.admin1_codes | {code for code, named in prior.local_unit_keys.items() if named - set(keys)}


def _held(c: Candidate, f: _NameFacts) -> bool:
    """True when the name has a town or county in one of the report's states and ``c``
    is none of them: the report's state holds the name, however its other names pair."""
    return bool(f.in_report_states) and c.admin1_code not in f.in_report_states


def _real_states(towns: list[Candidate]) -> set[str]:
    """The states of a name's real towns: at least :data:`NAMESAKE_SHARE` of its largest."""
    big = max((x.population for x in towns), default=0)
    return {x.admin1_code for x in towns if x.population >= NAMESAKE_SHARE * big}


def _lent(states: set[str], report: set[str], held: bool, real: set[str] | None = None) -> set[str]:
    """The states whose readings of another name lend a candidate pair evidence (a
    town or county of it nearby, or in the same state): of a name with a reading in
    the report's states (``report``, named or settled by names other than these two),
    those only ("Jefferson County" in a report on
    Missouri lends Colorado's Erie nothing); else every one, but for a candidate
    ``held`` (:func:`_held`) only a name's one real state (its reading beyond doubt):
    two ambiguous names pulling each other to a state the report does not name
    (Erie and Jefferson County, both in Colorado) weigh less than the report's own.
    ``real``: the states of the name's real towns, where ``states`` holds villages too."""
    inside = {code for code in states if code in report}
    if inside:
        return inside
    if held:
        real = states if real is None else real
        return real if len(real) <= 1 else set()
    return states


def _spelt_alike(a: str, b: str, abbreviated: bool = False) -> bool:
    """True when two names are spellings of one name (normalised, articles apart,
    at least :data:`SPELT_ALIKE` alike): "Hasakeh" and "Al-Hasakah", not "McDaniel"
    and "Lilburn"; an abbreviation (``abbreviated``: a full stop follows) is a
    spelling of the names it opens ("Phila.")."""
    ka, kb = normalize_name(a), normalize_name(b)
    if (abbreviated or a.endswith(".")) and ka and kb.startswith(ka):
        return True
    from rapidfuzz import fuzz
    return fuzz.ratio(ka, kb) >= SPELT_ALIKE


def _unit_spelling(c: Candidate, name: str) -> bool:
    """True when ``c`` is a first-level unit that ``name`` matches exactly by another
    spelling of its own name, as English writes many a region abroad ("Normandy" for
    Normandie, "Lombardy" for Lombardia): the unit's name, not any of its other names."""
    return bool(name) and c.level == "admin1" and c.match == "exact" and not c.primary \
        and len(normalize_name(name)) > SHORT_NAME and _spelt_alike(name, c.name)


def _city_abroad(c: Candidate, own_cities: dict[str, int]) -> bool:
    """True when a town of at least :data:`.prior.OWN_NAME_CITY` people outside ``c``'s
    country bears the name as its own (``own_cities``: country -> largest such town)."""
    return any(cc != c.country_code and pop >= OWN_NAME_CITY for cc, pop in own_cities.items())


def _name_part(key: str, name: str) -> bool:
    """True when ``key`` (a normalised name) is ``name`` or runs of its words, or the
    other way, abbreviations and spaces apart ("Quezon" of Quezon City, "St.
    Petersburg" of Saint Petersburg, "Xilin Hot" of Xilinhot): a short form of one
    name, not another name spelt alike."""
    for v in abbreviation_variants(exact_key(name)):
        kb = normalize_name(v)
        if key.replace(" ", "") == kb.replace(" ", "") or f" {key} " in f" {kb} " or f" {kb} " in f" {key} ":
            return True
    return False


def _initials(name: str) -> str:
    """The capitals of a name's words: "New York City" -> "NYC"."""
    return "".join(w[0].upper() for w in re.split(r"[\s\-]+", name) if w)
