"""A unit's short form that spells no word and that reports write alone ("NY", marked "+"
in data/geo/admin1_abbreviations.tsv) is read wherever it stands, not only after "Town, "
(geo/spans.py _abbreviation_re). Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


@pytest.mark.parametrize("text, form, unit", [
    ("The swabs were flown to a federal laboratory in NY for testing.", "NY", "New York"),
    ("Health officials sent the samples to the NY Quenby Animal Center last month.", "NY", "New York"),
    ("Commuters in NJ waited for hours after the storm.", "NJ", "New Jersey"),
])
def test_free_short_form_is_its_unit(geocoder, text, form, unit):
    m = toponyms(geocoder, text)[form]
    assert (m.name, m.country_code, m.level) == (unit, "US", "admin1")


def test_word_like_short_form_stays_bound(geocoder):
    # "IN" and "OK" spell words: read only after a town and a comma
    assert "IN" not in toponyms(geocoder, "Nurses said it was OK to wait IN the hall.")
    assert "OK" not in toponyms(geocoder, "Nurses said it was OK to wait IN the hall.")
