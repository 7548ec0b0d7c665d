"""Names joined to others by a hyphen: a dotted initialism before "-led" or "-based", and
a two-capital acronym joined to a place's name. Invented sentences, real places."""
from __future__ import annotations

import pytest

from conflictlens.geo.geocoder import _Span
from conflictlens.nlp.parser import parse


def places(centre_geocoder, text):
    return {m.text: m.country_code for m in centre_geocoder.toponyms(parse(text))}


def test_initialism_before_a_hyphened_word(centre_geocoder):
    text = "Fighting eased a year after the U.S.-led offensive, and the markets slowly reopened."
    assert places(centre_geocoder, text).get("U.S.") == "US"


def parts(centre_geocoder, text, joined):
    """The names a span over ``joined`` (tagged a place) is read as."""
    start = text.index(joined)
    return [text[p.start:p.end] for p in centre_geocoder._split_compound(text, _Span(start, start + len(joined), "GPE"))]


def test_acronym_joined_to_a_country(centre_geocoder):
    text = "Diplomats doubt that an EU-Chile summit on copper will be held before the spring."
    assert parts(centre_geocoder, text, "EU-Chile") == ["EU", "Chile"]


def test_acronym_joined_to_an_adjective_stays_whole(centre_geocoder):
    text = "The chef, who holds UK-Peruvian citizenship, flew to Lima on Monday."
    assert "UK" not in places(centre_geocoder, text)
    assert parts(centre_geocoder, text, "UK-Peruvian") == ["UK-Peruvian"]
