"""A word the model took for an adjective before a district's word is a name when no English
word list holds it ("in Kasese district"); an English adjective there ("a Caesarean section")
stays no part of a town."""
from __future__ import annotations

from geo_helpers import tagged_places


def test_an_unknown_word_tagged_an_adjective_before_district_is_a_name(geocoder):
    got = tagged_places(geocoder, "^Raiders/NOUN burned/VERB a/DET school/NOUN in/ADP Kasese/ADJ/B-NORP district/NOUN ,/PUNCT "
                           "Uganda/PROPN/B-GPE ,/PUNCT police/NOUN said/VERB ./PUNCT")
    assert "Kasese" in got and got["Kasese"].country_code == "UG"


def test_an_english_adjective_before_section_is_no_name(geocoder):
    got = tagged_places(geocoder, "^Doctors/NOUN in/ADP Uganda/PROPN/B-GPE performed/VERB a/DET Caesarean/ADJ "
                           "section/NOUN ./PUNCT")
    assert set(got) == {"Uganda"}
