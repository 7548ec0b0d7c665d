"""A country whose name opens with "Saint", written "St." ("St. Lucia", "St. Kitts and
Nevis"), is the country: not a foreign village listing the short form among its alternate
names, nor a French commune whose longer name opens with it. The short form's town stays the
town where the report names its state (geo/gazetteer.py ``Gazetteer._lookup``: the variants
with the abbreviated words written out). Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [(m.text, m.country_code, m.level) for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text, found", [
    ("Storms hit St. Lucia and St. Vincent on Monday.",
     [("St. Lucia", "LC", "country"), ("St. Vincent", "VC", "country")]),
    ("Health officials in St. Kitts and Nevis confirmed two cases on Monday.",
     [("St. Kitts and Nevis", "KN", "country")]),
    ("Tourism fell in St. Lucia last year, officials in Castries said.",
     [("St. Lucia", "LC", "country"), ("Castries", "LC", "city")]),
])
def test_saint_country_written_short(geocoder, text, found):
    assert toponyms(geocoder, text) == found


def test_a_town_of_the_short_form_in_a_named_state_stays(geocoder):
    assert toponyms(geocoder, "The ship left St. Helena, California, on Monday.")[0][:2] == ("St. Helena", "US")
