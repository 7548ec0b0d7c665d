"""A state's abbreviation written without its last full stop ("Yonkers, N.Y, said",
"D-Calif,"), read only where nothing but a unit can stand. Invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def places(geocoder, text):
    return {m.text: m.admin1 for m in geocoder.toponyms(parse(text))}


def test_abbreviation_after_a_town_and_comma(geocoder):
    text = "A bakery in Yonkers, N.Y, closed on Friday after forty years."
    assert places(geocoder, text).get("N.Y") == "New York"


def test_abbreviation_after_a_party_letter(geocoder):
    text = "Senator Lena Ortiz, D-Calif, said the vote would wait until June."
    assert places(geocoder, text).get("Calif") == "California"


def test_dotless_form_needs_its_bound_place(geocoder):
    text = "Mass was said at nine; the choir sang and the hall emptied by ten."
    assert "Mass" not in places(geocoder, text)
