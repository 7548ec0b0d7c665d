"""The actor dictionary: canonical ACLED-style names, aliases, types and periods.

Everything here is read from ``data/actors/*.tsv`` so analysts can add a group or
an alias without touching code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..data import read_table, read_words
from ..model import Actor


@dataclass(frozen=True)
class ActorEntry:
    name: str
    inter: int
    country: str
    from_year: int | None
    to_year: int | None
    #: "military" / "police" for a name of one state's forces (data/actors/state_forces.tsv):
    #: named as the generic role is, with the regime period of the event's day
    state_kind: str = ""

    def active(self, on: date | None) -> bool:
        if on is None:
            return True
        if self.from_year and on.year < self.from_year:
            return False
        if self.to_year and on.year > self.to_year:
            return False
        return True


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """Lower-case, unify quotes and hyphen spacing, collapse whitespace (remembered: the finder
    asks for the same few words' keys sentence after sentence)."""
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"[^\w'\-.& ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


class ActorDictionary:
    """Resolves actor mentions to canonical actors, by alias and by generic head noun."""

    def __init__(self):
        self._country_words: dict[str, str] | None = None
        self.aliases: dict[str, list[ActorEntry]] = {}
        #: one-word aliases written with capitals past the first letter ("LeT", "FARC"): an
        #: acronym, that a word spelt the same but written otherwise may not be (the finder)
        self.acronyms: set[str] = set()
        for row in read_table("actors", "actors.tsv"):
            entry = ActorEntry(
                name=row["name"], inter=int(row["inter"]), country=row["country"],
                from_year=int(row["from"]) if row["from"] else None,
                to_year=int(row["to"]) if row["to"] else None,
            )
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self.aliases.setdefault(_key(alias), []).append(entry)
                if " " not in alias and any(c.isupper() for c in alias[1:]):
                    self.acronyms.add(_key(alias))
        for row in read_table("actors", "state_forces.tsv"):
            cc = row["country"].upper()
            entry = ActorEntry(name=f"{row['kind']} forces of {cc}", inter=1, country=cc,
                               from_year=None, to_year=None, state_kind=row["kind"])
            self.aliases.setdefault(_key(row["alias"]), []).append(entry)
            if " " not in row["alias"] and any(c.isupper() for c in row["alias"][1:]):
                self.acronyms.add(_key(row["alias"]))
        #: phrase -> (role, inter, needs a country in front)
        rows = read_table("actors", "generic.tsv")
        self.generic: dict[str, tuple[str, int, bool]] = {
            _key(r["phrase"]): (r["role"], int(r["inter"]), r.get("needs_country") in ("yes", "only"))
            for r in rows
        }
        #: phrases that name no one at all without a country in front ("shelling" alone is no
        #: party; "forces" alone is still the event's state forces, weakly)
        self.country_only: set[str] = {_key(r["phrase"]) for r in rows if r.get("needs_country") == "only"}
        #: (country, word) -> the group a generic mention with that word names there (local_groups.tsv)
        self.local_groups: dict[tuple[str, str], str] = {
            (r["country"].upper(), r["word"].lower()): r["actor"] for r in read_table("actors", "local_groups.tsv")}
        self.regimes: dict[str, list[tuple[str, str, str]]] = {}
        for r in read_table("actors", "regimes.tsv"):
            self.regimes.setdefault(r["country"], []).append((r["from"], r["to"], r["label"]))
        self.last_change = self._last_change()
        #: first words of aliases and generic phrases: matching is only tried where one stands
        self.first_words = {re.split(r"[ \-]", a)[0] for a in self.aliases} | {
            re.split(r"[ \-]", a)[0] for a in self.generic}
        #: longest alias first, for greedy matching of token sequences
        self.max_alias_tokens = max(len(a.split()) for a in self.aliases)
        self.max_generic_tokens = max(len(a.split()) for a in self.generic)

    def _last_change(self) -> date:
        """The last day on which any actor's years or regime period in the tables begins or
        ends: from then on every name reads as it does now. Code that must name actors
        "as they are now" uses this day, not the clock, so the same report gives the same
        names whatever day it is run."""
        days = [date.fromisoformat(d) for spans in self.regimes.values()
                for start, end, _label in spans for d in (start, end) if d]
        for entries in self.aliases.values():
            for e in entries:
                days += [date(y, 1, 1) for y in (e.from_year, e.to_year and e.to_year + 1) if y]
        return max(days, default=date(1970, 1, 1))

    # -- names ---------------------------------------------------------------
    def period(self, country_code: str, on: date | None) -> str:
        """The regime period label for state forces ("2020-"), or "" when unknown."""
        spans = self.regimes.get(country_code, [])
        if not spans:
            return ""
        if on is None:
            # no date: the period in force now (the open-ended one), else the last listed
            ongoing = [label for _start, end, label in spans if not end]
            return ongoing[-1] if ongoing else max(spans)[2]
        day = on.isoformat()
        for start, end, label in spans:
            if start <= day and (not end or day < end):
                return label
        return ""

    def state_forces(self, kind: str, country_code: str, country_name: str, on: date | None) -> Actor:
        """``Military Forces of Iraq (2020-)`` / ``Police Forces of Iraq (2020-)``."""
        prefix = "Police Forces" if kind == "police" else "Military Forces"
        period = self.period(country_code, on)
        the = "the " if country_name in _THE_COUNTRIES else ""
        name = f"{prefix} of {the}{country_name}" + (f" ({period})" if period else "")
        return Actor(name=name, inter=1, country=country_code)

    def generic_actor(self, role: str, inter: int, country_code: str, country_name: str,
                      on: date | None) -> Actor:
        """A generic role ("civilians", "protesters") named for the event's country."""
        if role in ("military", "police"):
            if not country_code:
                return Actor(name="", inter=1)
            return self.state_forces(role, country_code, country_name, on)
        label = {
            "protesters": "Protesters", "rioters": "Rioters", "civilians": "Civilians",
            "unidentified": "Unidentified Armed Group", "communal militia": "Unidentified Communal Militia",
            "clan militia": "Unidentified Clan Militia", "vigilante militia": "Vigilante Militia",
            "pro-government militia": "Pro-Government Militia",
        }[role]
        name = f"{label} ({country_name})" if country_name else label
        return Actor(name=name, inter=inter, country=country_code)

    # -- lookup --------------------------------------------------------------
    def named(self, text: str, country_code: str = "", on: date | None = None) -> ActorEntry | None:
        """The named actor an alias stands for, preferring one of the report's country."""
        entries = [e for e in self.aliases.get(_key(text), []) if e.active(on)]
        if not entries:
            return None
        for e in entries:
            if e.country == country_code:
                return e
        return entries[0]

    def as_of(self, entry: ActorEntry, country_code: str = "", on: date | None = None) -> ActorEntry | None:
        """The actor ``entry``'s name stands for on ``on``: the entry itself while it is active, else
        the one its name denotes then ("the Taliban" after 2021 are Afghanistan's state forces, by the
        dated aliases of actors.tsv), else None."""
        if entry.active(on):
            return entry
        return self.named(entry.name, country_code or entry.country, on)

    def local_group(self, text: str, country_code: str, on: date | None) -> ActorEntry | None:
        """The one movement a country's reports mean by a generic word ("separatists" in
        Cameroon are the Ambazonian Separatists), for a mention that named no group."""
        for word in _key(text).split():
            name = self.local_groups.get((country_code, word)) or self.local_groups.get(
                (country_code, word[:-1] if word.endswith("s") else word))
            if name:
                return self.named(name, country_code, on)
        return None

    def entry_actor(self, entry: ActorEntry, on: date | None, mention: str = "") -> Actor:
        """The actor a named entry stands for on ``on``: its canonical name, or for a name
        of a state's forces ("FARDC", "AFRICOM") those forces with the day's regime period."""
        if entry.state_kind:
            from ..geo import country_info
            return self.state_forces(entry.state_kind, entry.country, country_info(entry.country)[0], on)
        return Actor(entry.name, entry.inter, entry.country, mention)

    def generic_role(self, text: str) -> tuple[str, int, bool] | None:
        return self.generic.get(_key(text))

    def canonical_inter(self, name: str, event_country: str, on: date | None) -> int | None:
        """The type code (spec §3.3) a canonical actor name carries in an event in
        ``event_country`` on ``on``; ``None`` when ``name`` is not a canonical name (an
        alias, a misspelt period, an unknown group). State forces abroad are type 8."""
        from ..geo import country_info
        exact = [e for e in self.aliases.get(_key(name), []) if e.name == name]
        if exact:
            e = next((x for x in exact if x.active(on)), exact[0])
            return 8 if e.inter == 1 and e.country and e.country != event_country else e.inter
        m = _GENERIC_NAME.match(name) or _STATE_NAME.match(name)
        if m:
            cc = self.country_of_word(m.group(2)) or ""
            if not cc or country_info(cc)[0] != m.group(2):
                return None
            if m.group(1) in ("Military Forces", "Police Forces"):
                kind = "police" if m.group(1).startswith("Police") else "military"
                if self.state_forces(kind, cc, m.group(2), on).name != name:
                    return None  # the period of the day is part of the name
                return 1 if cc == event_country else 8
            return _GENERIC_INTER[m.group(1)]
        return None

    # -- countries -----------------------------------------------------------
    @property
    def country_words(self) -> dict[str, str]:
        """Demonyms and country names -> ISO2, every country covered: the geo tables'
        unambiguous words and ACLED names, then ``data/actors/demonyms.tsv``."""
        if self._country_words is None:
            from ..geo.tables import countries, country_aliases, demonyms, region_demonyms
            out = {_key(name): cc for cc, (name, _n, _r) in countries().items() if name}
            for cc, name in country_aliases():
                out.setdefault(_key(name), cc)
            # (a region's adjective names no state's forces: "South Ossetian forces"
            # fought Georgia's)
            regions = region_demonyms()
            for word, codes in demonyms().items():
                if len(codes) == 1 and word not in regions:
                    out.setdefault(_key(word), next(iter(codes)))
            for r in read_table("actors", "demonyms.tsv"):
                out.setdefault(_key(r["word"]), r["country"])
            self._country_words = out
        return self._country_words

    def country_of_word(self, word: str) -> str | None:
        """ISO2 code of a demonym or country name ("Panamanian", "Costa Rica", "U.S.")."""
        k = _key(word)
        return self.country_words.get(k) or self.country_words.get(k.rstrip(".")) or None

    # -- unknown groups --------------------------------------------------------
    def unknown_group(self, text: str) -> ActorEntry | None:
        """A named group the dictionary lacks ("Zarate Willka Front", "Popular Liberation
        Movement"): kept as named, typed Political militia (3). Needs a capitalised name
        of two or more words ending in a group noun, not a state's own forces."""
        words = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I).split()
        if len(words) < 2 or len(words) > 9:
            return None
        if _key(words[-1]).rstrip("s") not in _GROUP_NOUNS:
            return None
        content = [w for w in words if _key(w) not in _NAME_GLUE]
        if not all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "\"'(" for w in content):
            return None
        lowered = [_key(w) for w in words]
        if not read_words("actors", "unarmed_org_words.tsv").isdisjoint(lowered):
            return None  # "a Non-Governmental Organisation", "the Humanitarian Relief Organisation"
        if any(self.country_of_word(w) for w in words[:2]) and all(
                w in _STATE_WORDS or self.country_of_word(w) or w in _NAME_GLUE for w in lowered):
            return None  # "Salvadoran Armed Forces", "Army of Peru": the state's forces
        if all(w in _STATE_WORDS or w in _NAME_GLUE for w in lowered):
            return None  # "National Army", "Armed Forces"
        if text.isupper():  # "GERARDO BARRIOS CIVIC FORCE" -> "Gerardo Barrios Civic Force"
            words = [w.lower() if w.lower() in _NAME_GLUE else (w if len(w) <= 3 else w.capitalize())
                     for w in words]
        name = " ".join(words)
        return ActorEntry(name=name, inter=3, country="", from_year=None, to_year=None)

    # -- explanation (``conflictlens actors lookup``) ---------------------------
    def explain(self, text: str, country_code: str = "", on: date | None = None) -> "Resolution | None":
        """How a mention resolves: named alias, demonym + generic role, generic role with
        the given country, or an unknown named group. ``None`` when nothing resolves."""
        from ..geo import country_info
        text = text.strip()
        cc = (country_code or "").upper()
        bare = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
        for candidate in dict.fromkeys([text, bare]):
            entry = self.named(candidate, cc, on)
            if entry is not None:
                matched = next((e for e in self.aliases.get(_key(candidate), [])), entry)
                rule = "canonical name" if _key(candidate) == _key(entry.name) else "alias"
                alts = [e.name for e in self.aliases.get(_key(candidate), []) if e.name != entry.name]
                actor = self.entry_actor(entry, on, text)
                actor.mention = text
                return Resolution(actor, rule, candidate, entry.country, on, alternatives=alts, entry=entry)
            if self.aliases.get(_key(candidate)):
                inactive = self.aliases[_key(candidate)]
                return Resolution(None, "alias, not active on that date", candidate, "", on,
                                  alternatives=[f"{e.name} ({e.from_year or ''}-{e.to_year or ''})"
                                                for e in inactive])
        # generic role, with a demonym or country name in front ("Iraqi security forces")
        words = bare.split()
        for k in range(min(4, len(words) - 1), -1, -1):
            front, head = " ".join(words[:k]), " ".join(words[k:])
            front = re.sub(r"['’]s$", "", front)
            role = None
            hw = head.split()
            for j in range(len(hw)):  # "Army troops", "armed forces units": state words in front
                if j and _key(hw[j - 1]) not in _STATE_WORDS:
                    break
                sub = " ".join(hw[j:])
                role = self.generic_role(sub) or self.generic_role(_singular(sub))
                if role is not None:
                    head = sub
                    break
            if role is None:
                continue
            front_cc = self.country_of_word(front) if front else ""
            if front and not front_cc and not (role[0] == "military" and _key(head).split()[-1].rstrip("s") in (
                    "battalion", "brigade", "detachment")):
                continue  # ("Atlacatl Battalion": a unit of the state's army)
            use_cc = front_cc or cc
            if role[0] == "anaphor":
                return Resolution(None, "anaphor: stands for the group last named in the report", head, use_cc, on)
            if role[0] == "member":
                actor = self.generic_actor("unidentified", 3, use_cc, country_info(use_cc)[0] if use_cc else "", on)
                return Resolution(actor if actor.name else None, "group member: the non-state group last named "
                                  "in the report, else an unidentified armed group", head, use_cc, on)
            if role[2] and not front_cc:
                return Resolution(None, f"generic role '{role[0]}' counts only with a demonym or country in front",
                                  head, use_cc, on)
            cname = country_info(use_cc)[0] if use_cc else ""
            actor = self.generic_actor(role[0], role[1], use_cc, cname, on)
            if not actor.name:
                return Resolution(None, f"generic role '{role[0]}': needs a country (--country)", head, "", on)
            how = f"generic role '{role[0]}'" + (f" + country word '{front}'" if front_cc else
                                                    (" + --country" if use_cc else ""))
            period = self.period(use_cc, on) if role[0] in ("military", "police") else ""
            if role[0] in ("military", "police") and use_cc and not period:
                how += " (no regime period on file for that date)"
            actor.mention = text
            return Resolution(actor, how, head, use_cc, on)
        for cut in [i for i, c in enumerate(bare) if c == " "]:
            # "FARC 12th Front", "ELN Domingo Lain front": a unit of a named group is that group
            entry = self.named(bare[:cut], cc, on) if _UNIT.fullmatch(bare[cut:]) else None
            if entry is not None:
                return Resolution(Actor(entry.name, entry.inter, entry.country, text), "named group + its unit",
                                  bare[:cut], entry.country, on, entry=entry)
        entry = self.unknown_group(bare)
        if entry is not None:
            return Resolution(Actor(entry.name, entry.inter, "", text), "unknown named group: kept as named, "
                              "Political militia", bare, "", on, entry=entry)
        return None


#: generic and state-force names: "Civilians (Syria)", "Military Forces of Iraq (2020-)"
_GENERIC_NAME = re.compile(r"^(Civilians|Protesters|Rioters|Unidentified Armed Group|Unidentified Communal Militia|Unidentified Clan Militia) \((.+)\)$")
_STATE_NAME = re.compile(r"^(Military Forces|Police Forces) of (?:the )?(.+?)(?: \(\d{4}-(?:\d{4})?\))?$")
_GENERIC_INTER = {"Civilians": 7, "Protesters": 6, "Rioters": 5, "Unidentified Armed Group": 3,
                  "Unidentified Communal Militia": 4, "Unidentified Clan Militia": 4}

#: a unit after a group's name: "12th Front", "Jose Antonio Galan front", "urban commando"
_UNIT = re.compile(r"\s+(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|urban)\s+)?"
                   r"(?:front|battalion|brigade|column|cell|commando|unit|company|squad|detachment)s?$", re.I)

#: last words of names of armed groups the dictionary may lack
_GROUP_NOUNS = frozenset("front army movement brigade militia organization organisation commando "
                         "force faction squad vanguard legion".split())
_NAME_GLUE = frozenset("of the and for de del la los las y el in al to on".split())
_STATE_WORDS = frozenset("national armed army forces force military air navy naval police government guard defence defense "
                         "republican royal federal special security troops people's popular infantry unit units battalion brigade "
                         "detachment".split())


#: ACLED writes "Military Forces of the United States", "... of the Philippines"
_THE_COUNTRIES = frozenset(["United States", "United Kingdom", "United Arab Emirates", "Philippines",
                            "Democratic Republic of Congo", "Republic of Congo", "Central African Republic",
                            "Netherlands", "Gambia", "Bahamas", "Comoros", "Maldives", "Dominican Republic",
                            "Solomon Islands", "Marshall Islands", "Seychelles"])


def _singular(phrase: str) -> str:
    words = phrase.split()
    if words and words[-1].lower().endswith("men"):
        words[-1] = words[-1][:-3] + ("man" if words[-1][-3:].islower() else "MAN")
        return " ".join(words)
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


@dataclass
class Resolution:
    """What ``ActorDictionary.explain`` found for a mention."""
    actor: Actor | None
    rule: str
    matched: str
    country: str
    on: date | None
    alternatives: list = None
    entry: ActorEntry | None = None


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    return ActorDictionary()
