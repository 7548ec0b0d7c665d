"""A plain word naming a first-level unit, written with its unit word ("Plateau State"), is that
unit even where the report names no country: no town of the word abroad takes a roundup's item
and half its dead. Invented report."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def test_a_plain_word_state_with_its_unit_word_is_the_state(pipeline):
    text = "Gunmen killed eight villagers in an attack near Bokkos, Plateau State, on Monday."
    rows = violent_rows(pipeline, text, published=date(2024, 5, 15))
    assert [(e.location, e.admin1, e.country, e.fatalities) for e in rows] == [("Bokkos", "Plateau", "Nigeria", 8)]
    rows = violent_rows(pipeline, "Bandits killed four farmers in Plateau State on Tuesday.",
                        published=date(2024, 5, 15))
    assert [(e.admin1, e.country, e.geo_precision) for e in rows] == [("Plateau", "Nigeria", 3)]
