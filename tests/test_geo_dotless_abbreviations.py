"""A state's abbreviation written without its last full stop ("Yonkers, N.Y, said",
"D-Calif,"), read only where nothing but a unit can stand. Invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def places(centre_geocoder, text):
    return {m.text: m.admin1 for m in centre_geocoder.toponyms(parse(text))}


def test_abbreviation_after_a_town_and_comma(centre_geocoder):
    text = "A bakery in Yonkers, N.Y, closed on Friday after forty years."
    assert places(centre_geocoder, text).get("N.Y") == "New York"


def test_abbreviation_after_a_party_letter(centre_geocoder):
    text = "Senator Lena Ortiz, D-Calif, said the vote would wait until June."
    assert places(centre_geocoder, text).get("Calif") == "California"


def test_dotless_form_needs_its_bound_place(centre_geocoder):
    text = "Mass was said at nine; the choir sang and the hall emptied by ten."
    assert "Mass" not in places(centre_geocoder, text)
