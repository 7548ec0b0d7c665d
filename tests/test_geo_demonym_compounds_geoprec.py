"""A country's adjective closing a two-word adjective that names another region or a
people ("North American", "Latin American", "African-American") is no toponym of the
country in ``geoparse`` output; the adjective alone, or a country's own two-word
adjective ("South African"), stays one."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def demonyms(geocoder, text):
    return [(m.text, m.country_code) for m in geocoder.toponyms(parse(text)) if m.kind == "demonym"]


def test_an_adjective_closing_a_regions_or_peoples_compound_is_no_toponym(geocoder):
    text = ("Growers in Tuckerton sell to North American and Latin American buyers, and the "
            "town's African-American museum opened a wing on Native American crafts.")
    assert demonyms(geocoder, text) == []


def test_the_adjective_alone_and_a_countrys_compound_stay_toponyms(geocoder):
    got = demonyms(geocoder, "American and South African buyers visited Tuckerton.")
    assert ("American", "US") in got and ("South African", "ZA") in got
