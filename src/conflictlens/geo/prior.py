"""What a report is about before any name is resolved: the countries its demonyms,
currencies, dateline and names point to, and the home of the outlet that published it.

Kept apart from ranking: the prior is read once per report and weighs every name's
candidates alike.
"""

from __future__ import annotations

import re
from collections import Counter

from . import tables
from .context import (body_word_codes, CountryPrior, currency_codes, dateline_span, demonym_codes,
                      group_codes, names_attack_means, names_attackers)
from .gazetteer import Candidate, haversine_km
from .normalize import normalize_name
from .own_name_rivals import country_stand_in
from .outlet import NAMESAKE_POP, OUTLET_NEAR_KM, OutletHome, OutletReader
from .patterns import Context
from .state_bodies import names_state_body
from .shared_countries import named_in_full, sharing_countries, usual_reading
from .spans import ABBREVIATION, DATELINE, _own_name, _Span, STRICT


_ACRONYM_RE = re.compile(r"^[A-Z][A-Z.]{1,5}$")
_COUNTY_RE = re.compile(r"\b[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)? (?:County|Parish)\b")
_COUNTY_AFTER_RE = re.compile(r"[ \t]+(?:County|Parish)\b")
#: Country weight of a dateline with no unit or country after it (one with: 2.0)
DATELINE_BARE_WEIGHT = 1.0
#: A town read near the report's other towns (:data:`.ranking.LOCAL_KM`) gains only if it
#: has at least this share of the population of the largest town of that name in its country.
NAMESAKE_SHARE = 0.05
#: A town of this many people called so by its own name ("Cancun", "Sari") is a real city
#: of that name: a larger town abroad that bears the name only as one of its alternate
#: names (Changchun, Surrey) says no country for it, and ranks second to it
#: (:meth:`.ranking.Ranker._size_and_level`)
OWN_NAME_CITY = 100_000
#: A first-level unit of fewer people (a municipality of Puerto Rico or Slovenia, a
#: Maltese council) says its country and state only when the report's other names say
#: that country: its name is as likely a street's or a word ("Culebra" Road in a Texas
#: report) as a village's is
SMALL_UNIT = 20_000
#: A town of this many people, called so by its own name, is a real town: in a country
#: the report's words already say, it makes a province of its name abroad ("Crete") say
#: its country only where the report's other names bear it out
#: (:meth:`ReportPrior._blocked_provinces`), and no unit of its name abroad in a country
#: they never mention dwarfs it (:func:`.ranking._report_country_town`)
REPORT_TOWN = 5_000
#: Country weight of a lake, river or shore named after a first-level unit ("Lake
#: Ontario"): half the weight of the unit named alone
FEATURE_UNIT_WEIGHT = 0.25
#: Two names of a report that are each towns of several places read as the pair lying
#: within this many km of each other (the paper's own area: "Salem" beside
#: "Beverly" are the neighbouring pair of one state, not two far-apart namesakes)
PAIR_KM = 40.0
#: A county a report names ("X County", also inside a body's name) backs a town a paper
#: is named after (:meth:`ReportPrior._masthead_home`) when its point lies within this
#: many km of that town
MASTHEAD_COUNTY_KM = 60.0


class ReportPrior:
    """The country prior and outlet home of :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _prior(self, text: str, spans: list[_Span], contexts: list[Context],
               outlet: OutletHome | None = None) -> CountryPrior:
        """The countries (and units) the report is about, read in order: its demonyms,
        currencies and one country's public bodies ("the sheriff's office"), the armed groups
        of one country it names, its dateline, its
        counties, each name it gives, then the provinces and the states opening organisations'
        names that its other names bear out."""
        prior = CountryPrior()
        for _s, _e, codes in demonym_codes(text):
            # (raiders' and forces' demonyms, "Colombian guerrillas", "Russian drones", say the
            # attacker's country: the report's where nothing else places it, read past where
            # the words place a town elsewhere, :meth:`CountryPrior.without_attackers`)
            attacker = names_attackers(text, _e) or names_attack_means(text, _e)
            for cc, w in codes.items():
                prior.add(cc, w)
                if attacker:
                    prior.attackers[cc] += w
        # (a dollar in a paper of a dollar country is its own: not a masthead's home,
        # itself read from the report's names)
        money_home = outlet.country_code if outlet is not None and not outlet.masthead else ""
        for cc, w in currency_codes(text, money_home).items():
            prior.add(cc, w)
        for cc, w in body_word_codes(text).items():
            prior.add(cc, w)
        for cc, w in group_codes(text).items():
            prior.add(cc, w)
        self._dateline_country(text, prior)
        self._county_countries(text, prior)
        prior.names = {sp.name(text) for sp in spans if sp.label not in (ABBREVIATION, "PERSON")}
        blocked: list[tuple[Candidate, list[Candidate], str]] = []
        org_units: list[tuple[Candidate, bool]] = []
        shared_units: list[Candidate] = []  # "the Georgia Bureau of ...": state or country
        biggest_unit: dict[str, str] = {}  # name key -> admin1 code of its largest town
        small: list[Candidate] = []  # units of fewer than SMALL_UNIT people
        sharing: list[tuple[str, ...]] = []  # the countries of a name two share ("Congo")
        for sp, ctx in zip(spans, contexts):
            # ("Saudi airstrikes" with "Saudi" tagged a place: the attacker's country still)
            attacking = sp.name(text).casefold() in tables.demonyms() and names_attack_means(text, sp.end)
            before = Counter(prior.weights) if attacking else None
            self._name_evidence(text, sp, ctx, prior, blocked, org_units, shared_units, biggest_unit, small,
                                sharing)
            if before is not None:
                prior.attackers.update(prior.weights - before)
        for codes in sharing:
            # (read once every other name has spoken: "Congo" in a report on Brazzaville
            # is the Republic of the Congo; with nothing said, the bare name's reading)
            prior.add(usual_reading(prior.weights, codes), 1.0)
        for unit in small:
            # (read once every name has spoken: the country's name or another of its
            # units beside it, "St. Kitts and Nevis", bears it out)
            if unit.country_code in prior or any(
                    c.match == "exact" and c.level in ("country", "admin1") and c.country_code == unit.country_code
                    and c.place_id != unit.place_id
                    for name in prior.names for c in self.gaz.lookup(name)):
                prior.add(unit.country_code, 0.5)
                prior.admin1_codes.add(unit.admin1_code)
                prior.named_admin1.add(unit.admin1_code)
                prior.admin1_mentions[unit.admin1_code] += 1
        self._blocked_provinces(prior, blocked, biggest_unit, outlet)
        self._organisation_units(prior, org_units, shared_units)
        self._feature_units(text, spans, prior)
        return prior

    def _state_of(self, text: str, sp: _Span) -> bool:
        """A name exactly a country's, said as a state body's owner ("Chad's army")."""
        if not names_state_body(text, sp.start, sp.end):
            return False
        cands = [c for c in self.gaz.lookup(sp.name(text)) if c.match == "exact"]
        return bool(cands) and cands[0].level == "country"

    def _feature_units(self, text: str, spans: list[_Span], prior: CountryPrior) -> None:
        """A lake, river or shore named after a first-level unit ("Lake Ontario", the
        ``unit_feature_words.tsv`` forms) is weak evidence for that unit: its country
        by half a name's weight, and its towns as those of a state where another name of
        the report is a town (a lake or river borders other units too, so never as the
        unit named alone). Only a unit that no other first-level unit shares the name of."""
        for name in dict.fromkeys(sp.name(text) for sp in spans if sp.label not in STRICT):
            unit = _unit_in_feature(name)
            if not unit:
                continue
            units = [c for c in self.gaz.lookup(unit) if c.level == "admin1" and c.match == "exact" and c.primary]
            if len(units) != 1:
                continue
            prior.add(units[0].country_code, FEATURE_UNIT_WEIGHT, normalize_name(name))
            prior.town_units.setdefault(units[0].admin1_code, set()).add(normalize_name(name))

    def _dateline_country(self, text: str, prior: CountryPrior) -> None:
        """The country of the report's dateline, if it has one."""
        dl = dateline_span(text)
        if dl:
            # "HAMILTON, Ohio (WDTN) -": the country of the unit or country after the comma,
            # else the country of that name, else that of the largest place of that name
            cc = ""
            after = re.match(r",\s*([A-Z][\w.]*(?:[ .][A-Z][\w.]*)*)", text[dl[1]:dl[1] + 40])
            if after:
                form = after.group(1)
                units = tables.admin1_abbreviation_units(form) or [
                    (c.country_code, "") for c in self.gaz.lookup(form.rstrip("."))
                    if c.match == "exact" and c.level in ("country", "admin1")]
                cc = units[0][0] if units else ""
            if not cc:
                cands = [c for c in self.gaz.lookup(text[dl[0]:dl[1]]) if c.match == "exact"]
                if cands:
                    best = cands[0] if cands[0].level == "country" else _dateline_town(cands)
                    cc = best.country_code
            # (a bare dateline, "ST. PAUL --", says less: the country of the largest
            # place of that name, which other names of the report can outweigh; and,
            # as any name's own weight, nothing for that name itself: "CAMBRIDGE --"
            # with dollars is the American town)
            own = "" if after else normalize_name(text[dl[0]:dl[1]])
            prior.add(cc, 2.0 if after else DATELINE_BARE_WEIGHT, own)

    def _county_countries(self, text: str, prior: CountryPrior) -> None:
        """The country of each county the report names (and the county's points)."""
        # "the Brill County Sheriff's Office": counties of that name in one country
        # only say which country, even inside an organisation's name
        # (in order of first mention, never a set's: weights of equal sum keep the order
        # they came in, and a tie between two countries goes to the first, whatever
        # the hash seed)
        for name in self._county_mentions(text):
            prior.counties.add(normalize_name(name))
            prior.county_names.add(name)
            units = [c for c in self.gaz.lookup(name) if c.level == "admin2" and c.match == "exact"]
            counties = {c.country_code for c in units}
            if len(counties) == 1:
                prior.add(counties.pop(), 0.5)
            # (its points, under its bare name, for the pair of one area: "Columbus" beside
            # "Colfax County" is the Nebraska town by the Nebraska county)
            for c in units:
                prior.town_points.setdefault(normalize_name(name.rsplit(" ", 1)[0]), set()).add(
                    (c.place_id, c.latitude, c.longitude))

    def _county_mentions(self, text: str) -> list[str]:
        """The counties the report names ("X County", "X Y Parish"), as written, in order
        of first mention. A capitalised word opening a sentence before a one-word county
        ("The Brill County Sheriff's Office said") is not part of its name: of two words,
        only the second is kept where only it, with the county's word, is a county's name."""
        out = []
        for m in _COUNTY_RE.finditer(text):
            name = m.group()
            _first, _sep, rest = name.partition(" ")
            if " " in rest and not self._is_county(name) and self._is_county(rest):
                name = rest
            out.append(name)
        return list(dict.fromkeys(out))

    def _is_county(self, name: str) -> bool:
        """True when ``name`` ("Brill County") is a county's (or parish's) name in the gazetteer."""
        return any(c.level == "admin2" and c.match == "exact" for c in self.gaz.lookup(name))

    def _name_evidence(self, text: str, sp: _Span, ctx: Context, prior: CountryPrior,
                       blocked: list[tuple[Candidate, list[Candidate], str]],
                       org_units: list[tuple[Candidate, bool]], shared_units: list[Candidate],
                       biggest_unit: dict[str, str], small: list[Candidate], sharing: list[tuple[str, ...]]) -> None:
        """What one name says of the report's country, units and towns; a province
        whose name is a sizeable place abroad waits in ``blocked``, a unit of fewer than
        :data:`SMALL_UNIT` people in ``small``, a state opening an organisation's name
        in ``org_units`` or ``shared_units``, the countries sharing a short name
        ("Congo") in ``sharing``."""
        if sp.label == ABBREVIATION:
            # "Peoria, Ill.": a unit abbreviation of one country says the country
            units = tables.admin1_abbreviation_units(sp.name(text))
            if len({cc for cc, _code in units}) == 1:
                prior.add(units[0][0], 1.0)
                prior.admin1_codes.add(units[0][1])
            return
        if sp.label == "ORG":
            unit = self._state_in_name(text, sp, prior)
            if unit is not None:
                org_units.append(unit)
            else:
                shared_units += self._shared_state_in_name(text, sp)
        if ctx.titled and sp.label in STRICT:
            return
        if sp.label == "PERSON" and not _placed(ctx) and not self._state_of(text, sp):
            return  # "Gao said": a person's name is evidence only where words make it a place
        if self._natural(sp.name(text), ctx):
            return
        name = sp.name(text)
        cands = self._short_name_filter(
            name, [c for c in self.gaz.lookup(name) if c.match != "fuzzy"], prior=None)
        if sp.label in STRICT and _ACRONYM_RE.match(name):
            # "TIF", "SDF": an organisation's acronym says a country only as its code ("US")
            cands = [c for c in cands if c.level == "country"]
        if not cands:
            return
        if ctx.feature_after in ("county", "parish"):
            return  # read below, with the counties inside longer names
        if sp.label not in STRICT or _placed(ctx) or ctx.local:
            # (a name the model took for a person or organisation, only where words
            # make it a place: "in Alverton", "an Alverton man")
            towns = [c for c in cands if c.level == "city" and c.match == "exact" and _own_name(c)]
            big = max((c.population for c in towns), default=0)
            for c in towns:
                if c.population >= NAMESAKE_SHARE * big:
                    prior.town_points.setdefault(normalize_name(name), set()).add(
                        (c.place_id, c.latitude, c.longitude))
        # (a state's name is the state's, not a village of that name in another state of
        # its country: "Florida" is no town of New York's Orange County)
        states = {(c.country_code, c.admin1_code) for c in cands if c.level == "admin1" and c.match == "exact"}
        state_ccs = {cc for cc, _code in states}
        for c in cands:
            if c.country_code in state_ccs and (c.country_code, c.admin1_code) not in states:
                continue
            if c.level in ("city", "admin2") and c.match == "exact" and c.admin1_code and _own_name(c):
                prior.town_units.setdefault(c.admin1_code, set()).add(normalize_name(name))
                if c.level == "city":
                    prior.city_units.setdefault(c.admin1_code, set()).add(normalize_name(name))
        big_town = max((c for c in cands if c.level == "city" and c.match == "exact" and _own_name(c)),
                       key=lambda c: c.population, default=None)
        if big_town is not None and big_town.admin1_code:
            biggest_unit[normalize_name(name)] = big_town.admin1_code
        top = cands[0]
        if top.level == "country" and top.match == "exact" and not (
                ctx.local and any(c.level == "city" and c.match == "exact" and _own_name(c) for c in cands)):
            # "Georgia" in a report about Atlanta is the state: a country name that
            # is also a province elsewhere is no evidence on its own
            countries = sharing_countries(name)
            full = named_in_full(self.gaz, text, sp.start, sp.end, countries) if countries else ""
            if full:
                prior.add(full, 1.0)  # ("Republic of Congo" where the model tagged "Congo")
            elif countries:
                sharing.append(countries)
            elif country_stand_in(name, cands):
                pass  # ("Salvador" is the Brazilian city before it is El Salvador)
            elif not any(c.level == "admin1" and c.match == "exact" and c.country_code != top.country_code
                         for c in cands):
                prior.add(top.country_code, 1.0)
        elif top.level in ("city", "admin2") and sp.label != DATELINE:
            # (a dateline has said its country above)
            # a big town with no namesake of comparable size abroad ("Atlanta",
            # "Mosul") says which country a local report is in (the county named
            # like it, which ranks first for "Dallas", is no namesake abroad)
            # (a town called so only by another of its names does not speak over a
            # real city abroad of that own name: "Sano" is no word for Yemen)
            own_cities = {c.country_code for c in cands if c.level == "city" and c.match == "exact"
                          and _own_name(c) and c.population >= OWN_NAME_CITY}
            big = max((c for c in cands if c.level == "city" and c.match == "exact"
                       and (_own_name(c) or not own_cities - {c.country_code})),
                      key=lambda c: c.population, default=None)
            if big is not None and _dwarfs_namesakes(big, cands):
                prior.add(big.country_code, 0.5, normalize_name(name))
        elif top.level == "continent" and top.country_code and top.match == "exact":
            # a region or feature inside one country says that country ("Luzon",
            # "South West England")
            prior.add(top.country_code, 0.5)
        elif top.level == "admin1" and not _word_unit(name) and not (
                sp.label in STRICT and ctx.feature_kind_after == "site"
                and any(c.level == "city" and c.country_code != top.country_code for c in cands)):
            # a province is evidence only when the name is not also a sizeable
            # place elsewhere ("Tripoli" is a Libyan province and a Lebanese city);
            # a name the model took for an organisation's, opening a site's ("died
            # at Alverton Hospital"), that is also a town in another country is
            # the site's name, not the province's ("Illinois University" stays)
            # (a province of that name abroad, whatever its size, is such a rival:
            # "Montana" the US state beside the Bulgarian province, "Florida" beside
            # the Uruguayan department, is the state once the report's other names
            # bear it out, as "Ontario" beside the Californian town is)
            rivals = [c for c in cands if c.country_code != top.country_code
                      and c.match == "exact" and (c.population >= 50_000 or c.level == "admin1")]
            # (with none, a real town in a country the report's words have already said,
            # "Crete" in a report naming an Illinois county: the province's country then
            # waits for the report's other names to bear it out)
            rivals = rivals or [c for c in cands if c.country_code != top.country_code and c.match == "exact"
                                and c.level == "city" and _own_name(c) and c.population >= REPORT_TOWN
                                and c.country_code in prior]
            admins = [c for c in cands if c.level == "admin1" and c.country_code == top.country_code]
            if len(admins) == 1 and not rivals and 0 < top.population < SMALL_UNIT:
                small.append(top)
                return
            if len(admins) == 1 and not rivals:
                prior.add(top.country_code, 0.5)
                prior.admin1_codes.add(top.admin1_code)
                prior.named_admin1.add(top.admin1_code)
                prior.admin1_mentions[top.admin1_code] += 1
                return
            if len(admins) == 1:
                blocked.append((top, rivals, normalize_name(name)))
            # a province named like its country's capital ("Madrid", whose region
            # ranks first) says that country as the capital would, when the capital
            # dwarfs its namesakes abroad: "Madrid and Toledo" is Spain's Toledo
            capital = max((c for c in cands if c.feature_code == "PPLC" and c.match == "exact"
                           and _own_name(c)), key=lambda c: c.population, default=None)
            if capital is not None and capital.country_code == top.country_code \
                    and _dwarfs_namesakes(capital, cands):
                prior.add(capital.country_code, 0.5, normalize_name(name))

    @staticmethod
    def _blocked_provinces(prior: CountryPrior, blocked: list[tuple[Candidate, list[Candidate], str]],
                           biggest_unit: dict[str, str], outlet: OutletHome | None) -> None:
        """A province named like a town abroad, borne out by the report's other names or
        by the outlet's country."""
        # "LONDON -- ... Ontario ... Toronto": a province sharing its name with a town
        # abroad (Ontario, California) still says its country when more of the
        # report's other names are towns of that province than of the rivals' units
        # (a name counts for the unit of its largest town: Toronto for Ontario, not the
        # hamlet of Toronto, Ohio)
        # (or when the province lies in the outlet's country and no rival does: "central
        # Ontario" in a Canadian paper is the province, not Ontario, California)
        for top, rivals, key in blocked:
            own = sum(1 for k, code in biggest_unit.items() if k != key and code == top.admin1_code)
            at_home = outlet is not None and top.country_code == outlet.country_code \
                and not any(r.country_code == outlet.country_code for r in rivals)
            if (own or at_home) and not any(k != key and code in {r.admin1_code for r in rivals}
                                            for k, code in biggest_unit.items()):
                prior.add(top.country_code, 0.5)
                prior.admin1_codes.add(top.admin1_code)
                prior.named_admin1.add(top.admin1_code)

    def _organisation_units(self, prior: CountryPrior, org_units: list[tuple[Candidate, bool]],
                            shared_units: list[Candidate]) -> None:
        """The states opening organisations' names, where the report bears them out."""
        # (a unit opening an organisation's name says which state, never which country:
        # "Berea Police" in a Kentucky report is no district of Lesotho, "Delta" no
        # Nigerian state)
        for unit, office in org_units:
            if office or unit.country_code in prior:
                prior.add(unit.country_code, 0.5)
                prior.admin1_codes.add(unit.admin1_code)
        # "the Georgia Bureau of Investigation" in a report on Albany: a name both a
        # state and a country opening an organisation's is the state when the report
        # names a town of that state (it says nothing of the country either way)
        for unit in shared_units:
            if prior.town_units.get(unit.admin1_code, set()) - {normalize_name(unit.name)}:
                prior.admin1_codes.add(unit.admin1_code)
            elif self._state_dwarfs_namesakes(unit) and any(
                    self._county_in(n.rsplit(" ", 1)[0], unit) for n in prior.county_names):
                # "the Georgia Division of Public Health ... in Jackson County": a state
                # bigger than the country of its name backs the report's counties of it
                # (the report's counties name no town, so the town rule above is blind)
                prior.admin1_codes.add(unit.admin1_code)

    def outlet_home(self, source: str = "", url: str = "") -> OutletHome | None:
        """Where the outlet ``source`` publishing at ``url`` is (geo/outlet.py), or None."""
        if self._outlets is None:
            self._outlets = OutletReader(self.gaz)
        return self._outlets.home(source, url)

    def _masthead_home(self, outlet: OutletHome, text: str, spans: list[_Span]) -> OutletHome | None:
        """The town a paper is named after, of the name's towns in several states: the
        one most of the report's other place names lie around (its state, or a town or
        county within :data:`OUTLET_NEAR_KM`), as a local reader knows which Paris the
        Paris paper's is. A name around several of them counts for each in part, and one
        around most of them only for the few it lies right beside (:data:`PAIR_KM`), if
        few they are; of towns equally borne out, the biggest. With none borne
        out, the domain's country, else the country holding more of the name's towns than
        any other (a paper named after a town of many American namesakes is American),
        else None."""
        towns = [c for c in self.gaz.lookup(outlet.name, outlet.country_code or None)
                 if c.level == "city" and c.match == "exact" and c.primary and c.population >= NAMESAKE_POP]
        key = normalize_name(outlet.name)
        support = dict.fromkeys((t.place_id for t in towns), 0.0)
        # (and the counties it names, inside a body's name too: "the Brill County
        # Sheriff's Office" says where a local paper's report is as "Brill County" does)
        # (within :data:`MASTHEAD_COUNTY_KM`: a paper's county or the next one, as
        # counties of one name lie in many a state)
        counties = dict.fromkeys(self._county_mentions(text), MASTHEAD_COUNTY_KM)
        # (a name before a county's word is the county's, read with the counties: "Liberty"
        # of "Liberty County" is no town named Liberty beside the paper's)
        names = [sp.name(text) for sp in spans if sp.label not in STRICT and not _COUNTY_AFTER_RE.match(text, sp.end)]
        for name in dict.fromkeys([*names, *counties]):
            unit = _unit_in_feature(name)
            if unit:
                # "Lake Ontario": a feature named after a unit backs that unit's towns,
                # by half a name (a lake or river borders other units too)
                around = [t for t in towns if self._lies_around(unit, t, units_only=True)]
                for t in around:
                    support[t.place_id] += 0.5 / len(around)
                continue
            km = counties.get(name, OUTLET_NEAR_KM)
            around = [t for t in towns if normalize_name(name) != key and self._lies_around(name, t, km)]
            if 2 * len(around) > len(towns) > 1:
                # (around most of them: "Portland" tells no Middletown from another,
                # unless only a few have one right beside them)
                around = [t for t in around if self._lies_around(name, t, PAIR_KM)]
                if 2 * len(around) > len(towns):
                    continue
            for t in around:
                support[t.place_id] += 1 / len(around)
        best = max(towns, key=lambda t: (round(support[t.place_id], 6), t.population), default=None)
        if best is not None and support[best.place_id] > 0:
            return OutletHome(best.country_code, best.admin1_code, best.latitude, best.longitude, best.name,
                              outlet.how)
        # (keeping the paper's name, still unsettled: :meth:`_paper_town_name`)
        if outlet.country_code:
            return OutletHome(outlet.country_code, name=outlet.name, how=outlet.how)
        most = Counter(t.country_code for t in towns).most_common(2)
        if most and (len(most) == 1 or most[0][1] > most[1][1]):
            return OutletHome(most[0][0], name=outlet.name, how=outlet.how)
        return None

    def _paper_town_units(self, prior: CountryPrior, outlet: OutletHome) -> None:
        """The states of the town a paper is named after, when the report settled none of
        its namesakes (:meth:`_masthead_home`), hold a town of the report, as the
        name written in it would: the Athens paper's "Four Corners" beside "Lamar
        County" lies in the state that has an Athens as well."""
        if not outlet.masthead or outlet.admin1_code or not outlet.name:
            return
        key = normalize_name(outlet.name)
        for c in self.gaz.lookup(outlet.name, outlet.country_code or None):
            if c.level == "city" and c.match == "exact" and c.primary and c.admin1_code \
                    and c.population >= NAMESAKE_POP:
                prior.town_units.setdefault(c.admin1_code, set()).add(key)
                prior.city_units.setdefault(c.admin1_code, set()).add(key)

    @staticmethod
    def _paper_town_name(name: str, prior: CountryPrior, cands: list[Candidate]) -> bool:
        """True when ``name`` is that of the town a paper is named after
        (:meth:`_masthead_home`) and a town of that name lies in the outlet's country:
        in its own report, a local paper's name is its town, not a country's."""
        home = prior.outlet
        if home is None or not home.masthead or normalize_name(home.name) != normalize_name(name):
            return False
        return any(c.level == "city" and c.match == "exact" and _own_name(c)
                   and c.country_code == home.country_code for c in cands)

    def _lies_around(self, name: str, town: Candidate, km: float = OUTLET_NEAR_KM,
                     units_only: bool = False) -> bool:
        """True when ``name`` is ``town``'s first-level unit (or its abbreviation), or
        a town or county by its own name within ``km`` of it. A state's
        name is that state only (not Ohio County), and a country's or national capital's
        says nothing of a paper's town ("Washington", "China")."""
        units = tables.admin1_abbreviation_units(name)
        if units:
            return any(f"{cc}.{code}" == town.admin1_code for cc, code in units)
        cands = self.gaz.lookup(name)
        if any(c.match == "exact" and (c.level == "country" or c.feature_code == "PPLC") for c in cands):
            return False
        states = [c for c in cands if c.level == "admin1" and c.match == "exact" and c.country_code == town.country_code]
        if states:
            return any(c.admin1_code == town.admin1_code for c in states)
        if units_only:
            return False
        return any(c.level in ("city", "admin2") and _own_name(c) and c.place_id != town.place_id
                   and c.country_code == town.country_code
                   and haversine_km(c.latitude, c.longitude, town.latitude, town.longitude) < km
                   for c in cands)


def _dwarfs_namesakes(big: Candidate, cands: list[Candidate]) -> bool:
    """True for a town of 100,000 or more with no namesake abroad a tenth its size:
    a name that says its country on its own ("Atlanta", "Mosul", "Madrid")."""
    return big.population >= 100_000 and not any(
        c.country_code != big.country_code and c.match == "exact"
        and c.population >= 0.1 * big.population for c in cands)


def _unit_in_feature(name: str) -> str:
    """The unit's name inside a feature named after it ("Ontario" of "Lake Ontario", "Michigan"
    of "the Michigan shoreline", ``data/geo/unit_feature_words.tsv``), else ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    places = tables.unit_feature_words()
    if places.get(words[0].casefold()) == "before":
        return " ".join(words[1:])
    if places.get(words[-1].casefold()) == "after":
        return " ".join(words[:-1])
    return ""


def _word_unit(name: str) -> bool:
    """True when ``name`` is one plain word that is also a first-level unit's whole name
    somewhere (``data/geo/word_units.tsv``: "Delta", "Unity")."""
    return " " not in name and name.casefold() in tables.word_units()


def _placed(ctx: Context, text: str = "", end: int = -1) -> bool:
    """True when the words around a span make it a place: "in X", "near X", "X
    prison", "the desert of X", "X, Y", "northern X"; given the ``text`` and the span's
    ``end``, "X of Y" alone does not ("the Board of Health")."""
    container = ctx.container_at >= 0 and not (end >= 0 and _OF_AFTER_RE.match(text, end))
    return bool(ctx.locative or ctx.region or ctx.near or ctx.feature_after or ctx.feature_before
                or container or ctx.direction)


_OF_AFTER_RE = re.compile(r"[ \t]+of[ \t]")


def _dateline_town(cands: list[Candidate]) -> Candidate:
    """The place a bare dateline most likely names: a report is filed from a town, so
    the largest town of the name, not a county or region that bears it too ("CHESHIRE
    --" is no word for the English county); the largest place where no town has it."""
    towns = [c for c in cands if c.level == "city"]
    return max(towns or cands, key=lambda c: c.population)
