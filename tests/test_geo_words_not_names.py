"""Words the model may tag as places that name none: a common noun in lower case and a
season before a year (``data/geo/season_words.tsv``). Invented sentences."""
from __future__ import annotations

import pytest
from geo_helpers import found, tagged_text


def names(geocoder, doc):
    return {m.text for m in geocoder.find_places(doc)}


def test_a_lower_case_word_is_no_name(geocoder):
    doc = tagged_text("^Wardens/PROPN found/VERB the/DET dead/ADJ swan/NOUN/B-GPE near/ADP "
                      "Perth/PROPN/B-GPE ./PUNCT")
    assert names(geocoder, doc) == {"Perth"}


@pytest.mark.parametrize("text, season", [
    ("More children in Fresno fell ill in Spring 2003, California officials said.", "Spring"),
    ("More children in Fresno fell ill in the Spring of 2003, California officials said.", "Spring"),
])
def test_a_season_before_a_year_is_no_place(geocoder, text, season):
    assert season not in found(geocoder, text)


def test_a_season_without_a_year_may_be_a_town(geocoder):
    assert "Spring" in found(geocoder, "A fire destroyed a barn in Spring, Texas, on Monday.")


def test_a_demonym_is_no_other_spelling_of_a_place(geocoder):
    """An adjective the model tagged as a place is no respelt state ("Indian" is not Indiana)."""
    doc = tagged_text("^Floods/NOUN hit/VERB the/DET eastern/ADJ/B-LOC Indian/ADJ/I-LOC states/NOUN near/ADP "
                      "Kolkata/PROPN/B-GPE ./PUNCT")
    assert "Indiana" not in {m.name for m in geocoder.find_places(doc)}


def test_a_demonym_tagged_a_place_still_says_its_own_country(geocoder):
    doc = tagged_text("^Troops/NOUN in/ADP Sri/PROPN/B-GPE Lanka/PROPN/I-GPE moved/VERB ./PUNCT ^The/DET "
                      "Sri/PROPN/B-GPE Lankan/PROPN/I-GPE army/NOUN fought/VERB near/ADP Jaffna/PROPN/B-GPE ./PUNCT")
    assert {m.text: m.country_code for m in geocoder.toponyms(doc)}.get("Sri Lankan") == "LK"
