"""One battle told over several sentences (branch battlesides): vigilantes who die in a gunfight are
its dead, no mob; a village the gazetteer does not know, told only with its country, is placed near the
town its paragraph names. Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", date(2024, 5, 15))


def test_vigilantes_dying_in_the_gunfight_are_the_battles_dead(pipeline):
    rows = _rows(pipeline, "Civilian JTF members beat back an ISWAP raid on Dikwa on Monday night. Four vigilantes "
                           "died in the gunfight, a resident said.")
    assert [e.event_type for e in rows] == ["Battles"]
    assert rows[0].fatalities == 4


def test_vigilantes_dying_after_a_battle_paragraph_join_it(pipeline):
    rows = _rows(pipeline, "ISWAP fighters clashed with troops in Dikwa on Tuesday. The insurgents were pushed "
                           "back after two hours. Three vigilantes perished in the gunfight.")
    assert [e.event_type for e in rows] == ["Battles"]
    assert rows[0].fatalities == 3


def test_vigilantes_who_lynch_are_still_a_mob(pipeline):
    [e] = _rows(pipeline, "Vigilantes lynched a suspected thief in Onitsha on Monday.")
    assert e.sub_event_type == "Mob violence"


def test_an_unknown_village_told_with_its_country_takes_the_town_named_after(pipeline):
    [e] = _rows(pipeline, "Suspected jihadists attacked the village of Kourfa in northern Burkina Faso on Sunday. "
                          "At least 14 people were killed, a local official in Djibo said.")
    assert e.location == "Djibo" and e.geo_precision == 2
    assert e.fatalities == 14


def test_a_country_alone_with_no_unknown_village_stays_unplaced(pipeline):
    rows = _rows(pipeline, "Suspected jihadists killed 14 people in northern Burkina Faso on Sunday. "
                           "A local official in Djibo gave the toll.")
    assert all(e.location != "Djibo" for e in rows)


def test_an_unknown_village_named_by_apposition_takes_the_town_named_after(pipeline):
    [e] = _rows(pipeline, "Armed men shot dead 9 herders on Sunday near Tiabongou, a remote hamlet in northern "
                          "Burkina Faso. A councillor in Djibo confirmed the deaths.")
    assert e.location == "Djibo" and e.geo_precision == 2
