"""A name a US state shares with a country ("Georgia") follows the report's country evidence:
a county it names, also in a body's name opening a sentence ("The Brill County Police
Department"), and the public bodies only US reports name ("the sheriff's office", "state
troopers": ``data/geo/country_body_words.tsv``) make it the state; a report on the Caucasus
keeps the country. Invented reports."""
from __future__ import annotations

from geo_helpers import place_named


def test_a_county_opening_a_sentence_after_the_makes_georgia_the_state(geocoder):
    text = ("Police in Georgia say a man shot and killed his neighbor during an argument over a fence. "
            "The Clayton County Police Department said the victim died at the scene.")
    m = place_named(geocoder, text, "Georgia")
    assert m is not None and (m.country_code, m.level) == ("US", "admin1")


def test_the_sheriffs_office_makes_georgia_the_state(geocoder):
    text = "Gunmen shot dead a deputy in Georgia on Sunday, the sheriff's office said. He had served for years."
    m = place_named(geocoder, text, "Georgia")
    assert m is not None and (m.country_code, m.level) == ("US", "admin1")


def test_a_report_on_the_caucasus_keeps_the_country(geocoder):
    text = ("Troops shelled a village in Georgia on Sunday, killing two civilians, the interior ministry in "
            "Tbilisi said.")
    m = place_named(geocoder, text, "Georgia")
    assert m is not None and m.country_code == "GE"


def test_body_words_count_once_per_country():
    from conflictlens.geo.context import body_word_codes
    text = "The sheriff's office and state troopers said the county sheriff's deputies arrived first."
    assert body_word_codes(text) == {"US": 0.5}
    assert body_word_codes("The ministry said the police arrived first.") == {}
