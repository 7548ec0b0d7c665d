"""Unnamed armed parties of African conflict reporting (branch africaprobe): "fighters",
"separatists", "kidnappers", "armed youths". Invented reports; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

PUBLISHED = date(2024, 6, 12)


def test_separatist_fighters_who_ambushed_soldiers_are_the_first_side(pipeline):
    [e] = violent_rows(pipeline, "KUMBA, Cameroon - Separatist fighters shot dead three soldiers in an ambush "
                                 "outside Kumba on Monday, an army officer said.\n", PUBLISHED)
    assert e.event_type == "Battles"
    # (ACLED names Cameroon's Anglophone separatists Ambazonian Separatists even when no faction is
    # named: data/actors/local_groups.tsv, branch mendwar)
    assert e.actor1 == "Ambazonian Separatists"
    assert e.actor2.startswith("Military Forces of Cameroon")


def test_fighters_stand_for_the_group_named_before(pipeline):
    [e] = violent_rows(pipeline, "BENI, DR Congo - The ADF raided a farm near Oicha on Monday. The fighters "
                                 "hacked seven farm workers to death, a local official said.\n", PUBLISHED)
    assert e.actor1 == "Islamic State (Central Africa)"


def test_armed_youths_who_raid_a_cattle_camp_are_a_communal_militia(pipeline):
    [e] = violent_rows(pipeline, "BOR, South Sudan - Armed youths raided a cattle camp outside Bor on Sunday, "
                                 "killing 14 herders, a county commissioner said.\n", PUBLISHED)
    assert (e.event_type, e.actor1) == ("Violence against civilians", "Unidentified Communal Militia (South Sudan)")
    assert e.inter1 == 4


def test_kidnappers_are_an_armed_group(pipeline):
    [e] = violent_rows(pipeline, "KADUNA, Nigeria - Kidnappers seized 30 travellers from a bus on the highway "
                                 "near Birnin Gwari on Monday, police said.\n", PUBLISHED)
    assert e.actor1 == "Unidentified Armed Group (Nigeria)"
