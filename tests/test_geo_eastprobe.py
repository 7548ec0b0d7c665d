"""Second-level units of East and Central Africa: "territory" and "zone" after a name say
the unit, not its town ("in Djugu territory" is no district of Djugu town); a town below the
gazetteer told as lying in such a unit is placed at the unit itself, precision 2, named
without its unit word, not at the unit's largest town; a unit's word and possessive before
a name ("Jonglei state's X area") put the name in that unit, not in the dateline's city.
Invented reports; the places are real, the villages invented."""
from __future__ import annotations

from datetime import date

from event_helpers import coded


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", date(2025, 2, 20))


def test_a_village_in_a_territory_is_placed_at_the_territory(pipeline):
    rows = _rows(pipeline, "Gunmen torched Kavumbiro, a farming village in Rutshuru territory, on "
                           "Saturday, killing four residents.")
    assert rows
    e = rows[0]
    assert (e.location, e.admin1, e.geo_precision) == ("Rutshuru", "Nord-Kivu", 2)


def test_a_named_village_in_a_territory_is_no_district_of_its_town(pipeline):
    rows = _rows(pipeline, "BENI, Democratic Republic of Congo -- Militiamen killed six farmers in the "
                           "village of Kalindonga in Beni territory on Friday, a local chief said.")
    assert rows
    assert all(" - " not in e.location for e in rows), [e.location for e in rows]
    assert rows[0].location == "Beni" and rows[0].geo_precision == 2


def test_a_zone_word_names_the_unit_not_a_town():
    from conflictlens.geo import tables
    assert {"territory", "zone", "county"} <= tables.second_level_words()


def test_a_units_possessive_keeps_a_name_out_of_the_dateline_city(pipeline):
    rows = _rows(pipeline, "JUBA, South Sudan -- Raiders drove off cattle and shot dead nine herders in "
                           "Warrap state's Luonyaker area on Sunday, a county official said.")
    assert rows and all(not e.location.startswith("Juba - ") for e in rows), [e.location for e in rows]


def test_a_units_possessive_keeps_a_known_name_out_of_the_dateline_city(pipeline):
    rows = _rows(pipeline, "JUBA, South Sudan -- Youths armed with rifles killed 11 villagers in Jonglei "
                           "state's Pibor area on Friday, a local commissioner said.")
    assert rows and all(not e.location.startswith("Juba - ") for e in rows), [e.location for e in rows]


def test_a_village_near_which_fighting_was_told_in_a_territory(pipeline):
    rows = _rows(pipeline, "Rebels and pro-government militiamen fought for hours near Bwalanda in "
                           "Rutshuru territory on Thursday, residents said.")
    assert rows and (rows[0].location, rows[0].geo_precision) == ("Rutshuru", 2)
