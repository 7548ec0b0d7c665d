"""Toponym precision: names that are no place in their report. Invented sentences, real
towns."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


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
