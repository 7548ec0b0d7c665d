"""A government portfolio's word that is also a town names the portfolio before a body's
word (``data/geo/portfolio_words.tsv``): "the Justice Department" is no Justice, Illinois.
Invented sentences, real towns."""
from __future__ import annotations

import pytest
from geo_helpers import found

from conflictlens.nlp.parser import parse


def toponym_names(geocoder, text):
    return {m.text for m in geocoder.toponyms(parse(text))}


@pytest.mark.parametrize("text, word", [
    ("The Justice Department said it would not charge the men, who live in Tulsa, Oklahoma.", "Justice"),
    ("A Commerce Department report released in Tulsa, Oklahoma, showed job losses.", "Commerce"),
    ("The Energy Department said the plant near Tulsa, Oklahoma, was safe.", "Energy"),
])
def test_a_portfolio_before_a_body_word_is_no_place(geocoder, text, word):
    assert word not in toponym_names(geocoder, text)


def test_the_town_of_a_portfolios_name_stays_a_place(geocoder):
    assert "Commerce" in found(geocoder, "A storm hit Commerce, Texas, on Monday.")
