"""A country's adjective opening a paper's title names the paper, no toponym, as a town
opening one does ("the Alverton Times").

Invented sentences and papers with real country adjectives.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def demonyms(geocoder, text):
    return [m.text for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_adjective_opening_a_papers_title_is_no_toponym(geocoder):
    assert demonyms(geocoder, "A reporter for the Mexican Daily Star fell ill after the dinner.") == []
    assert demonyms(geocoder, "Two staff of the Peruvian Herald were hurt in the crash.") == []


def test_adjective_before_a_plain_noun_is_still_a_toponym(geocoder):
    assert demonyms(geocoder, "Mexican health officials closed the market on Monday.") == ["Mexican"]
