"""Who the parties of a killing are: a member noun told with a group's name is that group, not a
second armed side ("the guerrilla organization Shining Path killed X" is no battle); whom a
verb of blame names did the killing, it was not aimed at them; a word on the trigger ("a
terrorist attack") names the doer, not the target; "murdered" tells a death. Invented reports."""
from __future__ import annotations

import pytest

from event_helpers import only_violent_event as _violent


@pytest.mark.parametrize("text", [
    "LIMA, 12 MAY 89 (EFE) -- [TEXT] A PROVINCIAL WEEKLY WROTE THAT GUERRILLA ORGANIZATION "
    "SHINING PATH SHOT DEAD AGRONOMIST TOMAS VELARDE IN HUANTA ON TUESDAY.",
])
def test_a_member_noun_with_the_group_name_is_one_side(pipeline, text):
    e = _violent(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.inter2 == 7 and not e.actor1.startswith("Unidentified")


def test_who_is_blamed_for_a_murder_did_it(pipeline):
    e = _violent(pipeline, "LIMA, 8 JUL 89 (EFE) -- [TEXT] THE DEFENSE MINISTER TODAY BLAMED "
                           "SHINING PATH [SENDERO LUMINOSO] GUERRILLAS FOR THE MURDER OF ECONOMIST RENE "
                           "ALFARO IN HUANTA.")
    assert e.event_type == "Violence against civilians", e.explanation
    assert e.actor1 == "Shining Path" and e.inter2 == 7


def test_the_word_on_the_trigger_names_the_doer(pipeline):
    e = _violent(pipeline, "LIMA, 9 MAY 89 (EFE) -- [TEXT] COUNCILMAN JULIO RAMOS DIED IN HUANCAYO TODAY. "
                           "THE COUNCILMAN HAD BEEN THE TARGET OF A TERRORIST ATTACK OUTSIDE HIS BAKERY.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.inter2 == 7


def test_people_murdered_by_one_group_are_attacked_civilians(pipeline):
    e = _violent(pipeline, "LA PAZ, 26 MAY 89 (EFE) -- [TEXT] ON 24 MAY TWO AGRONOMISTS WERE "
                           "MURDERED BY THE SHINING PATH IN DOWNTOWN LA PAZ.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.explanation
    assert e.fatalities == 2
