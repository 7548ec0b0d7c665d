"""An untagged name in a list of places ("Lisbon, Salem, Leetonia and two other towns"),
which the small model may tag a verb, is a name candidate held to the strict rules.
The parse is built by hand so that the model's tags are the ones under test."""
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


ROWS = [("Choirs", True, "NOUN", "O"), ("from", True, "ADP", "O"), ("Lisbon", False, "PROPN", "B-GPE"),
        (",", True, "PUNCT", "O"), ("Salem", False, "PROPN", "B-GPE"), (",", True, "PUNCT", "O"),
        ("Leetonia", True, "VERB", "O"), ("and", True, "CCONJ", "O"), ("two", True, "NUM", "O"),
        ("other", True, "ADJ", "O"), ("towns", True, "NOUN", "O"), ("in", True, "ADP", "O"),
        ("Ohio", True, "PROPN", "B-GPE"), ("sang", True, "VERB", "O"), ("on", True, "ADP", "O"),
        ("Sunday", False, "PROPN", "B-DATE"), (".", False, "PUNCT", "O")]


def test_untagged_item_of_a_list_of_places(geocoder):
    places = {m.text: m.admin1 for m in geocoder.toponyms(tagged(ROWS))}
    assert places.get("Leetonia") == "Ohio"


def test_untagged_word_outside_a_list_is_no_candidate(geocoder):
    rows = [("Choirs", True, "NOUN", "O"), ("sang", True, "VERB", "O"), ("while", True, "SCONJ", "O"),
            ("Leetonia", True, "VERB", "O"), ("slept", True, "VERB", "O"), ("in", True, "ADP", "O"),
            ("Ohio", False, "PROPN", "B-GPE"), (".", False, "PUNCT", "O")]
    assert "Leetonia" not in {m.text for m in geocoder.toponyms(tagged(rows))}
