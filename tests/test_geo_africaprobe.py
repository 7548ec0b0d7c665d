"""Cameroonian and Ethiopian first-level units as English reports spell them ("Northwest",
"Southwest", "Extreme North", "Benishangul-Gumuz"): unit_aliases.tsv, read at lookup time."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer


@pytest.mark.parametrize("alias,cc,unit", [
    ("Northwest", "CM", "North-West"),
    ("Southwest", "CM", "South-West"),
    ("Extreme North", "CM", "Far North"),
    ("Benishangul-Gumuz", "ET", "Benshangul-Gumaz"),
])
def test_english_spelling_of_a_unit_finds_the_unit(gazetteer_file, alias, cc, unit):
    found = Gazetteer.open(gazetteer_file, build_if_missing=False).lookup(alias, cc)
    assert found and found[0].level == "admin1" and found[0].name == unit
