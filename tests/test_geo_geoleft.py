"""Place gaps of short reports: a raiders' demonym, when nothing else places the report,
says which of two namesake towns is meant."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import violent_rows

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize("text, town, country", [
    ("Colombian guerrillas killed three soldiers in Taraza on Tuesday.", "Taraza", "Colombia"),
    ("Colombian rebels ambushed a patrol near Segovia on Monday, killing two soldiers.", "Segovia", "Colombia"),
])
def test_raiders_demonym_places_namesake_town(pipeline, text, town, country):
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert len(rows) == 1
    e = rows[0]
    assert (e.location, e.country) == (town, country)
    assert "Kazakhstan" not in e.actor2 and "Spain" not in e.actor2
    assert e.event_type == "Battles"



@pytest.mark.parametrize("text, town, admin1", [
    ("LIMA, May 14 -- Guerrillas killed two policemen in Huanta on Tuesday.", "Huanta", "Ayacucho"),
    ("LIMA, May 14 -- Two soldiers were shot dead in Huanta on Sunday night, police said.", "Huanta", "Ayacucho"),
])
def test_capital_dateline_far_town_is_no_capital_district(pipeline, text, town, admin1):
    """A report from the capital speaks for its country: a far town it names is that town."""
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert rows
    for e in rows:
        assert (e.location, e.admin1, e.country) == (town, admin1, "Peru")
