"""Districts the gazetteer lacks, in reports on Afghanistan and Pakistan: a name before
"district" in a report about one country is no namesake abroad ("Anaba district" is not
Algeria's Annaba), and a name the report puts in a province or district ("the X area of
North Waziristan", "Panjshir's X district") is a part of that unit, not a district of the
dateline's city. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import coded


def _event(pipeline, text):
    [e] = coded(pipeline, text, date(2024, 5, 15))
    return e


def test_a_district_is_no_namesake_abroad(pipeline):
    e = _event(pipeline, "KABUL, Afghanistan -- Taliban forces fought resistance fighters in Anaba "
                         "district on Thursday, killing two, local residents said.")
    assert e.country == "Afghanistan"


def test_a_district_a_province_owns_is_placed_in_it(pipeline):
    e = _event(pipeline, "Resistance fighters attacked a Taliban convoy in Panjshir's Anaba district "
                         "on Thursday, killing two, the National Resistance Front said.")
    assert (e.country, e.admin1, e.geo_precision) == ("Afghanistan", "Panjshayr", 3)


def test_an_area_of_a_named_district_is_not_the_datelines(pipeline):
    e = _event(pipeline, "PESHAWAR, Pakistan -- A roadside bomb killed three soldiers in the Spinwam "
                         "area of North Waziristan on Thursday, the army said.")
    assert "Peshawar" not in e.location
    assert e.geo_precision >= 2


def test_an_area_of_the_dateline_city_stays_its_district(pipeline):
    e = _event(pipeline, "PESHAWAR, Pakistan -- A roadside bomb killed three soldiers in the Hayatabad "
                         "area of the city on Thursday, police said.")
    assert e.location == "Peshawar - Hayatabad"


def test_a_name_put_in_a_province_is_no_province_abroad(pipeline):
    """"Dara, Panjshir province": the gazetteer has no Dara in Panjshir, and Syria's Dar'a
    province sharing the name is no reason to leave the province the report gives."""
    e = _event(pipeline, "Gunmen opened fire on a Taliban checkpoint in Dara, Panjshir province, late "
                         "on Thursday, wounding two guards, a provincial spokesman said.")
    assert (e.country, e.admin1) == ("Afghanistan", "Panjshayr")
