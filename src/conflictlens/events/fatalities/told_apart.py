"""Deaths told in a sentence that is no event of its own, joined to an event.

"A bomb exploded in the market. Four people were killed.": the second sentence's deaths
belong to the violent event told before it; a headline's toll to the report's lead event; a
back-reference, the doer's own death or a relative's ("His brother, Tobin Marsh, died") to
the last violent event however far back; a named death in the lead to the violence told just
after it. Roundup headlines ("3 killed in separate shootings") join none.
"""
from __future__ import annotations

import re

from ...model import DeathFigure
from .counting import _is_name, total_deaths
from .cues import tells_separate_incidents
from .lexicon import _V, _alt
from .phrases import find_death_figures
from .updates import _sentences


#: figures that name someone told of before ("the victim died", "he died")
_BACK_REFERENCES = ("anaphoric", "pronoun")
#: "himself", "herself": someone the report told of before, killing himself
_REFLEXIVE = ("himself", "herself")
#: event types whose deaths a following sentence may tell ("Gunmen attacked the bus.
#: Five passengers were killed.")
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Other violence")


_V_KIN = frozenset(w.lower() for w in _V["kin"])
_V_OWNERS = frozenset(w.lower() for w in _V["owners"])


#: after a relative: its name set off by commas (an age may follow), then a verb of dying
_NAMED_KIN_DIED = re.compile(rf",\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*,(?:\s*\d{{1,3}}\s*,)?"
                             rf"\s+{_alt(_V['kin_died'])}\b")


#: "deputies found Milo's parents dead", "his wife was found dead": the relative's body found
_KIN_FOUND = re.compile(r"\bfound\s+$", re.I)
_KIN_DEAD = re.compile(r"\s+dead\b", re.I)
_KIN_FOUND_DEAD = re.compile(r"\s+(?:was|were)\s+(?:later\s+)?found\s+dead\b", re.I)
#: the owner right before a relative's noun: "his", "Eva's"
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[A-Za-z]+['’]s)\s+$", re.I)


def kin_by_owner(f: DeathFigure, text: str) -> bool:
    """A relative owned by a possessive ("His brother", "Milo's parents") who died, named ("His
    brother, Tobin Marsh, died at the hospital"), or whose body was found (deputies "found
    Milo's parents dead"), ``text`` being the report's: the owner is someone the report told
    of before, so the death is of the violence told before, however far back."""
    words = [w.lower() for w in f.text.split()]
    if f.qualifier != "exact" or not words or words[-1] not in _V_KIN or len(words) > 2:
        return False
    start = f.start
    if len(words) == 2:
        owner = words[0]
    else:  # "parents" read alone: its owner is the word before it
        m = _OWNER_BEFORE.search(text, max(0, f.start - 30), f.start)
        if not m:
            return False
        owner, start = m.group().split()[0].lower(), m.start()
    if owner in _V_OWNERS and _NAMED_KIN_DIED.match(text, f.end):
        return True
    if not (owner in _V_OWNERS or owner.endswith(("'s", "’s"))):
        return False
    return bool(_KIN_FOUND_DEAD.match(text, f.end)) or bool(
        _KIN_DEAD.match(text, f.end) and _KIN_FOUND.search(text, max(0, start - 12), start))


def not_gathered(told_apart, text: str) -> list:
    """``told_apart`` less the headline figures that count the dead of separate incidents: a
    headline that tells them as such ("3 killed in separate shootings"), or one whose count a
    sentence of the report tells so ("Pair slain" over "two men were slain in unrelated
    attacks"). That count is no one incident's toll; each incident's own dead are told
    elsewhere."""
    gathered = set()
    for lo, hi in _sentences(text):
        if tells_separate_incidents(text[lo:hi]):
            gathered.add(total_deaths(find_death_figures(text, lo, hi)))
    out = []
    for s_index, paragraph, figures in told_apart:
        if figures and all(f.headline for f in figures) and (
                total_deaths(figures) in gathered or any(tells_separate_incidents(f.text) for f in figures)):
            continue
        out.append((s_index, paragraph, figures))
    return out


#: a named death told before any violence in the report's first paragraphs ("Jo Marr, 16, died
#: of her injuries", the lead of the story) joins violence told this many paragraphs after it
_NAMED_LEAD_PARAGRAPHS = 4
_NAMED_LEAD_REACH = 2


def _named_death(figures) -> bool:
    """Every figure is one person told by name ("Jo Marr died")."""
    return bool(figures) and all(f.count == 1 and f.qualifier == "exact" and _is_name(f.group)
                                 and not f.headline for f in figures)


def attach_deaths_told_apart(mentions, told_apart, text: str = "") -> None:
    """Deaths told in a sentence that is no event of its own belong to the violent event
    told just before it in its paragraph (or in the sentence before): "A bomb exploded in
    the market. Four people were killed." A toll told before any event is left alone
    (it is more often a summary: "the war has claimed 120 deaths"), unless a headline tells it:
    it is the toll of the report's lead event (``DeathFigure.headline``).

    ``told_apart``: ``(sentence index, paragraph index, figures)`` for each such sentence;
    ``text``: the report's (parsed) text, where a relative's name is read (``kin_by_owner``).
    The figures join the first mention of the chosen sentence; a toll told twice still
    counts once (``total_deaths``)."""
    violent = [m for m in mentions if m.candidate.event_type in _VIOLENT and m.date_source != "reference"]
    for s_index, paragraph, figures in told_apart:
        if violent and all(f.headline for f in figures):
            # a headline that tells no event ("Three people dead east of Alverton") tells the
            # toll of the report's lead event (counted when its body tells none)
            violent[0].deaths = [*violent[0].deaths, *figures]
            continue
        before = [m for m in violent if m.sent_index < s_index and (
            m.paragraph == paragraph or m.sent_index == s_index - 1)]
        if not before and figures and all(
                f.qualifier in _BACK_REFERENCES or f.group.lower() in _REFLEXIVE
                or kin_by_owner(f, text) for f in figures):
            # "The man later passed away": "the man", "he" name someone told of before, so
            # the death is the last violent event's however many paragraphs lie between, as is
            # a named relative's ("His brother, Tobin Marsh, died") and the doer's own (his
            # suicide told paragraphs after the killing names him, told of before)
            before = [m for m in violent if m.sent_index < s_index]
        if not before and paragraph < _NAMED_LEAD_PARAGRAPHS and _named_death(figures):
            # a named death in the lead, told before the violence that caused it ("Jo Marr, 16,
            # caught a ricochet and died by morning. ... a pistol her cousin was cleaning went off")
            after = [m for m in violent if m.sent_index > s_index and m.paragraph <= paragraph + _NAMED_LEAD_REACH]
            before = after[:1]
        if not before:
            continue
        target = before[-1]
        first = next(m for m in mentions if m.sent_index == target.sent_index)
        if first.candidate.event_type not in _VIOLENT:
            first = target
        first.deaths = [*first.deaths, *figures]
