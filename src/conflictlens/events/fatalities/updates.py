"""Sentences that tell a toll as news of its own (spec §1, §6).

A risen toll ("the death toll rose to 5"), a victim who died after the first reports, or a
count confirmed by an official body: the store weighs these when reports of one event give
different tolls.
"""
from __future__ import annotations

import re

from .counting import counted_figures, total_deaths
from .lexicon import _LEX, _alt
from .phrases import find_death_figures, toll_holds_the_rest


_U = _LEX["update"]
#: kind of update -> its cue phrases (data/fatalities/lexicon.toml [update])
_UPDATE_CUES = {kind: re.compile(rf"(?<![\w]){_alt(_U[kind])}(?![\w])", re.I)
                for kind in ("rise", "later_death", "official")}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])|\n+")


def _sentences(text: str):
    """(start, end) of each sentence of a raw text (a full stop, ! or ? before a capital, or a line break)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def toll_updates(text: str) -> list[tuple[str, int | None, int, int]]:
    """The sentences of a report telling a toll as news of its own (spec §1, §6): a risen toll
    ("the death toll rose to 5"), a victim who died after the first reports ("died of his
    wounds on Tuesday", "a second victim"), or a count confirmed by an official body ("the
    coroner confirmed"). Each as ``(kind, count, start, end)``: the sentence's total of death
    figures (None when it gives none: "he died of his wounds"; a rise or a confirmation
    without one is none), the sentence's offsets.
    Kinds: "rise", "later_death", "official"; the first cue in the sentence decides."""
    out = []
    for lo, hi in _sentences(text):
        found = [(m.start(), kind) for kind, cue in _UPDATE_CUES.items() if (m := cue.search(text, lo, hi))]
        if not found:
            continue
        kind = min(found)[1]
        figures = [f for f in counted_figures(toll_holds_the_rest(find_death_figures(text, lo, hi), text, lo))
                   if f.count > 0]
        count = total_deaths(figures) if figures else None
        if kind != "later_death" and count is None:
            continue  # a toll rises to a count, an official confirms one: else nothing here
        out.append((kind, count, lo, hi))
    return out
