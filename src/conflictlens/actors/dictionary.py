"""The actor dictionary: canonical ACLED-style names, aliases, types and periods.

Everything here is read from ``data/actors/*.tsv`` so analysts can add a group or
an alias without touching code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..data import read_table
from ..model import Actor


@dataclass(frozen=True)
class ActorEntry:
    name: str
    inter: int
    country: str
    from_year: int | None
    to_year: int | None

    def active(self, on: date | None) -> bool:
        if on is None:
            return True
        if self.from_year and on.year < self.from_year:
            return False
        if self.to_year and on.year > self.to_year:
            return False
        return True


def _key(text: str) -> str:
    """Lower-case, unify quotes and hyphen spacing, collapse whitespace."""
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"[^\w'\-.& ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


class ActorDictionary:
    """Resolves actor mentions to canonical actors, by alias and by generic head noun."""

    def __init__(self):
        self.aliases: dict[str, list[ActorEntry]] = {}
        for row in read_table("actors", "actors.tsv"):
            entry = ActorEntry(
                name=row["name"], inter=int(row["inter"]), country=row["country"],
                from_year=int(row["from"]) if row["from"] else None,
                to_year=int(row["to"]) if row["to"] else None,
            )
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self.aliases.setdefault(_key(alias), []).append(entry)
        #: phrase -> (role, inter, needs a country in front)
        self.generic: dict[str, tuple[str, int, bool]] = {
            _key(r["phrase"]): (r["role"], int(r["inter"]), r.get("needs_country") == "yes")
            for r in read_table("actors", "generic.tsv")
        }
        self.regimes: dict[str, list[tuple[str, str, str]]] = {}
        for r in read_table("actors", "regimes.tsv"):
            self.regimes.setdefault(r["country"], []).append((r["from"], r["to"], r["label"]))
        #: first words of aliases and generic phrases: matching is only tried where one stands
        self.first_words = {re.split(r"[ \-]", a)[0] for a in self.aliases} | {
            re.split(r"[ \-]", a)[0] for a in self.generic}
        #: longest alias first, for greedy matching of token sequences
        self.max_alias_tokens = max(len(a.split()) for a in self.aliases)
        self.max_generic_tokens = max(len(a.split()) for a in self.generic)

    # -- names ---------------------------------------------------------------
    def period(self, country_code: str, on: date | None) -> str:
        """The regime period label for state forces ("2020-"), or "" when unknown."""
        spans = self.regimes.get(country_code, [])
        if not spans:
            return ""
        if on is None:
            return spans[-1][2]
        day = on.isoformat()
        for start, end, label in spans:
            if start <= day and (not end or day < end):
                return label
        return ""

    def state_forces(self, kind: str, country_code: str, country_name: str, on: date | None) -> Actor:
        """``Military Forces of Iraq (2020-)`` / ``Police Forces of Iraq (2020-)``."""
        prefix = "Police Forces" if kind == "police" else "Military Forces"
        period = self.period(country_code, on)
        name = f"{prefix} of {country_name}" + (f" ({period})" if period else "")
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
            "unidentified": "Unidentified Armed Group",
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

    def generic_role(self, text: str) -> tuple[str, int, bool] | None:
        return self.generic.get(_key(text))


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    return ActorDictionary()
