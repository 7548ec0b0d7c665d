"""Political violence by or against law enforcement that was coded as nothing or as the wrong
type: a journalist found shot dead, a police operation that left people dead, a riot at a prison,
a shootout between police and drug traffickers, a bomb aimed at a police station. Invented
reports; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

DAY = date(2024, 5, 15)


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", DAY)


def test_journalist_found_shot_dead_is_an_attack(pipeline):
    rows = violent_rows(pipeline, "A newspaper journalist was found shot dead in Culiacan on Monday.\n", DAY)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Violence against civilians", "Attack")]
    assert rows[0].actor1 == "Unidentified Armed Group (Mexico)" and rows[0].fatalities == 1


def test_man_found_shot_dead_stays_no_event(pipeline):
    # no political victim, no armed actor: a common crime, as before
    assert violent_rows(pipeline, "A man was found shot dead in Culiacan on Monday.\n", DAY) == []


def test_police_operation_that_left_people_dead_is_violence(pipeline):
    rows = _rows(pipeline, "A police operation in the Rocinha favela of Rio de Janeiro left eight people "
                           "dead on Tuesday, officials said.")
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Violence against civilians", "Attack")]
    assert rows[0].actor1 == "Police Forces of Brazil" and rows[0].fatalities == 8


def test_operation_launched_stays_a_strategic_development(pipeline):
    rows = _rows(pipeline, "The army launched a military operation in Lower Shabelle on Monday.")
    assert [(e.event_type, e.sub_event_type) for e in rows] == [
        ("Strategic developments", "Change to group/activity")]


def test_riot_at_a_prison_is_mob_violence(pipeline):
    rows = _rows(pipeline, "A riot between rival gangs at the Litoral penitentiary in Guayaquil left 12 "
                           "inmates dead on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Riots", "Mob violence")]
    assert rows[0].actor1 == "Rioters (Ecuador)" and rows[0].fatalities == 12


def test_police_shootout_with_drug_traffickers_is_a_battle(pipeline):
    rows = _rows(pipeline, "Police killed seven suspected drug traffickers in a shootout in Rio de Janeiro "
                           "on Wednesday.")
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Battles", "Armed clash")]
    assert {rows[0].actor1, rows[0].actor2} == {"Police Forces of Brazil", "Unidentified Armed Group (Brazil)"}


def test_police_shootout_with_robbers_stays_crime(pipeline):
    assert _rows(pipeline, "Police shot dead two armed robbers in a shootout in Lagos on Wednesday.") == []


def test_bomb_aimed_at_a_police_station_has_the_police_as_target(pipeline):
    for text in ("A motorcycle bomb targeting a police station exploded in Bannu on Friday, killing three people.",
                 "A motorcycle bomb went off outside a police station in Kirkuk, wounding four civilians."):
        rows = [e for e in _rows(pipeline, text) if e.event_type == "Explosions/Remote violence"]
        assert rows and rows[0].actor1.startswith("Unidentified Armed Group"), text
        assert rows[0].actor2.startswith("Police Forces of"), text
