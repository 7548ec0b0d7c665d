"""The codebook as data: the trigger lexicon and the context cue lists.

Loaded once from ``data/events/triggers.tsv`` and ``data/events/cues.toml``; a user
may point ``Lexicon.load`` at edited copies.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data import data_path, read_table

#: spec §2: priority order between event types (highest first)
EVENT_TYPE_PRIORITY = (
    "Battles", "Protests", "Riots", "Explosions/Remote violence",
    "Violence against civilians", "Strategic developments",
)

#: spec §2: priority order of sub-event types inside each type (highest first)
SUB_EVENT_PRIORITY = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"),
}

#: spec §1
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
    # not ACLED's: violence with no political actor, coded with --scope all-violence (events.other_violence)
    "Other violence": "Other violence",
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub_event_type == "Mob violence":
        return "Political violence"
    return DISORDER_TYPE.get(event_type, "")


#: the families of acts of violence (ACLED's political violence and our Other violence)
VIOLENT_FAMILIES = ("armed", "civilians", "other violence")


def is_violent_type(event_type: str, sub_event_type: str) -> bool:
    return aggregation_family(event_type, sub_event_type) in VIOLENT_FAMILIES


def aggregation_family(event_type: str, sub_event_type: str) -> str:
    """Labels the codebook lets share one row or one event (spec §0, §2.4): an explosion in
    a battle is part of the battle, a protest that turns violent is one demonstration;
    strategic developments only merge with their own sub-type."""
    if event_type in ("Battles", "Explosions/Remote violence"):
        return "armed"
    if event_type in ("Protests", "Riots"):
        return "demonstration"
    if event_type == "Violence against civilians":
        return "civilians"
    if event_type == "Strategic developments":
        return f"development:{sub_event_type}"
    if event_type == "Other violence":
        # one family outside ACLED's: a shooting in one report is the homicide of another
        return "other violence"
    return f"{event_type}:{sub_event_type}"


def priority(event_type: str, sub_event_type: str) -> tuple[int, int]:
    """Smaller is higher priority; used to keep the highest label when rows merge."""
    t = EVENT_TYPE_PRIORITY.index(event_type) if event_type in EVENT_TYPE_PRIORITY else 99
    subs = SUB_EVENT_PRIORITY.get(event_type, ())
    s = subs.index(sub_event_type) if sub_event_type in subs else 99
    return t, s


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    event_type: str
    sub_event_type: str
    strong: bool
    requires: str

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


def _expand(name: str, lists: dict, seen: tuple = ()) -> set:
    """A cue list's words, an entry "@other" standing for every word of the list ``other``: words two
    lists share are written once ("accident" is a mishap and an explosion's accidental cause)."""
    if name in seen:
        raise ValueError(f"cues: list {name} includes itself through {' -> '.join(seen)}")
    if name not in lists:
        raise ValueError(f"cues: unknown list @{name} in {seen[-1]}")
    out = set()
    for w in lists[name]:
        out |= _expand(w[1:], lists, seen + (name,)) if w.startswith("@") else {w}
    return out


class Lexicon:
    def __init__(self, triggers: list[Trigger], cues: dict):
        self.triggers = triggers
        self.by_first: dict[str, list[Trigger]] = {}
        for t in sorted(triggers, key=lambda t: -len(t.words)):
            self.by_first.setdefault(t.words[0], []).append(t)
        # the sections only group the lists for the reader: a name in two of them would silently
        # shadow one list with the other
        names = [k for section in cues.values() for k in section]
        if twice := sorted({k for k in names if names.count(k) > 1}):
            raise ValueError(f"cues: list named in two sections: {', '.join(twice)}")
        lists = {k: v for section in cues.values() for k, v in section.items()}
        self.cues = {k: _expand(k, lists) for k in lists}
        # multi-word cue phrases, e.g. "tear gas"
        self.cue_phrases = {k: [p for p in v if " " in p] for k, v in self.cues.items()}
        self._unions: dict[tuple, frozenset] = {}

    @classmethod
    def load(cls, triggers_path: Path | None = None, cues_path: Path | None = None) -> "Lexicon":
        if triggers_path is None:
            rows = read_table("events", "triggers.tsv")
        else:
            import csv
            with open(triggers_path, encoding="utf-8") as f:
                lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
            rows = [{k: (v or "").strip() for k, v in r.items()}
                    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
        triggers = [
            Trigger(tuple(r["phrase"].lower().split()), r["event_type"], r["sub_event_type"],
                    r["strength"] == "strong", r.get("requires", "") or "")
            for r in rows
        ]
        for t in triggers:
            if t.event_type not in SUB_EVENT_PRIORITY or t.sub_event_type not in SUB_EVENT_PRIORITY[t.event_type]:
                raise ValueError(f"trigger {t.phrase!r}: unknown type {t.event_type} / {t.sub_event_type}")
        with open(cues_path or data_path("events", "cues.toml"), "rb") as f:
            cues = tomllib.load(f)
        return cls(triggers, cues)

    def union(self, *names: str, minus: tuple[str, ...] = ()) -> frozenset:
        """The words of several cue lists together (less those of the lists ``minus``), built once per
        lexicon: the checks that join lists run on every sentence."""
        key = (names, minus)
        if key not in self._unions:
            words = set().union(*(self.cues[n] for n in names))
            self._unions[key] = frozenset(words.difference(*(self.cues[n] for n in minus)))
        return self._unions[key]

    def has(self, cue: str, lemma: str) -> bool:
        return lemma in self.cues.get(cue, ())


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.load()


def stops_a_weapon(candidate) -> bool:
    """A Disrupted weapons use candidate told by a word of a weapon stopped in the air ("shot down",
    "intercepted": cues ``interception_words``): no shooting at people, and the launcher's event."""
    words = default_lexicon().cues["interception_words"]
    return candidate.sub_event_type == "Disrupted weapons use" and any(
        t.trigger.phrase in words for t in candidate.triggers)
