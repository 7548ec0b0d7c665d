"""A region told without a town is placed at its capital (spec: precision 3 at the admin1
capital). Where the gazetteer's most populous town of the unit is not the capital, a row of
data/geo/admin1_capitals.tsv says which is (Sagaing region is Monywa, not Kalemyo; Tillaberi
region is Tillaberi, not Mehana). Invented reports."""
from __future__ import annotations

import pytest

from datetime import date

from event_helpers import coded


def _events(pipeline, text):
    return [e for e in coded(pipeline, text, date(2024, 5, 15))
            if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("cc, unit, capital", [
    ("MM", "Sagaing", "Monywa"), ("MM", "Magway", "Magway"), ("MM", "Shan", "Taunggyi"),
    ("MM", "Rakhine", "Sittwe"), ("NE", "Tillaberi", "Tillaberi"), ("ML", "Menaka", "Menaka"),
    ("BF", "Sahel", "Dori"),
])
def test_a_region_sits_at_its_capital(geocoder, cc, unit, capital):
    gaz = geocoder.gaz
    admin = [c for c in gaz.lookup(unit, cc) if c.level == "admin1"][0]
    assert gaz.capital_of(admin.place_id).name == capital


def test_an_attack_told_only_by_its_region_is_at_the_capital(pipeline):
    [event] = _events(pipeline, (
        "NIAMEY, Niger (Reuters) -- Gunmen on motorbikes killed nine villagers in the Tillaberi "
        "region on Sunday, the interior ministry said on Monday."))
    assert (event.location, event.geo_precision) == ("Tillaberi", 3)


def test_an_air_strike_told_only_by_its_region_is_at_the_capital(pipeline):
    [event] = _events(pipeline, (
        "Military jets bombed a village in Myanmar's Sagaing region on Thursday, killing eleven "
        "people, a resistance group said."))
    assert (event.location, event.geo_precision) == ("Monywa", 3)
