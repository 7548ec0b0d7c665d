"""Adding up an event's death figures into one toll.

Which figures count (a back-reference "the victim died" only when nothing else counts; the
doer's own death only beside his victims'), the same victims told twice counted once (a
surname alone is its full name), how the toll is told (exact, lower bound, vague), the
keys that say two figures count the same victims, and a multi-day total spread over days.
"""
from __future__ import annotations

import re

from ...model import DeathFigure
from .lexicon import TOLL_KINDS, _PAIR_WORDS, _V_PERSONS


def _norm_group(g: str) -> str:
    return " ".join(g.lower().split())


def counted_figures(figures: list[DeathFigure]) -> list[DeathFigure]:
    """The figures that count: "the victim died" (an anaphoric figure) names someone
    already counted, so it counts only when nothing else does; "he died" (a pronoun) only
    when not even such a figure does (and once: its group is the same for every pronoun). The doer's own death told
    after his violence ("shot his wife before killing himself") counts beside his victims'
    deaths only: alone it leaves out victims whose fate is not told (a toll the lowest
    figure must not undercut), and a toll of everyone ("five people were found dead")
    already holds it."""
    victims = [f for f in figures if f.qualifier != "self"]
    if any(f.qualifier not in ("anaphoric", "pronoun") and f.count for f in victims):
        named = [f for f in victims if f.qualifier not in ("anaphoric", "pronoun")]
        victims = named + [f for f in victims if _others_told_again(f, named)]
    elif any(f.qualifier == "anaphoric" and f.count for f in victims):
        victims = [f for f in victims if f.qualifier != "pronoun"]  # "the boy died ... he was pronounced dead"
    if not any(f.count for f in victims) or any(f.count and _holds_the_doer(f) for f in victims):
        return victims
    return sorted([*victims, *(f for f in figures if f.qualifier == "self")], key=lambda f: f.start)


def _holds_the_doer(f: DeathFigure) -> bool:
    """A toll of everyone ("five people were found dead") or of a pair the doer belongs to
    ("the boy's parents were found dead" after a murder-suicide): his own death is among it.
    Not a count of whom he killed ("killing 3", "killed his parents")."""
    return not f.victims_only and (_group_key(f.group) == "people" or f.group.lower() in _PAIR_WORDS)


def _kind_key(group: str) -> str:
    """The kind of victims a group names, singular: "two children" and "a child" one kind."""
    key = _group_key(group)
    return key[:-3] if key.endswith("children") else key


def _others_told_again(f: DeathFigure, named: list[DeathFigure]) -> bool:
    """"The two children died" beside a count of others only ("their father died"): the
    children the article names as told of before were told as shot, not counted dead, so
    they count. Only for two or more of a kind no counted figure names (a generic "the two
    victims" may be anyone counted; "the woman died" beside "his wife" is the wife), and no
    count of everyone as large holds them ("three people were killed ... two men were
    pronounced dead": two of the three)."""
    if f.qualifier == "anaphoric" and _another_name(f, named):
        return True
    if f.qualifier != "anaphoric" or f.count < 2 or _group_key(f.group) == "people":
        return False
    if any(_group_key(g.group) == "people" and g.count >= f.count for g in named):
        return False  # "three people were killed ... two men were pronounced dead": two of the three
    return all(_kind_key(g.group) != _kind_key(f.group) for g in named if g.count)


def _another_name(f: DeathFigure, named: list[DeathFigure]) -> bool:
    """"Ida Haskett died ... Tam Haskett was pronounced dead": a full name told dead again
    beside counted victims all named by other names is another victim, not one counted."""
    counted = [g for g in named if g.count]
    if not (_is_name(f.group) and len(f.group.split()) > 1 and counted):
        return False
    full_names = _full_names([f, *counted])
    key = _person_key(f.group, full_names)
    return all(_is_name(g.group) and _person_key(g.group, full_names) != key for g in counted)


def _full_names(figures) -> set[str]:
    """The names with a given name ("Ida Haskett") among the figures' groups, lower case."""
    return {_norm_group(f.group) for f in figures if _is_name(f.group) and len(f.group.split()) > 1}


def _person_key(group: str, full_names: set[str]) -> str:
    """Whom a figure's group names: a surname told alone ("Haskett", or a double one,
    "Rodriguez Porth") is the person of the longer full name ending in it, so it counts once;
    full names with other given names ("Ida Haskett", "Tam Haskett") are other people."""
    norm = _norm_group(group)
    if not _is_name(group):
        return norm
    # (a double surname told without the given name, "Rodriguez Porth" of "Ana Rodriguez Porth", too)
    words = norm.split()
    return next((full for full in sorted(full_names)
                 if len(full.split()) > len(words) and full.split()[-len(words):] == words), norm)


def total_deaths(figures: list[DeathFigure]) -> int:
    """Add up figures for different groups; the same (count, group) told twice counts once
    (``counted_figures`` first), a surname told alone once with its full name."""
    seen: set[tuple[int, str]] = set()
    total = 0
    counted = counted_figures(figures)
    full_names = _full_names(counted)
    for f in counted:
        key = (f.count, _person_key(f.group, full_names))
        if key in seen:
            continue
        seen.add(key)
        total += f.count
    return total


def toll_kind(figures: list[DeathFigure]) -> str:
    """How a toll added up from ``figures`` is told, so that reports' tolls can be weighed
    (an exact count beats a bound or an estimate): "vague" when a figure counting toward it
    is an estimate or a vague word, else "lower bound" when one is ("at least two"), else
    "exact"."""
    kinds = {TOLL_KINDS.get(f.qualifier, "exact") for f in counted_figures(figures) if f.count}
    return "vague" if "vague" in kinds else "lower bound" if "lower bound" in kinds else "exact"


def split_over_days(total: int, n_days: int) -> list[int]:
    """Spread a multi-day total evenly; leftover deaths go to the first days (spec §6)."""
    if n_days <= 0:
        return []
    base, rest = divmod(max(total, 0), n_days)
    return [base + 1] * rest + [base] * (n_days - rest)


def _is_name(group: str) -> bool:
    """"Arlo Venkman", "Johnson": a person's name, not a person noun ("teen", "Teen")."""
    words = group.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in _V_PERSONS


def nouns_named_elsewhere(told) -> set[int]:
    """The one-person figures by noun ("left a teen dead") that name someone another sentence
    names ("Arlo Venkman was killed"): ``id``s of the noun figures to leave out. ``told``:
    ``(figure, sentence key)`` pairs. Only for one victim named, nouns for one person, and
    no noun sharing a sentence with the name ("Perez and his driver died": two people); victims
    named in a list ("Ann, Bo and Cy were shot dead ... killed his wife") are each another person."""
    single = [(f, s) for f, s in told if f.count == 1 and f.qualifier == "exact" and f.group.split()]
    full_names = _full_names(f for f, _ in single)
    names = {(_person_key(f.group, full_names), s) for f, s in single if _is_name(f.group)}
    nouns = [(f, s) for f, s in single if not _is_name(f.group)]
    named_sentences = {s for _, s in names}
    if len({n for n, _ in names}) != 1 or not _one_person(f for f, _ in nouns) \
            or any(s in named_sentences for _, s in nouns):
        return set()
    return {id(f) for f, _ in nouns}


def _one_person(nouns) -> bool:
    """The one-person noun figures all name one person: one noun ("the teen" twice), or nouns
    one figure's words hold together ("his teen son" and "Teen": the teen is the son);
    "a soldier" and "a guard" told apart may be two people."""
    nouns = list(nouns)
    keys = {_group_key(f.group) for f in nouns}
    if len(keys) <= 1:
        return True
    return any(keys <= {_group_key(w) for w in f.text.split()} for f in nouns)


_GENERIC_GROUPS = frozenset(["", "people", "persons", "person", "others", "dead", "bodies", "body", "victims"])


def _group_key(group: str) -> str:
    """The victims a figure counts, for comparing figures: "45 ISIS militants" and "60
    militants" count the same militants; "people" and no group are everyone."""
    words = [w for w in re.sub(r"['’]s\b", "", group.lower()).split() if w not in ("other", "more", "further")]
    if not words or " ".join(words) in _GENERIC_GROUPS:
        return "people"
    head = words[-1]
    if head.endswith("men"):
        return head[:-3] + "man"
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head
