"""A country's code written with a dollar sign before an amount ("$US 15 billion", "US$ 3
million") says whose dollar the amount is in: a currency's code, no place mention."""
from __future__ import annotations

from geo_helpers import found


def test_a_code_a_dollar_sign_opens_is_no_place(geocoder):
    got = found(geocoder, "Grain exports from Queensland reached $US 2.4 billion last season, "
                          "and growers near Toowoomba expect $US 3 billion next year.")
    assert "US" not in got and got["Toowoomba"].country_code == "AU"


def test_the_country_named_in_its_own_words_stays_a_place(geocoder):
    got = found(geocoder, "Growers near Toowoomba sold $4 million of wheat to buyers in the US last year.")
    assert got["US"].country_code == "US"
