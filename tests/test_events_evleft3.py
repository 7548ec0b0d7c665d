"""Known event-coding gaps (branch evleft3), each with variants so the rule is general. Invented reports.

1. A town name the model tags an organisation, led in by "near", "in" or "from", with no country
   said: the town by far the largest of that name ("near X": precision 2).
2. The dead a colon lists by name after a death phrase ("the following guards died ...: A and B").
3. A place left on one day and entered by the other side on the next: one transfer, on the day
   of the move-in, the side moving in actor1.
4. A foreign army taking a place, no opponent named: the host state's forces where the two states
   fight over ground (data/events/state_fronts.tsv), else no second side.
5. A claim told after a bombing, in the pluperfect: the toll stays, the claimant is actor1.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded, only_violent_event

ON = date(2024, 5, 15)


# 1. a lone town tagged an organisation -----------------------------------------------------------

@pytest.mark.parametrize("text, town, country, precision", [
    ("Three soldiers died in fighting with jihadists near Djibo on Monday.", "Djibo", "Burkina Faso", 2),
    ("Two soldiers died in fighting with jihadists near Tenkodogo on Monday.", "Tenkodogo", "Burkina Faso", 2),
    ("Gunmen killed four policemen near Tenkodogo on Monday.", "Tenkodogo", "Burkina Faso", 2),
    ("Two soldiers died in fighting with jihadists in Tenkodogo on Monday.", "Tenkodogo", "Burkina Faso", 1),
])
def test_lone_town_tagged_an_organisation_after_a_place_word(pipeline, text, town, country, precision):
    e = only_violent_event(pipeline, text, ON)
    assert (e.location, e.country, e.geo_precision) == (town, country, precision)


def test_town_a_withdrawal_leaves_tagged_an_organisation(pipeline):
    [e] = coded(pipeline, "Government forces withdrew from Djibo on Monday.", ON)
    assert (e.sub_event_type, e.location, e.country) == ("Non-violent transfer of territory", "Djibo",
                                                         "Burkina Faso")


# 2. names a colon lists after a death phrase ---------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("The following police officers died in combat in Tumaco, Colombia: Juan Perez and Carlos Ruiz.", 2),
    ("Fighting broke out with rebels in Tumaco, Colombia on Monday. The following officers died in "
     "combat: Juan Perez and Carlos Ruiz.", 2),
    ("Soldiers clashed with gunmen in Maiduguri, Nigeria on Sunday. The following soldiers were killed in "
     "the fighting: Musa Bello, Ibrahim Sani and Yusuf Adamu.", 3),
    ("Militants attacked an army post near Bannu, Pakistan on Sunday. The following soldiers were killed in "
     "combat: Asif Khan, Imran Ali and Tariq Shah.", 3),
])
def test_names_listed_after_a_colon_are_the_dead(pipeline, text, killed):
    assert only_violent_event(pipeline, text, ON).fatalities == killed


def test_dying_in_combat_is_a_clash(pipeline):
    e = only_violent_event(pipeline, "Two policemen died in combat with rebels in Tumaco, Colombia on Monday.", ON)
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Battles", "Armed clash", 2)


# 3. withdrawal then move-in ------------------------------------------------------------------------

@pytest.mark.parametrize("text, taker, giver, day", [
    ("Government forces withdrew from Bakhmut on Monday. Russian forces moved into the town on Tuesday.",
     "Military Forces of Russia", "Military Forces of Ukraine", date(2024, 5, 14)),
    ("Ukrainian forces withdrew from Vuhledar on Monday. Russian forces entered the town on Tuesday.",
     "Military Forces of Russia", "Military Forces of Ukraine", date(2024, 5, 14)),
    ("Government troops pulled out of Baidoa, Somalia on Friday. Al-Shabaab fighters entered the town on "
     "Saturday.", "Al Shabaab", "Military Forces of Somalia", date(2024, 5, 11)),
])
def test_place_left_then_entered_is_one_transfer_on_the_move_in_day(pipeline, text, taker, giver, day):
    rows = [e for e in coded(pipeline, text, ON) if e.sub_event_type == "Non-violent transfer of territory"]
    assert len(rows) == 1, [(e.event_date, e.actor1) for e in rows]
    assert rows[0].actor1.startswith(taker) and rows[0].actor2.startswith(giver)
    assert rows[0].event_date == day
    assert rows[0].evidence.text == text.split(". ")[1]  # (the move-in tells the row)

    # (a withdrawal told alone stays the leavers', on its own day)
    [e] = coded(pipeline, text.split(". ")[0] + ".", ON)
    assert e.actor1.startswith(giver) and e.event_date < day


@pytest.mark.parametrize("text", [
    "Rebel negotiators withdrew from the talks in Geneva on Monday. Government troops entered the town of "
    "Goma, Congo on Tuesday.",
    "The party withdrew from the coalition on Monday. Police entered the town of Beni, Congo on Tuesday.",
])
def test_leaving_talks_or_a_coalition_is_no_ground_left(pipeline, text):
    # (what the sentence before leaves is no place and no armed party leaves it: no transfer)
    assert not [e for e in coded(pipeline, text, ON) if e.sub_event_type == "Non-violent transfer of territory"]


# 4. a foreign army's capture with no opponent named ---------------------------------------------

@pytest.mark.parametrize("text, holder", [
    ("Russian forces captured the town of Vuhledar on Friday, the defence ministry said.",
     "Military Forces of Ukraine"),
    ("Russian forces captured the village of Robotyne in Zaporizhzhia region on Friday.",
     "Military Forces of Ukraine"),
    ("Ukrainian troops seized the village of Sudzha in Russia's Kursk region on Tuesday.",
     "Military Forces of Russia"),
    ("Azerbaijani troops seized the village of Jermuk in Armenia on Sunday.", "Military Forces of Armenia"),
])
def test_capture_by_a_state_at_war_over_the_ground_is_from_the_host_state(pipeline, text, holder):
    e = only_violent_event(pipeline, text, ON)
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor2.startswith(holder)


def test_capture_by_a_foreign_army_elsewhere_has_no_second_side(pipeline):
    e = only_violent_event(pipeline, "Turkish forces captured the village of Tal Tamr in Syria on Monday.", ON)
    assert e.actor1.startswith("Military Forces of Turkey") and not e.actor2

    # (an opponent the report tells keeps its side)
    e = only_violent_event(pipeline, "Turkish forces captured the village of Tal Tamr in Syria from militants "
                                     "on Monday.", ON)
    assert e.actor2 == "Unidentified Armed Group (Syria)"


# 5. a pluperfect claim ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, group, killed", [
    ("Four soldiers died as a bomb went off in Helmand, Afghanistan on Friday. The Taliban had "
     "claimed the attack on Saturday.", "Taliban", 4),
    ("Four policemen died as a bomb went off in Mogadishu, Somalia on Friday. Al-Shabaab had "
     "claimed the attack.", "Al Shabaab", 4),
    ("Three soldiers died when a landmine blew up near Gao, Mali on Friday. JNIM had claimed the "
     "attack on Saturday.", "JNIM", 3),
])
def test_claim_of_a_bombing_whose_victims_alone_are_told(pipeline, text, group, killed):
    e = only_violent_event(pipeline, text, date(2019, 5, 15))
    assert e.actor1.startswith(group) and e.actor2.startswith(("Military Forces", "Police Forces"))
    assert e.fatalities == killed

