"""The countries a report is about, read from the report itself.

Most place names are ambiguous worldwide (al-Qaim, Haditha, Nineveh all exist in
several countries). A report almost always says which countries it covers: it
names them, names their provinces, uses their demonyms ("Iraqi forces"), or opens
with a dateline. The prior collected here weights gazetteer candidates by country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from . import tables
from .normalize import ARTICLES

if TYPE_CHECKING:
    from .outlet import OutletHome

#: an abbreviated word opening a place name or inside one, never its last ("ST. PAUL",
#: "EAST ST. LOUIS", "Ft. Worth"; the abbreviations of ``name_abbreviations.tsv``)
ABBR_WORD = (r"(?:(?=[A-Z])(?i:" + "|".join(sorted(tables.name_abbreviation_forms(), key=len, reverse=True))
              + r")\.[ \t]+)")
#: a long dash as some feeds garble it: the Windows code page's em dash read as Latin-1
#: (U+0097: "ALVERTON \x97 Fire crews ...")
_GARBLED_DASH = "\x97"
#: (a comma goes on to a state, a country or a date, "ALBANY, Ga.", "KABUL, May 3"; a
#: headline goes on in lower case: "GBI, police arrest ...")
_DATELINE = re.compile(
    rf"^\s*({ABBR_WORD}?[A-Z][A-Za-z'’\-]+(?:[ \-]{ABBR_WORD}?[A-Z][A-Za-z'’\-]+){{0,3}})"
    rf"\s*(?:,(?=\s*[A-Z0-9])|\(|—|–|--|-\s|{_GARBLED_DASH})")


#: a wire dateline's date after its place, then its source and dash: ", 3 Jan 90 (radio) --",
#: ", May 5, 1990 --"
_DATE_AFTER_DATELINE = re.compile(
    r",\s*(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-\s)", re.I)


@dataclass
class CountryPrior:
    """Weights per ISO2 code; ``share`` is a weight's fraction of the total."""

    weights: Counter = field(default_factory=Counter)
    #: GeoNames admin1 codes ("IQ.01") of the units the report names
    admin1_codes: set[str] = field(default_factory=set)
    #: of those, the units named in full ("Texas", not "Norman, Okla." nor "D.C."): a
    #: report that names several counts by state
    named_admin1: set[str] = field(default_factory=set)
    #: how often each of those is named: the one named most, and at least twice, is
    #: the report's own state ("Boone County" in a report naming Indiana five times and
    #: Kentucky once is Indiana's)
    admin1_mentions: Counter = field(default_factory=Counter)

    def home_admin1(self) -> str:
        top = self.admin1_mentions.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] >= top[0][1]):
            return ""
        return top[0][0]
    #: where the report's unambiguous towns and districts lie: admin1 codes and
    #: (lat, lon, name key) points, so a name shared by several towns of one country
    #: is read as the one among them (filled after a first pass over the report)
    local_admin1: set[str] = field(default_factory=set)
    local_points: list[tuple[float, float, str]] = field(default_factory=list)
    #: admin1 code -> the name keys of the settled towns lying in it (a name's own reading
    #: is no evidence for its state: ``shared_landmarks.tsv``)
    local_unit_keys: dict[str, set[str]] = field(default_factory=dict)
    #: the counties the report names by "X County" (normalised names): a town of a
    #: shared name in one of them is that one ("Paris and Henry County")
    counties: set[str] = field(default_factory=set)
    #: the same, as written ("Cook County")
    county_names: set[str] = field(default_factory=set)
    #: every name the report may use for a place, as written (a county the report
    #: names is the one holding a town of these: "Paris and Henry County")
    names: set[str] = field(default_factory=set)
    #: admin1 code -> the names (normalised) of the report that some town or county of
    #: that unit bears: of "Springfield" and "Peoria" in a report naming no state, the
    #: readings in the state both share (Illinois)
    town_units: dict[str, set[str]] = field(default_factory=dict)
    #: the same for towns alone (a county name is in many a state)
    city_units: dict[str, set[str]] = field(default_factory=dict)
    #: name key -> (place id, lat, lon) of the towns of that name (own name, real towns
    #: of it): a name's namesake beside a town of another name is the report's
    town_points: dict[str, set[tuple[int, float, float]]] = field(default_factory=dict)

    #: name key -> the weights its own mentions added ("London" says Britain by its
    #: size): a name is no evidence for its own reading
    own_weights: dict[str, Counter] = field(default_factory=dict)
    #: where the report's outlet is (geo/outlet.py), read from its source and URL, not
    #: from the report: it only tips the ranking among namesakes the report leaves open
    outlet: OutletHome | None = None
    #: the weights an attacker's demonym added ("Russian drones", "Israeli airstrikes"): where
    #: an attack comes from, not where it lands (:meth:`without_attackers`)
    attackers: Counter = field(default_factory=Counter)

    def without_attackers(self) -> CountryPrior | None:
        """The prior less the countries only an attacker's demonym says ("Russian drones struck
        X": Russia is where the drones come from), or None when no country is said so alone.
        The report's other evidence (settled towns, units) is shared, not copied."""
        alone = {cc for cc, w in self.attackers.items() if self.weights.get(cc, 0.0) - w <= 1e-9}
        if not alone:
            return None
        weights = Counter({cc: w for cc, w in self.weights.items() if cc not in alone})
        return replace(self, weights=weights, attackers=Counter())

    def attackers_only(self) -> frozenset[str]:
        """The countries only an attacker's demonym says."""
        return frozenset(cc for cc, w in self.attackers.items() if self.weights.get(cc, 0.0) - w <= 1e-9)

    def add(self, cc: str, weight: float = 1.0, key: str = "") -> None:
        if cc:
            self.weights[cc] += weight
            if key:
                self.own_weights.setdefault(key, Counter())[cc] += weight

    def move(self, key: str, cc: str) -> bool:
        """Give the weight the name ``key`` added (for the country of its largest
        namesake) to ``cc``, the country the report turned out to mean it in; True
        when anything moved."""
        own = self.own_weights.get(key)
        if not own or set(own) == {cc}:
            return False
        total = sum(own.values())
        for c, w in own.items():
            self.weights[c] -= w
            if self.weights[c] <= 1e-9:
                del self.weights[c]
        self.weights[cc] += total
        self.own_weights[key] = Counter({cc: total})
        return True

    def share(self, cc: str, without: str = "") -> float:
        """``cc``'s share of the weights, those the name ``without`` added left out."""
        own = self.own_weights.get(without, Counter()) if without else Counter()
        total = sum(self.weights.values()) - sum(own.values())
        return (self.weights.get(cc, 0.0) - own.get(cc, 0.0)) / total if total > 0 else 0.0

    def __contains__(self, cc: str) -> bool:
        return self.weights.get(cc, 0.0) > 0

    def top(self) -> str:
        return self.weights.most_common(1)[0][0] if self.weights else ""

    def __bool__(self) -> bool:
        return bool(self.weights)


#: a run of capitalised words: "The South Sudanese", "Iraqi"
_CAP_RUN = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)*")
_CAP_WORD_IN_RUN = re.compile(r"[A-Z][A-Za-z]+")
#: the second of two capitalised words joined by a hyphen: "Arab-Israeli", "Israeli-Egyptian"
_HYPHEN_SECOND = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]+-([A-Z][A-Za-z]+)(?![\w\-])")


#: a name of up to five words, each opening with a capital or joined by a hyphen or "al-"
_GROUP_NAME_RE = re.compile(r"(?<![\w'’-])(?:al-|Al-)?[A-Z][\w'’-]*(?:[ \t]+(?:al-|of[ \t]+the[ \t]+|of[ \t]+|for[ \t]+)?[A-Z0-9][\w'’-]*){0,4}")
#: words that open sentences and are spelt as some group's acronym ("IS", "AS")
_STOP_WORDS = frozenset({"is", "as", "it", "at", "an", "us", "we", "let", "all", "am", "aa"})
#: weight of an armed group of one country named in the report: as much as a demonym
GROUP_WEIGHT = 1.0


def group_country(name: str) -> str:
    """The country of the non-state armed group a whole name is ("Hamas", "the Houthis":
    data/actors/actors.tsv), else "". Such a name is the group's, no place abroad that
    GeoNames happens to spell so (Hamas is one of Hamm's names in Germany)."""
    from ..actors import default_dictionary
    from ..actors.finder import word_not_acronym
    actors = default_dictionary()
    phrase = name.strip()
    if len(phrase) < 3 or phrase.casefold() in _STOP_WORDS or not phrase[:1].isupper():
        return ""
    entry = actors.named(phrase)
    if entry is None or entry.inter not in (2, 3, 4) or len(entry.country) != 2:
        return ""
    if " " not in phrase and word_not_acronym(phrase, actors):
        return ""
    return entry.country


def group_codes(text: str) -> dict[str, float]:
    """{cc: weight} for the non-state armed groups of one country the report names ("al-Shabaab",
    "M23", "the Houthis"; data/actors/actors.tsv): a report on a group's fighting is about
    the group's country, where its small towns are read ("US airstrikes ... near Jilib",
    al-Shabaab beside it, is Jilib in Somalia). Each group counts once, as a demonym does;
    an acronym counts only written in capitals ("AA", not "Aa")."""
    from ..actors import default_dictionary
    from ..actors.finder import word_not_acronym
    actors = default_dictionary()
    found: dict[str, str] = {}
    for run in _GROUP_NAME_RE.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                entry = actors.named(phrase)
                if entry is None or entry.inter not in (2, 3, 4) or len(entry.country) != 2:
                    continue
                if j - i == 1 and (len(phrase) < 3 or word_not_acronym(phrase, actors)
                                   or phrase.casefold() in _STOP_WORDS):
                    continue
                found.setdefault(entry.name, entry.country)
                break
    codes: dict[str, float] = {}
    for cc in found.values():
        codes[cc] = codes.get(cc, 0.0) + GROUP_WEIGHT
    return codes


_NEXT_WORD_RE = re.compile(r"[\s-]+([A-Za-z]+)")


def _attacker_nouns() -> frozenset[str]:
    """The nouns of non-state armed parties of data/actors/generic.tsv (inter 2 or 3: "gunman",
    "militant", "bandit"), one word each."""
    global _ATTACKER_NOUNS
    if _ATTACKER_NOUNS is None:
        from ..data import read_table
        _ATTACKER_NOUNS = frozenset(r["phrase"] for r in read_table("actors", "generic.tsv")
                                    if (r.get("inter") or "").strip() in ("2", "3") and " " not in r["phrase"])
    return _ATTACKER_NOUNS


_ATTACKER_NOUNS: frozenset[str] | None = None


def names_attackers(text: str, end: int) -> bool:
    """The word after a demonym ending at ``end`` is a non-state armed party's noun ("Sudanese
    gunmen", "Afghan militants"), singular or plural."""
    m = _NEXT_WORD_RE.match(text, end)
    return bool(m) and attacker_noun(m.group(1).lower())


def attacker_noun(w: str) -> bool:
    """True when the lower-case word ``w`` is a non-state armed party's noun ("gunmen",
    "militant", "jihadists"), singular or plural."""
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-3] + "man" if w.endswith("men") else w}
    return bool(forms & _attacker_nouns())


def names_attack_means(text: str, end: int) -> bool:
    """The word after a demonym ending at ``end`` is a state's forces' or weapon's noun
    ("Russian drones", "Israeli airstrikes", "Turkish forces"; ``attack_means_nouns.tsv``):
    the demonym says who attacks, not where."""
    m = _NEXT_WORD_RE.match(text, end)
    return bool(m) and m.group(1).lower() in tables.attack_means_nouns()


def demonym_codes(text: str) -> list[tuple[int, int, dict[str, float]]]:
    """(start, end, {cc: weight}) for each demonym in the text ("Iraqi", "Kurdish-led").

    Capitalised words (and pairs, for "South Sudanese") are looked up in the table;
    a plural "Iraqis" counts as "Iraqi". A pair is read wherever it falls in a longer
    run of capitalised words: "The South Ossetian militia" at a sentence's opening is
    South Ossetian, not "The South" and a bare "Ossetian".
    """
    table = tables.demonyms()
    out = []
    for run in _CAP_RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group())
                 for m in _CAP_WORD_IN_RUN.finditer(run.group())]
        k = 0
        while k < len(words):
            st, en, w = words[k]
            if k + 1 < len(words):
                two = f"{w} {words[k + 1][2]}".casefold()
                codes = table.get(two) or table.get(two[:-1] if two.endswith("s") else "")
                if codes:
                    out.append((st, words[k + 1][1], codes))
                    k += 2
                    continue
            key = w.casefold()
            codes = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
            if codes:
                out.append((st, en, codes))
            k += 1
    # (the first word of such a pair is read above, "Kurdish-led"; the second only
    # after another capitalised word: "pro-Israeli" is left as it is, and so is a
    # surname after an article, "Al-Masri")
    for m in _HYPHEN_SECOND.finditer(text):
        if text[m.start():m.start(1) - 1].casefold() in ARTICLES:
            continue
        key = m.group(1).casefold()
        codes = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
        if codes:
            out.append((m.start(1), m.end(1), codes))
    out.sort(key=lambda x: x[0])
    return out


#: an upper-case dateline after a headline: "Fire guts barn. ALVERTON — Firefighters...",
#: also with a station or agency tag: "... barn. ST. LOUIS (KTVI) - ", "DENVER (AP) --",
#: or after a byline's date: "BY ANN LEE Staff Writer March 29, 2009 ALVERTON --"
_LATE_DATELINE = re.compile(
    rf"(?:\n|[.!?:]\s+|\b\d{{1,2}},\s*(?:19|20)\d\d\s+)({ABBR_WORD}?[A-Z][A-Z'’\-]+(?:[ \-]{ABBR_WORD}?[A-Z][A-Z'’\-]+){{0,3}})\s*"
    r"(?:,[^—–\n(]{1,25}?)?\s*(?:\([A-Za-z0-9 .&/\-]{1,24}\)\s*)?"
    rf"(?:—|–|--|-\s|{_GARBLED_DASH})")


#: a dateline in ordinary case after a headline, set off by a long dash and followed by
#: the lead's first sentence: "... rapist. Albany — An Albany man was ..."; a short
#: hyphen or a lower-case word after the dash ("Smith — who ...") is prose, not a dateline
_LATE_TITLE_DATELINE = re.compile(
    rf"(?:\n|[.!?]\s+)({ABBR_WORD}?[A-Z][a-z'’\-]+(?:[ \-]{ABBR_WORD}?[A-Z][a-z'’\-]+){{0,2}})"
    r"(?:,[ \t]*[A-Z][A-Za-z.]{1,12}(?:[ \t][A-Z][A-Za-z.]{1,12})?)?[ \t]*(?:—|–|--)[ \t]*(?=[A-Z])")


#: a dateline ending in a colon, as South Asian and Middle Eastern papers write them:
#: "BEIRUT:", "KABUL, May 3:", "Kabul, May 3 (Pajhwok):"; a bare name before the colon
#: must be upper case ("Warning: ..." opens a headline), one with a date need not be
_COLON_DATELINE = re.compile(
    rf"({ABBR_WORD}?[A-Z][A-Za-z'’\-]+(?:[ \-]{ABBR_WORD}?[A-Z][A-Za-z'’\-]+){{0,3}})"
    r"(,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?\s*"
    r"(?:\([A-Za-z0-9 .&/\-]{1,24}\)\s*)?:\s")


#: the weekday or month opening a date line ("THURSDAY, JUNE 30, 2005"): no dateline's
#: place (it read "Thursday Island")
_CALENDAR_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march"
                            r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
                            r"|nov(?:ember)?|dec(?:ember)?", re.I)


def currency_codes(text: str, home: str = "") -> dict[str, float]:
    """Countries the report's money says, by the signs of ``currencies.tsv`` before an
    amount ("$40,000" in a local US report): each counts once, whatever the amounts. A sign
    that the outlet's home country writes its own money with (``currency_sharers.tsv``:
    "$" in a Canadian paper) says that country instead."""
    out: dict[str, float] = {}
    for sign, (cc, weight) in tables.currencies().items():
        if re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?\d", text):
            if home and home in tables.currency_sharers().get(sign, ()):
                cc = home
            out[cc] = out.get(cc, 0.0) + weight
    return out


def body_word_codes(text: str) -> dict[str, float]:
    """Countries the report's public bodies say, by the words of ``country_body_words.tsv``
    ("the sheriff's office", "state troopers": a US report): each country counts once, at
    the largest weight of its words the report uses."""
    out: dict[str, float] = {}
    low = text.casefold().replace("’", "'")
    for phrase, (cc, weight) in tables.country_body_words().items():
        if phrase in low and re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", low):
            out[cc] = max(out.get(cc, 0.0), weight)
    return out


def _colon_dateline(text: str, pos: int) -> tuple[int, int] | None:
    m = _COLON_DATELINE.match(text, pos)
    if not m or m.group(1).casefold() in tables.headline_labels():
        return None
    if m.group(2) or (m.group(1).isupper() and len(m.group(1)) >= 3):
        return m.start(1), m.end(1)
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the place of a dateline ("MOSUL, Iraq (Reuters) -"), if the report
    opens with one, or has one in capitals after its headline ("... barn. ALVERTON —")."""
    lead = len(text) - len(text.lstrip())
    first = text[lead:lead + 80]
    m = _DATELINE.match(first)
    if m and not _CALENDAR_WORD.fullmatch(m.group(1)):
        name = m.group(1)
        # a dateline is short and usually upper case; a headline is not
        # (or one a date follows, as wire copy re-cased from capitals has it: "San Salvador,
        # 3 Jan 90 (radio) --")
        if name.isupper() or first[m.end(1):].lstrip().startswith(("(", "—", "–", "\x97")) \
                or _DATE_AFTER_DATELINE.match(first, m.end(1)):
            return lead + m.start(1), lead + m.end(1)
    colon = _colon_dateline(text, lead)
    if colon:
        return colon
    m = _LATE_DATELINE.search(text[:400])
    if m and m.group(1).isupper() and len(m.group(1)) >= 3:
        return m.start(1), m.end(1)
    m = _LATE_TITLE_DATELINE.search(text[:300])
    if m and m.group(1).casefold() not in tables.headline_labels():
        return m.start(1), m.end(1)
    # a colon dateline after the headline ("Blast kills two. QUETTA: A bomb ...")
    for line in re.finditer(r"(?:\n|[.!?]\s+)[ \t]*(?=\S)", text[:400]):
        colon = _colon_dateline(text, line.end())
        if colon:
            return colon
    return None


def dateline_place(text: str) -> str:
    """The place name of the report's dateline (:func:`dateline_span`), or ""."""
    span = dateline_span(text)
    return text[span[0]:span[1]] if span else ""
