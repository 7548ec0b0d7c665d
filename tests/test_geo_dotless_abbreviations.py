"""A state's abbreviation written without its last full stop ("Yonkers, N.Y, said",
"D-Calif,"), read only where nothing but a unit can stand. Invented sentences."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import found


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


def test_dotless_form_before_a_dateline_station_tag(geocoder):
    # (the station's letters in brackets follow the state: "Town, Ind (WXYZ) -")
    text = "Columbus, Ind (WXYZ) - A man was hurt on Sunday when a ladder slipped at a farm outside town."
    got = found(geocoder, text)
    assert got["Ind"].admin1 == "Indiana"
    assert got["Columbus"].admin1 == "Indiana"


def test_dotless_form_before_a_bracket_needs_its_bound_place(centre_geocoder):
    text = "The Ind (a small party) won two seats in the vote on Friday."
    assert "Ind" not in places(centre_geocoder, text)
