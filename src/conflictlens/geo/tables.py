"""Readers for the editable data tables in ``conflictlens/data/geo``.

The tables (ACLED country names and regions, demonyms, admin1 capitals, feature
words, extra country names) are data, not code, so analysts can correct them
without touching the geocoder. Every reader is cached: they are read once a process.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _rows(filename: str) -> list[list[str]]:
    """Tab-separated rows of a data file, without comments and blank lines."""
    return tsv_rows(resources.files("conflictlens").joinpath("data", "geo", filename).read_text("utf-8"))


def tsv_rows(text: str) -> list[list[str]]:
    """Tab-separated rows of a table's text (packaged or the user's), without comments
    and blank lines."""
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _first_column(filename: str) -> frozenset[str]:
    """The casefolded first column of a data file: the word lists."""
    return frozenset(row[0].casefold() for row in _rows(filename))


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, int, str]]:
    """ISO2 -> (ACLED-style country name, ISO numeric, ACLED region)."""
    out = {}
    for cc, name, num, region in _rows("countries.tsv"):
        out[cc] = (name, int(num) if num else 0, region)
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, dict[str, float]]:
    """Lowercased demonym -> {ISO2: weight}; the weight is split over the codes."""
    out: dict[str, dict[str, float]] = {}
    for word, codes, weight, *_kind in _rows("demonyms.tsv"):
        ccs = codes.split()
        out[word.casefold()] = {cc: float(weight) / len(ccs) for cc in ccs}
    return out


@lru_cache(maxsize=1)
def national_demonyms() -> dict[str, str]:
    """Lowercased adjective of one country -> its ISO2 code ("georgian" -> "GE"): the
    demonyms that name a country, not a people or a part of one ("Kurdish", "Texan")."""
    return {word.casefold(): codes for word, codes, _weight, *kind in _rows("demonyms.tsv")
            if len(codes.split()) == 1 and not (kind and kind[0])}


@lru_cache(maxsize=1)
def region_demonyms() -> dict[str, tuple[str, str]]:
    """Lowercased adjective of one region of one country -> (ISO2, the region's name as
    the gazetteer has it): "south ossetian" -> ("GE", "South Ossetia")."""
    return {row[0].casefold(): (row[1], row[4]) for row in _rows("demonyms.tsv")
            if len(row) > 4 and row[3] == "region" and len(row[1].split()) == 1}


@lru_cache(maxsize=1)
def admin1_capitals() -> dict[str, str]:
    """GeoNames admin1 code ("IQ.01") -> capital city name."""
    return {code: capital for _cc, code, _name, capital in _rows("admin1_capitals.tsv")}


@lru_cache(maxsize=1)
def feature_words() -> dict[str, str]:
    """Feature word ("prison", "desert") -> kind (site, district, region, unit)."""
    return {row[0].casefold(): row[1] for row in _rows("features.tsv")}


@lru_cache(maxsize=1)
def road_link_words() -> frozenset[str]:
    """Words of a road linking two towns written after their dashed names ("the Kaduna-Abuja road")."""
    return _first_column("road_link_words.tsv")


@lru_cache(maxsize=1)
def unit_feature_words() -> dict[str, str]:
    """Word of a feature named after a unit ("lake", "river") -> where it stands in the
    name ("before": "Lake X", "after": "X River")."""
    return {row[0].casefold(): row[1] for row in _rows("unit_feature_words.tsv")}


@lru_cache(maxsize=1)
def outdoor_feature_words() -> frozenset[tuple[str, str]]:
    """(word, where it stands in the name) of an outdoor feature's name: ("lake",
    "before") of "Lake X", ("river", "after") of "X River"."""
    return frozenset((row[0].casefold(), row[1]) for row in _rows("outdoor_feature_words.tsv"))


@lru_cache(maxsize=1)
def seat_unit_words() -> frozenset[str]:
    """Words after a seat's name that mean its first-level unit ("the Omsk region")."""
    return frozenset(row[0].casefold() for row in _rows("seat_unit_words.tsv"))


@lru_cache(maxsize=1)
def outdoor_feature_town_words() -> frozenset[tuple[str, str]]:
    """The outdoor feature words marked "town": a feature of that word lies at a town
    of the name it leaves in the unit the report puts it in ("X Proving Ground in Utah")."""
    return frozenset((row[0].casefold(), row[1]) for row in _rows("outdoor_feature_words.tsv")
                     if row[2:3] == ["town"])


@lru_cache(maxsize=1)
def settlement_words() -> frozenset[str]:
    """Feature words that say a town, not a larger unit ("village", "towns", "community")."""
    return frozenset(row[0].casefold() for row in _rows("features.tsv") if row[2:3] == ["settlement"])


@lru_cache(maxsize=1)
def second_level_words() -> frozenset[str]:
    """Feature words that say a second-level unit ("county", "territory", "zone"): after a name,
    the unit of that name is meant, not its town."""
    return frozenset(row[0].casefold() for row in _rows("features.tsv") if row[2:3] == ["second-level"])


@lru_cache(maxsize=1)
def name_abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviated word of a place name -> its full forms, and each full form -> the
    abbreviation ("st" -> ("saint",), "saint" -> ("st",)), all as exact-key words."""
    out: dict[str, tuple[str, ...]] = {}
    for abbr, fulls in _rows("name_abbreviations.tsv"):
        out[abbr.casefold()] = tuple(fulls.casefold().split())
        for full in fulls.casefold().split():
            out[full] = out.get(full, ()) + (abbr.casefold(),)
    return out


@lru_cache(maxsize=1)
def name_abbreviation_forms() -> tuple[str, ...]:
    """The abbreviated words of ``name_abbreviations.tsv`` as written there ("st", "ft")."""
    return tuple(abbr.casefold() for abbr, _fulls in _rows("name_abbreviations.tsv"))


@lru_cache(maxsize=1)
def country_aliases() -> list[tuple[str, str]]:
    """(ISO2, name) pairs for country names the packaged data lacks ("Britain")."""
    return [(cc, name) for cc, name in _rows("place_aliases.tsv")]


@lru_cache(maxsize=1)
def unit_aliases() -> list[tuple[str, str, list[str]]]:
    """(country, unit name, aliases) rows of ``unit_aliases.tsv``: the English names of
    first-level units ("Lower Shabelle") that the packaged unit data lacks."""
    return [(cc, unit, [a for a in aliases.split("|") if a]) for cc, unit, aliases in _rows("unit_aliases.tsv")]


@lru_cache(maxsize=1)
def unit_alias_keys() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """:func:`unit_aliases` with each row's aliases as exact keys (``normalize.exact_key``),
    worked out once: the gazetteer asks the table of every name it finds no place for."""
    from .normalize import exact_key
    return tuple((cc, unit, frozenset(exact_key(a) for a in aliases)) for cc, unit, aliases in unit_aliases())


@lru_cache(maxsize=1)
def shared_country_names() -> dict[str, tuple[str, ...]]:
    """Lower-cased short name two countries share ("congo") -> their ISO2 codes, the
    bare name's reading first (``shared_country_names.tsv``)."""
    return {name.casefold(): tuple(codes.split()) for name, codes in _rows("shared_country_names.tsv")}


@lru_cache(maxsize=1)
def country_centres() -> dict[str, tuple[float, float]]:
    """ISO2 -> conventional centre point, the coordinate of a country-level mention."""
    return {cc: (float(lat), float(lon)) for cc, lat, lon in _rows("country_centres.tsv")}


@lru_cache(maxsize=1)
def former_units() -> list[tuple[str, list[str], float, float, str, int]]:
    """First-level units split or renamed since (``former_units.tsv``): (name,
    aliases, lat, lon, ISO2, population)."""
    out = []
    for name, aliases, lat, lon, cc, pop in _rows("former_units.tsv"):
        out.append((name, [a for a in aliases.split("|") if a], float(lat), float(lon), cc, int(pop)))
    return out


@lru_cache(maxsize=1)
def macro_regions() -> list[tuple[str, float, float, list[str], str]]:
    """Continents, world regions and natural features: (name, lat, lon, aliases,
    ISO2 of the one country a feature lies in, or "")."""
    out = []
    for row in _rows("macro_regions.tsv"):
        name, lat, lon = row[:3]
        aliases = [a for a in (row[3] if len(row) > 3 else "").split("|") if a]
        out.append((name, float(lat), float(lon), aliases, row[4] if len(row) > 4 else ""))
    return out


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """Abbreviation as written ("Ill.", "NSW") -> [(ISO2, GeoNames admin1 code), ...]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for cc, code, forms in _rows("admin1_abbreviations.tsv"):
        for form in forms.split("|"):
            if form:
                out.setdefault(form.lstrip("~+"), []).append((cc, code))
    return out


def admin1_abbreviation_units(form: str) -> list[tuple[str, str]]:
    """[(ISO2, GeoNames admin1 code), ...] of an abbreviation as written, or as written
    without its last full stop ("Yonkers, N.Y, on Friday", "Peoria, Ill, police": the span
    finder reads these in the bound places only); [] for none."""
    table = admin1_abbreviations()
    return table.get(form) or (table.get(form + ".", []) if form and not form.endswith(".") else [])


@lru_cache(maxsize=1)
def admin1_abbreviation_words() -> frozenset[str]:
    """Abbreviations that spell an English word ("ACT"; marked "~" in the table)."""
    return frozenset(form[1:] for _cc, _code, forms in _rows("admin1_abbreviations.tsv")
                     for form in forms.split("|") if form.startswith("~"))


@lru_cache(maxsize=1)
def admin1_free_abbreviations() -> frozenset[str]:
    """Short forms a report writes alone for its unit and that spell no word ("NY"; marked
    "+" in the table): read wherever they stand, as the long forms are."""
    return frozenset(form[1:] for _cc, _code, forms in _rows("admin1_abbreviations.tsv")
                     for form in forms.split("|") if form.startswith("+"))


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Words that make a leading place name an organisation's place ("X Police")."""
    return _first_column("institution_words.tsv")


@lru_cache(maxsize=1)
def body_qualifier_words() -> frozenset[str]:
    """Words between a town and its public body's word that qualify the body ("the X
    Metropolitan Police", "X Township Board"; ``data/geo/body_qualifier_words.tsv``)."""
    return _first_column("body_qualifier_words.tsv")


@lru_cache(maxsize=1)
def county_office_words() -> frozenset[str]:
    """Words after a county's name that make it the office telling of an incident ("the X
    County coroner"), not the incident's place."""
    return _first_column("county_office_words.tsv")


@lru_cache(maxsize=1)
def state_body_words() -> frozenset[str]:
    """Words of a country's state bodies ("X's army", "the army of X")."""
    return _first_column("state_body_words.tsv")


@lru_cache(maxsize=1)
def unit_named_bodies() -> frozenset[str]:
    """Words of bodies often named after a state or province ("the University of X")."""
    return _first_column("unit_named_bodies.tsv")


@lru_cache(maxsize=1)
def named_institution_words() -> frozenset[str]:
    """Institution words of bodies often named after a person ("X High School"): the
    leading name is a town only near the report's places."""
    return frozenset(row[0].casefold() for row in _rows("institution_words.tsv")
                     if len(row) > 1 and row[1] == "named")


@lru_cache(maxsize=1)
def court_kinds() -> frozenset[str]:
    """Words naming a court's kind before "Court" ("Superior Court"), no town there."""
    return _first_column("court_kinds.tsv")


@lru_cache(maxsize=1)
def office_terms() -> frozenset[str]:
    """Words making a one-word name before them a leader's term ("the Clinton administration")."""
    return _first_column("office_terms.tsv")


@lru_cache(maxsize=1)
def county_countries() -> frozenset[str]:
    """ISO2 codes of countries whose first-level units are counties (Ireland, Kenya)."""
    return frozenset(row[0].upper() for row in _rows("county_countries.tsv"))


@lru_cache(maxsize=1)
def state_countries() -> frozenset[str]:
    """ISO2 codes of countries whose first-level units are states (Mexico, the US)."""
    return frozenset(row[0].upper() for row in _rows("state_countries.tsv"))


@lru_cache(maxsize=1)
def word_units() -> frozenset[str]:
    """Plain words that are a first-level unit's whole name ("Delta", "Unity"): that unit
    only in a report about its country."""
    return _first_column("word_units.tsv")


@lru_cache(maxsize=1)
def police_ranks() -> frozenset[str]:
    """A town police force's ranks ("Alverton Detective Jo Doe": the town's officer)."""
    return _first_column("police_ranks.tsv")


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles that go before a person's surname alone ("Judge Manning")."""
    return _first_column("person_titles.tsv")


@lru_cache(maxsize=1)
def place_openers() -> frozenset[str]:
    """Lower-case Spanish and Portuguese words that open a place's name or tell its kind
    ("de", "finca"): a name after one is no surname in re-cased copy."""
    return _first_column("place_openers.tsv")


@lru_cache(maxsize=1)
def people_group_words() -> frozenset[str]:
    """Settlement words that follow a people's name as often as a town's ("the Tamil community")."""
    return _first_column("people_group_words.tsv")


@lru_cache(maxsize=1)
def household_nouns() -> frozenset[str]:
    """Nouns for what a household has that make "the X home" a family's ("the Marsh home")."""
    return _first_column("household_nouns.tsv")


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Nouns for a news outlet that make the name right after them the outlet's ("the news
    agency Xinhua")."""
    return _first_column("media_nouns.tsv")


@lru_cache(maxsize=1)
def epithet_words() -> frozenset[str]:
    """Epithets after "the" that make the name before them a person's ("X the Great")."""
    return _first_column("epithet_words.tsv")


@lru_cache(maxsize=1)
def grounds_words() -> frozenset[str]:
    """Words ending the name of grounds or a building no site word covers ("cemetery")."""
    return _first_column("grounds_words.tsv")


@lru_cache(maxsize=1)
def dedication_words() -> frozenset[str]:
    """Words making a saint's possessive name a body dedicated to the saint ("school")."""
    return _first_column("dedication_words.tsv")


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def placed_demonyms() -> dict[str, str]:
    """Lowercased country adjectives that name the country only where the report names
    a place in it -> its ISO2 code ("indian" -> "IN")."""
    return {row[0].casefold(): row[1] for row in _rows("placed_demonyms.tsv") if len(row) > 1}


def demonym_compounds() -> frozenset[str]:
    """Two-word adjectives ("north american", "african american") that name no country."""
    return _first_column("demonym_compounds.tsv")


def style_nouns() -> frozenset[str]:
    """Nouns after which a country's adjective names a style ("food", "pub", "songs")."""
    return _first_column("style_nouns.tsv")


def company_words() -> frozenset[str]:
    """Head words of companies', clubs' and buildings' names ("association", "airlines")."""
    return _first_column("company_words.tsv")


@lru_cache(maxsize=1)
def youth_group_words() -> frozenset[str]:
    """Words of youth groups' names ("cadets"), kind "youth" in ``company_words.tsv``."""
    return frozenset(row[0].casefold() for row in _rows("company_words.tsv")
                     if len(row) > 1 and row[1] == "youth")


@lru_cache(maxsize=1)
def masthead_words() -> frozenset[str]:
    """Words of newspapers' and journals' names ("times", "journal", "daily")."""
    return _first_column("masthead_words.tsv")


@lru_cache(maxsize=1)
def unit_centres() -> dict[str, tuple[float, float]]:
    """GeoNames admin1 code -> centre point, where the computed one is off (islands)."""
    return {row[0]: (float(row[1]), float(row[2])) for row in _rows("unit_centres.tsv")}


@lru_cache(maxsize=1)
def party_member_words() -> frozenset[str]:
    """A party member's noun after a legislator's home town ("a Hays Democrat"), as
    written (``data/geo/party_member_words.tsv``)."""
    return _first_column("party_member_words.tsv")


@lru_cache(maxsize=1)
def party_member_qualifiers() -> frozenset[str]:
    """Capitalised words before a party member's noun that are no home town ("a House
    Democrat", "a Tea Party Republican"; ``data/geo/party_member_qualifiers.tsv``)."""
    return _first_column("party_member_qualifiers.tsv")


@lru_cache(maxsize=1)
def town_body_words() -> frozenset[str]:
    """Words after a name that make it a town's own public body ("police", "fire
    department"), lowercased (``data/geo/town_body_words.tsv``)."""
    return frozenset(" ".join(row[0].casefold().split()) for row in _rows("town_body_words.tsv"))


@lru_cache(maxsize=1)
def place_attack_verbs() -> frozenset[str]:
    """Verbs of attacking or taking a place said of places only ("shelled", "overran"),
    lowercased (``data/geo/place_attack_verbs.tsv``)."""
    return _first_column("place_attack_verbs.tsv")


@lru_cache(maxsize=1)
def place_target_phrases() -> dict[str, frozenset[str]]:
    """Side ("before", "after") -> the phrases that make a name beside them an attack's
    target or the people's home ("struck", "airstrikes on", "came under fire"), lowercased,
    said of people too, so read only where the gazetteer holds the name as written
    (``data/geo/place_target_phrases.tsv``)."""
    out: dict[str, set[str]] = {"before": set(), "after": set()}
    for row in _rows("place_target_phrases.tsv"):
        out[row[1].strip()].add(" ".join(row[0].casefold().split()))
    return {side: frozenset(words) for side, words in out.items()}


@lru_cache(maxsize=1)
def attack_means_nouns() -> frozenset[str]:
    """Nouns of a state's forces and weapons that make the demonym before them the
    attacker's ("Russian drones"), lowercased (``data/geo/attack_means_nouns.tsv``)."""
    return _first_column("attack_means_nouns.tsv")


@lru_cache(maxsize=1)
def name_particles() -> tuple[frozenset[str], frozenset[str]]:
    """(particles, articles) that stand in lower case inside a place's own name ("de",
    "dos", "y"; "la" of "de la"), from ``data/geo/name_particles.tsv``."""
    rows = _rows("name_particles.tsv")
    return (frozenset(r[0] for r in rows if len(r) < 2 or r[1] != "article"),
            frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "article"))


@lru_cache(maxsize=1)
def thoroughfare_words() -> frozenset[str]:
    """Words ending a street's name ("street", "rd"), lowercased, without a full stop."""
    return frozenset(row[0].casefold().rstrip(".") for row in _rows("thoroughfare_words.tsv"))


@lru_cache(maxsize=1)
def numbered_road_words() -> frozenset[str]:
    """Words naming a road with a number after them ("route", "interstate"), besides the
    street words (``data/geo/numbered_road_words.tsv``), lowercased."""
    return _first_column("numbered_road_words.tsv")


@lru_cache(maxsize=1)
def state_road_words() -> frozenset[str]:
    """Street words of a state's own road network ("highway"): after a state's name they
    name that state's road or road body, not a street named after the state."""
    return frozenset(row[0].casefold().rstrip(".") for row in _rows("thoroughfare_words.tsv")
                     if row[1:2] == ["state"])


@lru_cache(maxsize=1)
def headline_labels() -> frozenset[str]:
    """Words before a colon that label a headline ("UPDATE:"), never a dateline place."""
    return _first_column("headline_labels.tsv")


@lru_cache(maxsize=1)
def compass_unit_names() -> dict[str, tuple[str, ...]]:
    """Compass point ("south") -> the names a first-level unit called after it goes by
    ("South", "Sud", "Al Janub")."""
    return {row[0].casefold(): tuple(n for n in row[1:] if n) for row in _rows("compass_unit_names.tsv")}


@lru_cache(maxsize=1)
def half_qualifiers() -> frozenset[str]:
    """Words after a town's name that tell its upper or lower half ("al Fawqa", "at
    Tahta"), as exact keys: the bare name is the whole town's."""
    from .normalize import exact_key
    return frozenset(exact_key(row[0]) for row in _rows("half_qualifiers.tsv"))


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Generational suffixes after a personal name ("Jr.", "III"), casefolded."""
    return _first_column("name_suffixes.tsv")


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs of speech after a one-word name that make it a person ("Farrow said"), casefolded."""
    return _first_column("speech_verbs.tsv")


@lru_cache(maxsize=1)
def animal_nouns() -> frozenset[str]:
    """Words for an animal after which a one-word name is the animal's ("a spaniel named Moose")."""
    return _first_column("animal_nouns.tsv")


def kin_words() -> frozenset[str]:
    """Words for a relative that, with a comma, introduce a person ("his wife, Farrow,"), casefolded."""
    return _first_column("kin_words.tsv")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Common nouns for a person that an age and a home town may follow ("a man, 34, of X"), casefolded."""
    return _first_column("person_nouns.tsv")


@lru_cache(maxsize=1)
def civil_township_words() -> dict[str, str]:
    """Casefolded word for a civil township ("township", "twp") -> the ISO2 code of the
    country whose townships it names."""
    return {row[0].casefold(): row[1].upper() for row in _rows("civil_township_words.tsv")}


@lru_cache(maxsize=1)
def official_unit_words() -> frozenset[str]:
    """Casefolded words of units' official names that reports leave out ("Regional
    Municipality of", "Republic"): the unit is indexed under its name without them."""
    return _first_column("official_unit_words.tsv")


@lru_cache(maxsize=1)
def unit_name_adjectives() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, endings) of ``unit_name_adjectives.tsv``, casefolded: an official name's
    short form ending in one is an adjective whose noun was stripped ("Chechen")."""
    rows = _first_column("unit_name_adjectives.tsv")
    return (frozenset(w for w in rows if not w.startswith("-")),
            tuple(sorted(w[1:] for w in rows if w.startswith("-"))))


@lru_cache(maxsize=1)
def unit_short_name_exclusions() -> frozenset[tuple[str, str]]:
    """(short name, ISO2) pairs of ``unit_short_name_exclusions.tsv``, the name as
    written: short names of units the builder must not file."""
    return frozenset((row[0], row[1].upper()) for row in _rows("unit_short_name_exclusions.tsv"))


@lru_cache(maxsize=1)
def town_modifier_nouns() -> frozenset[str]:
    """Nouns a town's name modifies ("a Brill spokesperson", "the Brill depot"), and site words."""
    sites = {w for w, kind in feature_words().items() if kind == "site"}
    return _first_column("town_modifier_nouns.tsv") | sites


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Capitalised words for a legislature or a feast day ("Senate", "Christmas"), casefolded."""
    return _first_column("common_names.tsv")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names news writes of people alone ("gunmen attacked Ali"), casefolded."""
    return _first_column("given_names.tsv")


@lru_cache(maxsize=1)
def english_given_names() -> frozenset[str]:
    """Common English given names ("Brian", "Gerard"), casefolded: a one-word name among them
    matches a place only by the place's own spelling (geo/resolve.py)."""
    return _first_column("english_given_names.tsv")


@lru_cache(maxsize=1)
def area_words() -> frozenset[str]:
    """Words before a city's name for its metropolitan area ("Metro", "Greater"), casefolded."""
    return _first_column("area_words.tsv")


@lru_cache(maxsize=1)
def currencies() -> dict[str, tuple[str, float]]:
    """Currency sign -> (ISO2, prior weight) of ``currencies.tsv``."""
    return {sign: (cc, float(weight)) for sign, cc, weight in _rows("currencies.tsv")}


@lru_cache(maxsize=1)
def currency_sharers() -> dict[str, frozenset[str]]:
    """Currency sign -> the other countries whose money is written with it
    (``currency_sharers.tsv``)."""
    return {row[0]: frozenset(row[1].split()) for row in _rows("currency_sharers.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def shared_landmarks() -> frozenset[str]:
    """Landmark and neighbourhood names many cities share ("Capitol Hill", "Chinatown"), as
    normalised keys (``shared_landmarks.tsv``)."""
    from .normalize import normalize_name
    return frozenset(normalize_name(row[0]) for row in _rows("shared_landmarks.tsv"))


@lru_cache(maxsize=1)
def country_body_words() -> dict[str, tuple[str, float]]:
    """A public body's words used by one country's reports only ("sheriff's office"),
    casefolded -> (ISO2, prior weight) of ``country_body_words.tsv``."""
    return {phrase.casefold(): (cc, float(weight)) for phrase, cc, weight in _rows("country_body_words.tsv")}


@lru_cache(maxsize=1)
def unit_titles() -> tuple[str, ...]:
    """Officials' titles after a unit's name ("Ohio Gov."), longest first."""
    return tuple(sorted((row[0] for row in _rows("unit_titles.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def season_words() -> frozenset[str]:
    """Seasons ("Summer"), casefolded: no place before a year."""
    return _first_column("season_words.tsv")


@lru_cache(maxsize=1)
def portfolio_words() -> dict[str, str]:
    """A government portfolio's word or a body's word after it, casefolded -> its kind
    ("portfolio", "body")."""
    return {word.casefold(): kind for word, kind, *_ in _rows("portfolio_words.tsv")}


@lru_cache(maxsize=1)
def vehicle_makes() -> frozenset[str]:
    """Car makers' and aircraft models' names that are also places ("Toyota", "Ford",
    "Apache"), casefolded."""
    return _first_column("vehicle_makes.tsv")


@lru_cache(maxsize=1)
def vehicle_nouns() -> frozenset[str]:
    """Lower-case words for a vehicle after a maker's name ("pickup", "helicopters")."""
    return _first_column("vehicle_nouns.tsv")


@lru_cache(maxsize=1)
def water_bodies() -> list[tuple[str, list[str], str, float, float]]:
    """Large water bodies read as toponyms only (``data/geo/water_bodies.tsv``): name,
    aliases, kind ("sea", "gulf", ...) and conventional point."""
    out = []
    for row in _rows("water_bodies.tsv"):
        row += [""] * (5 - len(row))
        name, aliases, kind, lat, lon = row[:5]
        out.append((name, [a for a in aliases.split("|") if a], kind, float(lat), float(lon)))
    return out


@lru_cache(maxsize=1)
def english_country_keys() -> dict[str, frozenset[str]]:
    """ISO2 -> exact keys of the names English reports call a country by: its ACLED
    name, its ISO names and the extra names of ``place_aliases.tsv``. The packaged
    data also holds transliterations ("Uman" for Oman) that towns bear as their own
    names; those are the country's only when nothing better fits."""
    import pycountry

    from .normalize import exact_key

    names: dict[str, set[str]] = {}
    for cc, (name, _num, _region) in countries().items():
        names.setdefault(cc, set()).add(name)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names[cc].update(n for n in (pc.name, getattr(pc, "official_name", ""),
                                         getattr(pc, "common_name", "")) if n)
    for cc, name in country_aliases():
        names.setdefault(cc, set()).add(name)
    return {cc: frozenset(exact_key(n) for n in ns) for cc, ns in names.items()}


@lru_cache(maxsize=1)
def transliteration_rules() -> dict[str, tuple[tuple[str, str], ...]]:
    """ISO2 -> its ordered (regex, replacement) spelling rules
    (``transliteration_variants.tsv``); a row's empty replacement drops the match."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("transliteration_variants.tsv"):
        codes, pattern, repl = (row + ["", ""])[:3]
        for cc in codes.split():
            out.setdefault(cc, []).append((pattern, repl))
    return {cc: tuple(rules) for cc, rules in out.items()}
