"""The killer named as one more object of his own killing ("killed the girl and himself",
"kills nephew, self"), or a shooting told as a murder-suicide ("shot his wife, then himself
in a murder-suicide"), tells his death beside his victims'. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.nlp.parser import parse
from conflictlens.events.fatalities import sentence_death_figures
from conflictlens.pipeline import Pipeline, Settings


def _figures(text: str) -> list[tuple[int, str]]:
    doc = parse(text)
    return [(f.count, f.qualifier) for s in doc.sents for f in sentence_death_figures(s)]


@pytest.mark.parametrize("text", [
    "Deputies say Orrin Lasko drove to the quarry, where he killed the girl and himself.",
    "Kettering farmer kills nephew, self after eviction row, deputies say",
    "Deputies said Orrin Lasko shot his neighbour and then himself in a murder-suicide on Friday.",
    "The woman who shot her nephew, then herself in an apparent murder-suicide near the quarry was named.",
])
def test_the_killer_beside_his_victim_is_one_more_death(text):
    figs = _figures(text)
    assert sum(c for c, q in figs if q != "self") == 1
    assert [q for _, q in figs].count("self") == 1


def test_a_shooting_without_a_murder_suicide_kills_no_one():
    # "shot" alone tells no death: the reflexive is no death either
    assert _figures("Deputies said Orrin Lasko shot his neighbour and then himself on Friday.") == []


def test_an_attempted_murder_suicide_tells_no_death():
    assert _figures("Deputies said Orrin Lasko shot his neighbour and then himself in an "
                    "attempted murder-suicide on Friday.") == []


def test_a_body_telling_the_killers_death_takes_nothing_from_the_headline():
    text = ("Kettering man who shot and killed nephew, himself, had a long record\n\n"
            "Deputies said on Wednesday that the man killed the boy in Kettering, Ohio, before "
            "turning the gun on himself.\n")
    p = Pipeline(settings=Settings(scope="all-violence"))
    a = p.analyse(Report(id="t", title="", text=text, published=date(2026, 11, 27)))
    assert [e.fatalities for e in a.events] == [2]
