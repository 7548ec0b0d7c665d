"""Somali first-level units named in English ("Lower Shabelle", "Galgadud", "Jubaland"): the
unit_aliases.tsv table, read at lookup time so an index built before a row was added finds
the unit too. Invented reports; the places are real."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer


@pytest.mark.parametrize("alias,unit", [
    ("Lower Shabelle", "Shabeellaha Hoose"),
    ("Galgadud", "Galguduud"),
    ("Jubaland", "Jubbada Hoose"),
])
def test_english_name_of_a_somali_unit_finds_the_unit(gazetteer_file, alias, unit):
    found = Gazetteer.open(gazetteer_file, build_if_missing=False).lookup(alias, "SO")
    assert found and found[0].level == "admin1" and found[0].name == unit
    assert found[0].score == Gazetteer.EXACT


def test_event_in_lower_shabelle_is_coded_in_that_unit(pipeline):
    from datetime import date

    from event_helpers import violent_rows
    rows = violent_rows(pipeline, "Al-Shabaab gunmen stormed an army outpost in Lower Shabelle "
                                  "on Friday and killed three soldiers.\n", date(2024, 5, 15))
    assert rows and rows[0].admin1 == "Shabeellaha Hoose" and rows[0].country == "Somalia"
