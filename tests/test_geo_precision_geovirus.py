"""Toponym precision: names that are no place in their report. Invented sentences, real
towns."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

from geo_helpers import tagged_text


def toponym_texts(geocoder, text):
    return [m.text for m in geocoder.toponyms(parse(text))]


def test_a_comma_after_a_named_bodys_short_name_places_nothing(geocoder):
    """"a teacher at Franklin, Jo Doe" in a report on Franklin Elementary in Fresno: the
    comma is a pause before a person, not a unit holding the name, so the bare name is
    still the school's and no Franklin of another state."""
    text = ("Six pupils at Franklin Elementary in Fresno, California, fell ill. A teacher at "
            "Franklin, Maria Lopez, spoke first. Families near Franklin, including two nurses, "
            "asked for tests. A boy at Franklin, now in hospital, is recovering.")
    assert "Franklin" not in toponym_texts(geocoder, text)


def test_a_unit_after_the_comma_still_places_the_name(geocoder):
    text = ("Six pupils at Franklin Elementary in Fresno, California, fell ill. A cousin lives "
            "in Franklin, Tennessee.")
    assert text.rindex("Franklin") in [m.start for m in geocoder.toponyms(parse(text)) if m.text == "Franklin"]


def test_the_before_a_bare_name_read_as_a_far_small_town_is_no_place(geocoder):
    """"the Center wrote to families" in a report placed in California: a town's name takes
    no article, and Center, Texas lies far from every place the report names."""
    text = ("Parents in Fresno, California, asked for tests after a cluster of cancer cases. "
            "Officials of a federal health agency, the Center for Cancer Studies, came in June. "
            "No study followed: the Center wrote to families in July.")
    assert "Center" not in toponym_texts(geocoder, text)


def test_the_before_a_town_of_the_reports_state_keeps_it(geocoder):
    text = ("Parents in Fresno, California, asked for tests. The Modesto team met them, and "
            "officials in Modesto agreed.")
    assert toponym_texts(geocoder, text).count("Modesto") == 2


def test_a_zoo_the_report_places_in_a_town_is_no_toponym(geocoder):
    """"the Leipzig Zoo in Leipzig": a zoo is grounds in a town, as a cemetery is
    (data/geo/grounds_words.tsv); the town after "in" is the toponym."""
    doc = tagged_text("A/DET dead/ADJ swan/NOUN floated/VERB at/ADP the/DET/B-FAC Leipzig/PROPN/I-FAC "
                      "Zoo/PROPN/I-FAC in/ADP Leipzig/PROPN/B-GPE ,/PUNCT Germany/PROPN/B-GPE ./PUNCT")
    assert [m.text for m in geocoder.toponyms(doc)] == ["Leipzig", "Germany"]
