"""Issue 3: a one-word name right after a person's title ("Judge Kanab", ``data/geo/
person_titles.tsv``) is a surname, and names that person wherever else the report writes it
alone unless the words around place it ("a fire in Kanab"); a nickname in quotation marks
("known as 'Mr. Kanab'") is no surname. Reports invented for these tests; the towns are
real, the people and events are not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

_OPENING = "The board met on Monday in Provo, Utah. Board chairman Judge Kanab also reported on the budget. "


def _all(geocoder, text):
    return [(m.text, m.name) for m in geocoder.find_places(parse(text))]


def test_a_titled_surname_alone_elsewhere_is_the_person(geocoder):
    got = _all(geocoder, _OPENING + "Kanab reported the budget was well received.")
    assert ("Provo", "Provo") in got
    assert not any(text == "Kanab" for text, _name in got)


def test_a_placed_mention_of_the_name_stays_the_town(geocoder):
    got = _all(geocoder, _OPENING + "A barn burned in Kanab on Sunday.")
    assert ("Kanab", "Kanab") in got


def test_a_nickname_in_quotation_marks_is_no_surname(geocoder):
    got = _all(geocoder, "Jo Lee, known as 'Mr. Kanab,' died on Monday in Provo, Utah. He was named "
                         "Citizen of the Year of Kanab twice.")
    assert ("Kanab", "Kanab") in got
