"""A state's own name opening the name of a body ("a Nevada Traffic Safety Institute
teacher") is that state in toponym output even where the report names no country: the
state's name says it. Not in a report about other countries, where it is a brand's
("Kentucky Fried Chicken" in Perth), nor a name a country bears too ("Georgia")."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_state_opening_a_body_in_a_report_naming_no_country(geocoder):
    got = _toponyms(geocoder, "Drivers may sign up for the evening course. A Nevada Traffic Safety "
                              "Institute teacher will lead it.")
    assert "Nevada" in got and (got["Nevada"].level, got["Nevada"].country_code) == ("admin1", "US")


def test_no_state_for_a_brand_in_a_report_about_another_country(geocoder):
    got = _toponyms(geocoder, "Shoppers in Perth can choose among 107 Kentucky Fried Chicken outlets "
                              "across Western Australia.")
    assert "Kentucky" not in got
