"""A country's, first-level unit's or sea's own name with "of" inside that the model cuts
at its "of" or leaves untagged ("Republic of the" + "Congo", "Isle" + "Man") is read
whole, one mention, not as its last word's namesake (geo/spans.py _of_name_spans).
Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [(m.text, m.country_code, m.level) for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text, found", [
    ("Measles reached Democratic Republic of the Congo villages this year.",
     [("Democratic Republic of the Congo", "CD", "country")]),
    ("Vaccines for Republic of the Congo arrived.", [("Republic of the Congo", "CG", "country")]),
    ("Cholera cases rose in the Republic of the Congo last week.", [("Republic of the Congo", "CG", "country")]),
    ("The Isle of Man reported its first case.", [("Isle of Man", "IM", "country")]),
    ("Bird flu reached the Isle of Wight on Monday.", [("Isle of Wight", "GB", "admin2")]),
    ("The Bay of Bengal cyclone hit Odisha.", [("Bay of Bengal", "", "continent"), ("Odisha", "IN", "admin1")]),
])
def test_name_with_of_is_read_whole(geocoder, text, found):
    assert toponyms(geocoder, text) == found


def test_unit_word_before_of_stays_out_of_the_name(geocoder):
    found = toponyms(geocoder, "The State of Ohio and the City of Dayton signed the deal.")
    assert [t for t, _cc, _lv in found] == ["Ohio", "Dayton"]


def test_title_of_a_town_stays_the_town(geocoder):
    assert toponyms(geocoder, "The Mayor of Boston said the clinic closed.") == [("Boston", "US", "city")]
