"""Who is on which side of a battle (branch battlesides): armed parties listed together in one phrase
are one side, its first the state's forces when they are there; a member noun beside a group listed
with the state's forces is the other side; an armed party named in a clause describing the victims is
no side. Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _only(pipeline, text):
    [e] = violent_rows(pipeline, text + "\n", date(2024, 5, 15))
    return e


def test_soldiers_and_auxiliaries_ambushed_together_are_one_side(pipeline):
    e = _only(pipeline, "Gunmen ambushed a supply column of soldiers and VDP volunteers on the road out of "
                        "Djibo on Monday, killing 12, security sources said.")
    assert e.event_type == "Battles"
    assert {e.actor1, e.actor2} == {"Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"}
    assert "VDP" in e.assoc_actor_1 + e.assoc_actor_2


def test_auxiliaries_listed_first_still_fight_beside_the_army(pipeline):
    e = _only(pipeline, "A patrol of VDP volunteers and soldiers was ambushed by militants outside Djibo on "
                        "Monday, killing 12, a local source said.")
    assert {e.actor1, e.actor2} == {"Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"}


def test_allied_rebel_groups_listed_together_are_one_side(pipeline):
    e = _only(pipeline, "TNLA, MNDAA fighters storm army outposts in Lashio on Thursday.")
    assert e.event_type == "Battles"
    assert "Military Forces of Myanmar (2021-)" in (e.actor1, e.actor2)
    assert "MNDAA" in e.assoc_actor_1 + e.assoc_actor_2


def test_the_two_sides_of_a_clash_listed_together_stay_opponents(pipeline):
    e = _only(pipeline, "Fighting between TNLA and MNDAA fighters broke out in Lashio on Thursday.")
    assert {e.actor1, e.actor2} == {"TNLA: Ta'ang National Liberation Army",
                                    "MNDAA: Myanmar National Democratic Alliance Army"}


def test_the_army_in_a_clause_describing_the_victims_is_no_side(pipeline):
    e = _only(pipeline, "Jihadists stormed Kaya, Burkina Faso, on Saturday and shot dead 40 civilians who had "
                        "been digging trenches alongside soldiers.")
    assert e.event_type == "Violence against civilians"
    assert e.actor1 == "Unidentified Armed Group (Burkina Faso)"
