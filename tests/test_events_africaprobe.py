"""Conflict reporting from Africa outside the Sahel (branch africaprobe). Invented reports
written for these tests; the places and groups are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", PUBLISHED)


# --- one night's raids on several villages: their dead are the raid's toll (fatalities.cues)

def test_a_toll_of_overnight_raids_on_villages_is_the_raids_toll(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 19 farmers in overnight attacks on "
                                 "hamlets near Obi in Nasarawa state, a police spokesman said on Tuesday.\n",
                       PUBLISHED)
    assert e.fatalities == 19


def test_overnight_deaths_across_a_city_are_still_no_one_incidents_toll(pipeline):
    from conflictlens.events.fatalities.cues import tells_aggregate
    assert tells_aggregate("in shootings overnight across the city")
    assert not tells_aggregate("in overnight raids on hamlets near Obi")


# --- homes burnt by the same attackers in the next sentence: part of the attack (events.episodes)

def test_houses_burnt_by_the_attackers_after_a_killing_add_no_row(pipeline):
    rows = _rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 19 farmers in a raid on a hamlet near Obi "
                           "in Nasarawa state on Monday, a police spokesman said.\n\nThe raiders also "
                           "torched granaries and a church before they left, he added.")
    assert [(e.event_type, e.fatalities) for e in rows] == [("Violence against civilians", 19)]


def test_a_separate_burning_elsewhere_stays_its_own_row(pipeline):
    rows = _rows(pipeline, "LAFIA, Nigeria - Armed men shot dead 19 farmers in a raid on a hamlet near Obi "
                           "in Nasarawa state on Monday, a police spokesman said.\n\nIn an unrelated "
                           "incident, youths torched a police station in Keffi on Monday.")
    assert len(rows) == 2


def test_herders_named_first_stay_the_attacker_when_the_attackers_burn_homes(pipeline):
    [e] = violent_rows(pipeline, "LAFIA, Nigeria - Armed herders shot dead 19 farmers in a raid on a hamlet "
                                 "near Obi in Nasarawa state on Monday, a police spokesman said.\n\nThe "
                                 "attackers also torched granaries before they left, he added.\n", PUBLISHED)
    assert e.actor1 == "Unidentified Communal Militia (Nigeria)"


# --- a party told again by what it is is one side, no battle (actors.finder)

def test_gunmen_suspected_to_be_jihadists_are_one_side(pipeline):
    [e] = violent_rows(pipeline, "MAIDUGURI, Nigeria - The gunmen, suspected jihadists, stormed a market in "
                                 "Dikwa on Monday and opened fire on traders, killing six, residents said.\n",
                       PUBLISHED)
    assert (e.event_type, e.actor2) == ("Violence against civilians", "Civilians (Nigeria)")


def test_gunmen_thought_to_be_jihadists_are_one_side(pipeline):
    [e] = violent_rows(pipeline, "MAIDUGURI, Nigeria - The gunmen, thought to be jihadists, stormed a market "
                                 "in Dikwa on Monday and opened fire on traders, killing six, residents said.\n",
                       PUBLISHED)
    assert e.event_type == "Violence against civilians"


def test_a_description_naming_a_group_names_the_attacker(pipeline):
    [e] = violent_rows(pipeline, "MAIDUGURI, Nigeria - The gunmen, believed to be Boko Haram fighters, "
                                 "stormed a market in Dikwa on Monday and opened fire on traders, killing six, "
                                 "residents said.\n", PUBLISHED)
    assert e.event_type == "Violence against civilians"
    assert e.actor1.startswith("Boko Haram")
