"""Territory changing hands (branch territoryprobe): captures after a fight, recaptures, and places left
or handed over without one. Invented reports written for these tests; the places and groups are real."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _rows(pipeline, text):
    return coded(pipeline, text + "\n", PUBLISHED)


def _row(pipeline, text):
    rows = _rows(pipeline, text)
    assert len(rows) == 1, [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in rows]
    return rows[0]


# --- the side a place was taken from, told in the fight's own clause (events.mentions.capture_fight_tokens)

def test_the_army_fought_in_an_after_clause_is_the_side_that_lost_the_town(pipeline):
    e = _row(pipeline, "Rebels of the M23 movement took the town of Rutshuru on Thursday following hours "
                       "of fighting against the Congolese army.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert e.actor1 == "M23: March 23 Movement"
    assert e.actor2.startswith("Military Forces of the Democratic Republic of Congo")
    assert (e.location, e.event_date) == ("Rutshuru", date(2024, 5, 9))


def test_the_group_clashed_with_before_a_recapture_is_the_loser(pipeline):
    e = _row(pipeline, "Malian soldiers recaptured Menaka on Tuesday after two days of clashes with Islamic "
                       "State Sahel fighters, an army statement said.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Government regains territory")
    assert e.actor1.startswith("Military Forces of Mali")
    assert e.actor2 == "Islamic State (Sahel)"
    assert e.event_date == date(2024, 5, 14)
    # (the opponent of the fight's clause does not push the state that took the place out of actor1, even
    # with more fighters told dying in the next sentence)
    e = _row(pipeline, "Syrian government forces recaptured Saraqib on Sunday after a week-long offensive "
                       "against rebels. At least 30 fighters were killed in the fighting.")
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1.startswith("Military Forces of Syria")
    assert e.actor2.startswith("Unidentified Armed Group (Syria)")


def test_federal_forces_fought_before_a_capture_are_the_state(pipeline):
    e = _row(pipeline, "Fano fighters took over Weldiya on Monday after a gunfight with federal forces.")
    assert (e.sub_event_type, e.actor1) == ("Non-state actor overtakes territory", "Fano Militia")
    assert e.actor2.startswith("Military Forces of Ethiopia")


def test_junta_forces_are_the_state_army(pipeline):
    e = _row(pipeline, "Lashio fell to the Myanmar National Democratic Alliance Army on Monday after a "
                       "month of combat with junta forces.")
    assert e.actor1 == "MNDAA: Myanmar National Democratic Alliance Army"
    assert e.actor2.startswith("Military Forces of Myanmar")


def test_resistance_forces_of_a_country_are_no_state_army(pipeline):
    e = _row(pipeline, "Myanmar resistance forces overran a junta outpost near Kalewa on Friday after a "
                       "long battle.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert e.actor1.startswith("Unidentified Armed Group (Myanmar)")
    assert e.actor2.startswith("Military Forces of Myanmar")


# --- a capture that ended the fight: one row of the capture's sub-type (events.background)

def test_a_capture_told_after_before_is_the_fights_outcome(pipeline):
    e = _row(pipeline, "Ukrainian troops battled Russian soldiers near Krynky on Monday before recapturing "
                       "the village.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Government regains territory")
    assert e.actor1.startswith("Military Forces of Ukraine")
    assert e.actor2.startswith("Military Forces of Russia")


def test_a_rebel_capture_after_fighting_in_one_sentence_is_one_overtake_row(pipeline):
    e = _row(pipeline, "M23 rebels fought government soldiers in Rutshuru on Thursday before seizing the town.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert e.actor1 == "M23: March 23 Movement"
    assert e.actor2.startswith("Military Forces of the Democratic Republic of Congo")


# --- a place left or handed over without a fight: the side taking control is actor1 (rows._transfer_actors)

def test_troops_moving_in_after_a_withdrawal_take_the_town(pipeline):
    e = _row(pipeline, "Al-Shabaab militants pulled out of Cadale on Sunday, and Somali soldiers entered "
                       "the town without resistance.")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert e.actor1.startswith("Military Forces of Somalia")
    assert e.actor2 == "Al Shabaab"
    assert (e.location, e.event_date) == ("Cadale", date(2024, 5, 12))


def test_the_receiver_of_a_handover_takes_control(pipeline):
    e = _row(pipeline, "The Kurdish-led SDF handed Manbij over to Syrian government troops on Monday under "
                       "an agreement.")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert e.actor1.startswith("Military Forces of Syria")
    assert e.actor2 == "QSD: Syrian Democratic Forces"


def test_peacekeepers_handing_a_town_to_the_police(pipeline):
    e = _row(pipeline, "UN peacekeepers handed control of Bambari over to the Central African police on "
                       "Tuesday.")
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor1.startswith("Police Forces of the Central African Republic")
    assert e.actor2 == "UN Peacekeepers"


def test_a_group_taking_a_town_the_soldiers_left_is_actor1(pipeline):
    e = _row(pipeline, "Al-Shabaab took control of Cadale on Monday after Ethiopian soldiers withdrew from "
                       "their base there.")
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor1 == "Al Shabaab"
    assert e.actor2.startswith("Military Forces of Ethiopia")
    # (a withdrawal with no taker named keeps the side that left as actor1)
    e = _row(pipeline, "Al-Shabaab fighters withdrew from Cadale on Sunday without a fight.")
    assert (e.sub_event_type, e.actor1) == ("Non-violent transfer of territory", "Al Shabaab")


# --- troops moving in "without firing a shot": no shooting told, a transfer (events.factuality, cues.toml)

def test_moving_in_without_firing_a_shot_is_a_transfer_not_a_clash(pipeline):
    e = _row(pipeline, "Malian soldiers moved into the town of Menaka on Monday without firing a single shot.")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert e.actor1.startswith("Military Forces of Mali")
    assert (e.location, e.event_date) == ("Menaka", date(2024, 5, 13))
