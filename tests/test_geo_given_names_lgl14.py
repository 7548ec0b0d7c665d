"""A one-word name that is a common English given name ("Brian", "Gerard") matches a place
only by the place's own spelling, never by the sound key or a near spelling, which exist for
transliterated names: "Brian, a volunteer" is no Bryan, Ohio, and "Omar and Gerard" no Garrard
County, Kentucky (data/geo/english_given_names.tsv, geo/resolve.py). A place of the very name
("Florence", "Marion") is unaffected. Invented reports, real place names."""
from __future__ import annotations

from conflictlens.geo import tables
from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_the_given_names_are_a_data_file():
    names = tables.english_given_names()
    assert {"brian", "gerard", "marina"} <= names
    assert all(n == n.casefold() and " " not in n for n in names)


def test_a_first_name_is_no_respelt_town(geocoder):
    text = "Brian, a volunteer at the fair in Springfield, Ohio, said the club raised $16,000."
    found = _toponyms(geocoder, text)
    assert "Brian" not in found
    assert found["Springfield"].admin1 == "Ohio"


def test_a_first_name_is_no_respelt_county(geocoder):
    text = ("Friends of Omar and Gerard, their cousin and her husband were seen at a diner in "
            "Lexington, Kentucky, on Sunday.")
    found = _toponyms(geocoder, text)
    assert "Gerard" not in found
    assert found["Lexington"].admin1 == "Kentucky"


def test_a_town_of_a_given_name_as_written_stays(geocoder):
    text = "A barn burned on Tuesday near Florence, South Carolina, the sheriff said."
    found = _toponyms(geocoder, text)
    assert found["Florence"].country_code == "US" and found["Florence"].admin1 == "South Carolina"
