"""An entity the model ran on over a preposition of place ("the Grace Chapel in
Hagerstown", "Tulsa to D.C.") holds a second name. The parses are built by hand so that
the model's entities are the ones under test; invented sentences."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def tagged(tokens):
    """A parse of (word, space after, part of speech, entity tag) rows."""
    words, spaces, pos, ents = zip(*tokens)
    return Doc(parse("x").vocab, words=list(words), spaces=list(spaces), pos=list(pos), ents=list(ents),
               sent_starts=[True] + [False] * (len(words) - 1))


def test_town_after_in_inside_a_buildings_name(geocoder):
    rows = [("They", True, "PRON", "O"), ("sang", True, "VERB", "O"), ("at", True, "ADP", "O"),
            ("the", True, "DET", "O"), ("Grace", True, "PROPN", "B-FAC"), ("Chapel", True, "PROPN", "I-FAC"),
            ("in", True, "ADP", "I-FAC"), ("Hagerstown", True, "PROPN", "I-FAC"), ("on", True, "ADP", "O"),
            ("Easter", False, "PROPN", "B-DATE"), (".", False, "PUNCT", "O")]
    assert "Hagerstown" in {m.name for m in geocoder.toponyms(tagged(rows))}


def test_town_before_to_and_a_cut_off_abbreviation(geocoder):
    rows = [("A", True, "DET", "O"), ("brass", True, "NOUN", "O"), ("band", True, "NOUN", "O"),
            ("drives", True, "VERB", "O"), ("from", True, "ADP", "O"), ("Tulsa", True, "PROPN", "B-GPE"),
            ("to", True, "ADP", "I-GPE"), ("D.C.", True, "PROPN", "I-GPE"), ("for", True, "ADP", "O"),
            ("a", True, "DET", "O"), ("parade", False, "NOUN", "O"), (".", False, "PUNCT", "O")]
    found = {m.text: m.admin1 for m in geocoder.toponyms(tagged(rows))}
    assert found.get("Tulsa") == "Oklahoma"
