"""An untagged name in a list of places ("Lisbon, Salem, Leetonia and two other towns"),
which the small model may tag a verb, is a name candidate held to the strict rules.
The parse is built by hand so that the model's tags are the ones under test."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import tagged


ROWS = [("Choirs", True, "NOUN", "O"), ("from", True, "ADP", "O"), ("Lisbon", False, "PROPN", "B-GPE"),
        (",", True, "PUNCT", "O"), ("Salem", False, "PROPN", "B-GPE"), (",", True, "PUNCT", "O"),
        ("Leetonia", True, "VERB", "O"), ("and", True, "CCONJ", "O"), ("two", True, "NUM", "O"),
        ("other", True, "ADJ", "O"), ("towns", True, "NOUN", "O"), ("in", True, "ADP", "O"),
        ("Ohio", True, "PROPN", "B-GPE"), ("sang", True, "VERB", "O"), ("on", True, "ADP", "O"),
        ("Sunday", False, "PROPN", "B-DATE"), (".", False, "PUNCT", "O")]


def test_untagged_item_of_a_list_of_places(centre_geocoder):
    places = {m.text: m.admin1 for m in centre_geocoder.toponyms(tagged(ROWS))}
    assert places.get("Leetonia") == "Ohio"


def test_untagged_word_outside_a_list_is_no_candidate(centre_geocoder):
    rows = [("Choirs", True, "NOUN", "O"), ("sang", True, "VERB", "O"), ("while", True, "SCONJ", "O"),
            ("Leetonia", True, "VERB", "O"), ("slept", True, "VERB", "O"), ("in", True, "ADP", "O"),
            ("Ohio", False, "PROPN", "B-GPE"), (".", False, "PUNCT", "O")]
    assert "Leetonia" not in {m.text for m in centre_geocoder.toponyms(tagged(rows))}


def test_item_tagged_a_nationality_before_a_plural_unit_word(geocoder):
    # the model tags "Kasese" a nationality; "districts" after the list says what each item is
    text = "Uganda confirmed the outbreak. It hit Kasese and Bundibugyo districts near the border."
    assert "Kasese" in {m.text for m in geocoder.find_places(parse(text))}
