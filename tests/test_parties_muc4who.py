"""Who the parties of an attack are: the state's forces of one country told twice ("the army ...
its soldiers") are one side, so reporters they shot are attacked civilians, not a battle; people
told only as "people" or "a person" killed or hurt by a bomb are its civilian target. Invented
reports and names."""
from __future__ import annotations

import pytest

from event_helpers import only_violent_event as _violent


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 14 APR 89 (ACAN) -- [TEXT] THE SALVADORAN ARMY TODAY ADMITTED THAT TWO "
    "PHOTOGRAPHERS WHO WERE SHOT BY SOLDIERS IN SENSUNTEPEQUE ON MONDAY DIED OF THEIR WOUNDS.",
    "TEGUCIGALPA, 3 MAR 89 (RADIO AMERICA) -- [TEXT] THE HONDURAN ARMY HAS TAKEN THE BLAME FOR THE "
    "DEATH OF TWO FARM WORKERS WHO WERE KILLED BY TROOPS NEAR DANLI YESTERDAY.",
])
def test_the_army_and_its_soldiers_are_one_side(pipeline, text):
    e = _violent(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.inter1 == 1 and e.inter2 == 7
    # (the army and a rebel group are still two sides)
    e = _violent(pipeline, "SAN SALVADOR, 14 APR 89 (ACAN) -- [TEXT] ARMY SOLDIERS AND FMLN REBELS "
                           "CLASHED NEAR SENSUNTEPEQUE TODAY, LEAVING THREE DEAD.")
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 2 FEB 90 (RADIO CADENA) -- [TEXT] A BOMB THAT WENT OFF IN A CAFETERIA IN SAN "
    "MIGUEL TONIGHT KILLED ONE PERSON, THE FIREMEN REPORTED.",
    "LIMA, 9 JUN 89 (EFE) -- [TEXT] A CAR BOMB EXPLODED OUTSIDE A CINEMA IN MIRAFLORES LAST NIGHT, "
    "AND TWELVE PEOPLE WERE INJURED, THE POLICE REPORTED.",
])
def test_people_hurt_by_a_bomb_are_its_civilian_target(pipeline, text):
    e = _violent(pipeline, text)
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor2.startswith("Civilians") and e.inter2 == 7
    # (people who only tell of a bomb are not its target)
    e = _violent(pipeline, "LIMA, 9 JUN 89 (EFE) -- [TEXT] A BOMB DAMAGED AN ELECTRICITY PYLON NEAR "
                           "CHOSICA LAST NIGHT, PEOPLE LIVING NEARBY SAID.")
    assert e.event_type == "Explosions/Remote violence"
    assert not e.actor2


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 13 APR 89 (RADIO) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE RESIDENCE OF "
    "ERNESTO QUIJANDRIA IN SANTA TECLA, CAUSING DAMAGE BUT NO CASUALTIES.",
    "SAN SALVADOR, 13 APR 89 (RADIO) -- [TEXT] A BOMB DAMAGED MARTA QUINTANILLA'S HOUSE IN SANTA "
    "TECLA LAST NIGHT.",
])
def test_a_bomb_at_a_civilians_home_targets_civilians(pipeline, text):
    e = _violent(pipeline, text)
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor2.startswith("Civilians") and e.inter2 == 7
    # (a bomb at an army post is no attack on a civilian's property)
    e = _violent(pipeline, "SAN SALVADOR, 13 APR 89 (RADIO) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE "
                           "HEADQUARTERS OF THE NATIONAL POLICE IN SANTA TECLA, CAUSING DAMAGE.")
    assert not (e.actor2 or "").startswith("Civilians")


@pytest.mark.parametrize("text", [
    "LIMA, 20 AUG 89 (EFE) -- [TEXT] A HOMEMADE BOMB WENT OFF ON AN INTERCITY BUS IN HUACHO THIS "
    "MORNING, SHATTERING ITS WINDOWS.",
    "SAN SALVADOR, 20 AUG 89 (ACAN) -- [TEXT] LAST NIGHT A CAR BOMB WAS DETONATED AT A RESTAURANT "
    "NEAR THE PLAZA OF ZACATECOLUCA.",
])
def test_a_bomb_at_a_civilian_place_targets_civilians(pipeline, text):
    e = _violent(pipeline, text)
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor2.startswith("Civilians") and e.inter2 == 7


def test_a_party_named_around_the_trigger_is_not_its_target(pipeline):
    e = _violent(pipeline, "BOGOTA, 6 MAR 89 (EFE) -- [TEXT] THE ARCHBISHOP TODAY VOICED DEEP DOUBTS ABOUT "
                           "THE ARMY'S ROLE IN THE MURDER OF COUNCILMAN TOBIAS LEGUIZAMO IN NEIVA YESTERDAY.")
    assert e.event_type == "Violence against civilians"
    assert e.inter2 == 7 and e.actor1.startswith("Military Forces of Colombia")
