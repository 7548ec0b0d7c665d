"""Death tolls in ordinary news wording: named people listed as the dead ("the bodies of Ann
Roe and Bo Hale", "comrades Ann Roe and Bo Hale"). Invented sentences and names."""
from __future__ import annotations

import pytest

from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("The bodies of Pell Varga and Ira Quell were found by the canal after raiders struck the hamlet.", 2),
    ("Herders found the bodies of Anko Rell, Tovi Brandt and Mila Sorn in a gully.", 3),
])
def test_named_people_whose_bodies_were_found(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("His sister and comrades Jarno Felt and Osku Lamm also died in the raid.", 3),
    ("Her brother and cousins Edda Brun and Pia Sollo were killed.", 3),
])
def test_a_plural_noun_counts_the_names_listed_after_it(text, toll):
    assert parsed_toll(text) == toll
