"""A capitalised word no English list holds, the model tagged an adjective, that opens a
sentence before a local people's or body's word ("Uvira residents", "Uvira police") is a
town's name candidate; an English adjective there ("Local residents") is none."""
from __future__ import annotations

from geo_helpers import tagged_places


def test_an_unknown_word_opening_a_sentence_before_residents_is_a_town(geocoder):
    got = tagged_places(geocoder, "^Rebels/NOUN shelled/VERB a/DET camp/NOUN in/ADP Congo/PROPN/B-GPE ./PUNCT "
                           "^Uvira/ADJ residents/NOUN fled/VERB on/ADP foot/NOUN ./PUNCT")
    assert "Uvira" in got and got["Uvira"].country_code == "CD"


def test_an_english_adjective_before_residents_is_no_name(geocoder):
    got = tagged_places(geocoder, "^Rebels/NOUN shelled/VERB a/DET camp/NOUN in/ADP Congo/PROPN/B-GPE ./PUNCT "
                           "^Local/ADJ residents/NOUN fled/VERB on/ADP foot/NOUN ./PUNCT")
    assert set(got) == {"Congo"}
