"""A two-word adjective read wherever it falls in a run of capitalised words.

Invented sentences with real country and region adjectives.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo.context import demonym_codes
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def demonyms(geocoder, text):
    return [(m.text, m.country_code) for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_pair_after_a_sentences_opening_word_is_read_whole():
    # "The South Sudanese": not "The South" and a bare "Sudanese" (Sudan)
    text = "The South Sudanese army said rebels raided a camp near the river."
    found = [(text[s:e], set(codes)) for s, e, codes in demonym_codes(text)]
    assert found == [("South Sudanese", {"SS"})]


def test_pair_inside_a_longer_run_is_read_whole():
    # (a headline's run: "Navy Chief Says North Korean Boats")
    text = "Navy Chief Says North Korean Boats Crossed Line"
    assert [(text[s:e], set(c)) for s, e, c in demonym_codes(text)] == [("North Korean", {"KP"})]


def test_single_adjectives_in_a_run_are_still_read():
    text = "The Iraqi Kurdish fighters withdrew."
    assert [text[s:e] for s, e, _ in demonym_codes(text)] == ["Iraqi", "Kurdish"]


def test_regions_adjective_after_the_sentences_article_is_a_toponym(geocoder):
    ms = demonyms(geocoder, "Shelling went on overnight. The South Ossetian militia said two "
                            "villages came under fire.")
    assert ms == [("South Ossetian", "GE")]
