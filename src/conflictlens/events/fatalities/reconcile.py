"""Choosing among competing tolls for the same victims (spec §6).

Sentences that give different counts for the same victims conflict unless they name
different days: the lowest is kept and the others noted as disputed ("60 (Reuters)").
"""
from __future__ import annotations

import re

from ...model import DeathFigure
from .counting import _group_key
from .lexicon import NUMBER_WORDS

#: a figure told by a number: "one reporter", "1 reporter", "two reporters"
_NUMERAL = re.compile(r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def reconcile_figures(told) -> tuple[list[DeathFigure], list[str]]:
    """Conflicting figures for the same victims take the lowest (spec §6: "record the
    lowest figure ... and mention the dispute in the notes").

    ``told``: ``(figure, sentence id, days, source)`` for each figure of an event, where
    ``days`` is what the figure's own sentence dates (``None`` when it names no day) and
    ``source`` who the sentence attributes it to ("" when nobody). Two figures for the same
    victims from different sentences with different counts conflict unless their
    sentences name different days (then they are the tolls of different days, added up).
    Returns the figures to add up and one note per figure left out ("60 (Reuters)")."""
    by_key: dict[str, list] = {}
    for item in told:
        by_key.setdefault(_group_key(item[0].group), []).append(item)
    kept: list[DeathFigure] = []
    notes: list[str] = []
    for items in by_key.values():
        items = _without_members(items)
        counts = {f.count for f, *_ in items if f.count}
        named_days = {tuple(d) for _, _, d, _ in items if d}
        sentences = {s for _, s, _, _ in items}
        if len(counts) < 2 or len(sentences) < 2 or len(named_days) > 1:
            kept += [f for f, *_ in items]
            continue
        low = min(counts)
        kept += [f for f, *_ in items if f.count in (0, low)]
        for f, _, _, source in items:
            if f.count not in (0, low):
                note = f"{f.count} {f.group}".strip() + (f" ({source})" if source else "")
                if note not in notes:
                    notes.append(note)
    kept.sort(key=lambda f: f.start)
    return kept, notes


def _without_members(items: list) -> list:
    """"The death of two reporters ... Another reporter, Ana Ruiz, died": one victim told of by
    no number (an article, "another", a name) in another sentence than a count of two or more of
    the same kind is one of them, no rival toll, which sets a number against a number ("two", then
    "one"). Those are left out, held by the count; in the count's own sentence, though, such a
    victim is one more ("two guards and another guard died")."""
    plural = [(s, tuple(d or ())) for f, s, d, _ in items if f.count >= 2]
    if not plural:
        return items

    def member(f, s, d) -> bool:  # (not one told of another day: "... a guard died on Monday")
        return f.count == 1 and not _NUMERAL.search(f.text) and all(s != ps for ps, _ in plural) and (
            not d or any(tuple(d) == pd for _, pd in plural))
    return [item for item in items if not member(*item[:3])]
