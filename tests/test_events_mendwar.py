"""Event-coding gaps of invented reports: two incidents in one report, exchanges of fire between
armies, a coordinated 'backed by' clause, and groups a country's reports name by a common word."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import coded, only_violent_event, violent_rows

PUB = date(2024, 5, 15)


def test_separatist_fighters_in_cameroon_are_ambazonian(pipeline):
    # ACLED names the Anglophone movement even when no faction is named
    e = only_violent_event(pipeline, "Separatist fighters shot dead a headmaster in Buea on Sunday.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 == "Ambazonian Separatists"
    assert e.actor2 == "Civilians (Cameroon)"
    # the rule is Cameroon's: separatists elsewhere stay unidentified
    e = only_violent_event(pipeline, "Separatist fighters stormed a police post in Quetta on Monday, "
                                     "killing two policemen.", PUB)
    assert "Ambazonian Separatists" not in (e.actor1, e.actor2)


def test_unidentified_secessionists_in_cameroon_are_ambazonian(pipeline):
    e = only_violent_event(pipeline, "Armed secessionists ambushed an army patrol near Kumbo on Saturday, "
                                     "killing three soldiers.", PUB)
    assert e.event_type == "Battles"
    assert "Ambazonian Separatists" in (e.actor1, e.actor2)
    assert e.fatalities == 3


@pytest.mark.parametrize("text, killed", [
    # the model reads "fought" as a participle describing "jihadists" behind the aside
    ("Soldiers, backed by vigilantes, fought jihadists near Kaya on Sunday.", 0),
    # "repelled" read so too, with no commas; the backers are no side of their own
    ("Soldiers backed by vigilantes repelled jihadists near Kaya on Sunday, killing nine.", 9),
])
def test_verb_after_a_backed_by_aside_keeps_both_sides(pipeline, text, killed):
    e = only_violent_event(pipeline, text, PUB)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1.startswith("Military Forces of Burkina Faso")
    assert e.assoc_actor_1.startswith("Vigilante Militia (Burkina Faso)")
    assert e.actor2.startswith("Unidentified Armed Group (Burkina Faso)")
    assert (e.location, e.geo_precision, e.fatalities, e.event_date) == ("Kaya", 2, killed, date(2024, 5, 12))


def test_backing_police_stay_on_the_armys_side(pipeline):
    # the side that acted leads; its ally goes with it into assoc_actor_1
    e = only_violent_event(pipeline, "Troops, backed by police, fought Boko Haram fighters outside Bama on "
                                     "Saturday.", PUB)
    assert e.actor1.startswith("Military Forces of Nigeria")
    assert e.assoc_actor_1.startswith("Police Forces of Nigeria")
    assert e.actor2.startswith("Boko Haram")
    assert e.assoc_actor_2 == ""


def test_incident_a_day_before_the_news_is_its_own_event(pipeline):
    # the assault in the clause of time is Monday's event with its own toll; the strike is Tuesday's
    rows = violent_rows(pipeline, "Government warplanes pounded Saraqib on Tuesday, a day after HTS fighters "
                                  "overran army posts near the town, killing 12 soldiers.", PUB)
    by_type = {e.event_type: e for e in rows}
    assert len(rows) == 2, [(e.event_type, e.event_date) for e in rows]
    strike, assault = by_type["Explosions/Remote violence"], by_type["Battles"]
    assert (strike.sub_event_type, strike.event_date, strike.fatalities) == ("Air/drone strike", date(2024, 5, 14), 0)
    assert strike.actor1.startswith("Military Forces of Syria")
    assert assault.event_date == date(2024, 5, 13)
    assert assault.fatalities == 12
    assert {assault.actor1, assault.actor2} >= {"HTS: Hayat Tahrir al-Sham"}
    assert assault.location == "Saraqib"


def test_ambush_days_before_shelling_is_coded_on_its_day(pipeline):
    rows = violent_rows(pipeline, "Troops shelled rebel positions near Kidal on Friday, two days after the "
                                  "rebels killed four soldiers in an ambush outside the town.", PUB)
    assert sorted((e.event_type, e.event_date, e.fatalities) for e in rows) == [
        ("Battles", date(2024, 5, 8), 4), ("Explosions/Remote violence", date(2024, 5, 10), 0)]


def test_two_countries_troops_with_one_noun_are_both_sides(pipeline):
    e = only_violent_event(pipeline, "Armenian and Azerbaijani soldiers traded fire near Tegh on Thursday.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert {e.actor1, e.actor2} == {"Military Forces of Armenia", "Military Forces of Azerbaijan"}
    assert e.event_date == date(2024, 5, 9)


def test_posts_named_by_country_stand_for_its_army(pipeline):
    # fire on another state's posts, answered: an exchange between two armed forces is a battle
    e = only_violent_event(pipeline, "Indian troops fired at Pakistani posts in Kupwara on Monday, and the "
                                     "Pakistani side retaliated.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1.startswith("Military Forces of India")
    assert e.actor2.startswith("Military Forces of Pakistan")
    assert e.inter2 == 8


def test_second_days_clash_keeps_its_own_day_and_toll(pipeline):
    # the first incident's sentence names no place it can be coded at; lent the second sentence's town,
    # it is still its own event: each day keeps its own dead (not 8 spread evenly over both days)
    rows = violent_rows(pipeline, "Rebels attacked a remote hamlet on Monday, killing three soldiers. On "
                                  "Wednesday, troops fought the rebels in Macomia, killing five rebels.", PUB)
    assert sorted((e.event_date, e.fatalities) for e in rows) == [(date(2024, 5, 13), 3), (date(2024, 5, 15), 5)]
    assert all((e.event_type, e.sub_event_type) == ("Battles", "Armed clash") for e in rows)
    wednesday = max(rows, key=lambda e: e.event_date)
    assert wednesday.evidence.text.startswith("On Wednesday")


def test_drones_shot_down_are_the_launchers_disrupted_strike(violence_pipeline):
    # spec §2.4: drones shot down are Disrupted weapons use; the launcher is actor1, the defender actor2,
    # and "shot down" is no shooting of people (no Other violence row beside it)
    rows = coded(violence_pipeline, "Ukrainian air defences shot down 14 Russian drones over Sumy region "
                                    "overnight, the air force said.", PUB)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Strategic developments", "Disrupted weapons use")]
    assert rows[0].actor1.startswith("Military Forces of Russia")
    assert rows[0].inter1 == 8
    assert rows[0].actor2.startswith("Military Forces of Ukraine")
