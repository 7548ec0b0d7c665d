"""An entity the model ran on over a preposition of place ("the Grace Chapel in
Hagerstown", "Tulsa to D.C.") holds a second name. The parses are built by hand so that
the model's entities are the ones under test; invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import tagged


def test_town_after_in_inside_a_buildings_name(centre_geocoder):
    rows = [("They", True, "PRON", "O"), ("sang", True, "VERB", "O"), ("at", True, "ADP", "O"),
            ("the", True, "DET", "O"), ("Grace", True, "PROPN", "B-FAC"), ("Chapel", True, "PROPN", "I-FAC"),
            ("in", True, "ADP", "I-FAC"), ("Hagerstown", True, "PROPN", "I-FAC"), ("on", True, "ADP", "O"),
            ("Easter", False, "PROPN", "B-DATE"), (".", False, "PUNCT", "O")]
    assert "Hagerstown" in {m.name for m in centre_geocoder.toponyms(tagged(rows))}


def test_town_before_to_and_a_cut_off_abbreviation(centre_geocoder):
    rows = [("A", True, "DET", "O"), ("brass", True, "NOUN", "O"), ("band", True, "NOUN", "O"),
            ("drives", True, "VERB", "O"), ("from", True, "ADP", "O"), ("Tulsa", True, "PROPN", "B-GPE"),
            ("to", True, "ADP", "I-GPE"), ("D.C.", True, "PROPN", "I-GPE"), ("for", True, "ADP", "O"),
            ("a", True, "DET", "O"), ("parade", False, "NOUN", "O"), (".", False, "PUNCT", "O")]
    found = {m.text: m.admin1 for m in centre_geocoder.toponyms(tagged(rows))}
    assert found.get("Tulsa") == "Oklahoma"
