"""Three precision rules of place ranking: a plain word that is a province's whole name
(data/geo/word_units.tsv) is that province only in a report about its country; a
one-word name gets near spellings only where words place it; and an epithet after a
name ("X the Bold", data/geo/epithet_words.tsv) makes a person, no place."""
from __future__ import annotations

from geo_helpers import tagged_text

from conflictlens.geo.outlet import OutletHome


def places(geocoder, spec, outlet=None):
    return {m.text: (m.level, m.country_code) for m in geocoder.find_places(tagged_text(spec), outlet=outlet)}


# ---------------------------------------------------------------- word units

def test_a_plain_word_is_no_province_abroad(geocoder):
    got = places(geocoder, "^Officials/NOUN in/ADP Dallas/PROPN/B-GPE said/VERB Unity/PROPN/B-GPE "
                           "was/AUX the/DET theme/NOUN ./PUNCT")
    assert got.get("Unity") != ("admin1", "SS")
    got = places(geocoder, "^Crowds/NOUN in/ADP Leeds/PROPN/B-GPE cheered/VERB Plateau/PROPN/B-GPE ./PUNCT")
    assert "Plateau" not in got


def test_a_plain_word_is_the_province_of_a_country_the_report_names(geocoder):
    got = places(geocoder, "^Gunmen/NOUN raided/VERB a/DET village/NOUN in/ADP Unity/PROPN/B-GPE ,/PUNCT "
                           "South/PROPN/B-GPE Sudan/PROPN/I-GPE ,/PUNCT on/ADP Monday/PROPN ./PUNCT")
    assert got["Unity"] == ("admin1", "SS")


def test_a_plain_word_is_the_province_of_the_outlets_country(geocoder):
    spec = "^Crowds/NOUN cheered/VERB in/ADP Plateau/PROPN/B-GPE on/ADP Friday/PROPN ./PUNCT"
    assert places(geocoder, spec, OutletHome("NG", how="country-domain"))["Plateau"] == ("admin1", "NG")


# ---------------------------------------------------------------- near spellings

def test_a_bare_word_gets_no_near_spelling(geocoder):
    got = places(geocoder, "^Police/NOUN in/ADP Texas/PROPN/B-GPE said/VERB Albuquerqe/PROPN/B-GPE "
                           "was/AUX calm/ADJ ./PUNCT")
    assert "Albuquerqe" not in got


def test_a_word_before_of_gets_no_near_spelling(geocoder):
    # ("the Board of Health": "of" after a word makes no place of it)
    got = places(geocoder, "^Police/NOUN in/ADP Texas/PROPN/B-GPE said/VERB Albuquerqe/PROPN/B-GPE "
                           "of/ADP Education/PROPN/B-GPE voted/VERB ./PUNCT")
    assert "Albuquerqe" not in got


def test_a_placed_word_gets_its_near_spelling(geocoder):
    got = places(geocoder, "^Police/NOUN in/ADP Texas/PROPN/B-GPE said/VERB a/DET shot/NOUN rang/VERB "
                           "out/ADP in/ADP Albuquerqe/PROPN/B-GPE ./PUNCT")
    assert got["Albuquerqe"] == ("city", "US")
    got = places(geocoder, "^Police/NOUN in/ADP Texas/PROPN/B-GPE said/VERB Albuquerqe/PROPN/B-GPE ,/PUNCT "
                           "New/PROPN/B-GPE Mexico/PROPN/I-GPE ,/PUNCT was/AUX calm/ADJ ./PUNCT")
    assert got["Albuquerqe"] == ("city", "US")



def test_a_listed_word_gets_its_near_spelling(geocoder):
    got = places(geocoder, "^Cases/NOUN rose/VERB in/ADP Dallas/PROPN/B-GPE ,/PUNCT Albuquerqe/PROPN/B-GPE "
                           "and/CCONJ Denver/PROPN/B-GPE ./PUNCT")
    assert got["Albuquerqe"] == ("city", "US")


# ---------------------------------------------------------------- epithets

def test_a_name_before_an_epithet_is_a_person(geocoder):
    got = places(geocoder, "^Pupils/NOUN in/ADP Boston/PROPN/B-GPE sang/VERB about/ADP Tyrone/PROPN/B-GPE "
                           "the/DET Bold/PROPN ./PUNCT")
    assert set(got) == {"Boston"}


def test_the_epithet_itself_is_no_town(geocoder):
    got = places(geocoder, "^A/DET mural/NOUN of/ADP Lorraine/PROPN/B-GPE the/DET Wise/PROPN was/AUX "
                           "unveiled/VERB in/ADP Dayton/PROPN/B-GPE ,/PUNCT Ohio/PROPN/B-GPE ./PUNCT")
    assert set(got) == {"Dayton", "Ohio"}


def test_a_town_before_other_words_is_still_read(geocoder):
    got = places(geocoder, "^Pupils/NOUN sang/VERB in/ADP Tyrone/PROPN/B-GPE the/DET whole/ADJ day/NOUN ./PUNCT")
    assert "Tyrone" in got
