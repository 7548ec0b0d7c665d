"""Actors of invented reports whose words once misled the actor coding: a car maker's name
read as a Japanese town (and so Japan's forces), the police who only heard of a
kidnapping or look into a murder read as its doers."""
from __future__ import annotations

from datetime import date

import pytest
from event_helpers import coded

PUBLISHED = date(2024, 5, 15)


def test_a_car_makers_pick_up_names_no_japanese_town(pipeline):
    """"a Toyota pick-up truck" is a vehicle (the hyphenated vehicle word counts as "pickup"
    does): no seizure at Toyota, Japan, and no Japanese forces seizing it."""
    text = ("Police clashed with smugglers near a landing strip on Monday, killing two.\n\n"
            "Police seized three Nissan pick-up trucks, a Toyota pick-up truck and four rifles there.")
    rows = coded(pipeline, text, published=PUBLISHED)
    assert not [(e.actor1, e.location) for e in rows if e.country == "Japan" or "Japan" in (e.actor1 or "")]


def test_a_seizure_of_pick_ups_stays_with_the_dateline_country(pipeline):
    text = ("BAMAKO, May 14 -- Soldiers clashed with smugglers near a landing strip outside Gao on Monday.\n\n"
            "Police seized three Nissan pick-up trucks, a Toyota pick-up truck and four rifles there.")
    seized = [e for e in coded(pipeline, text, published=PUBLISHED)
              if e.sub_event_type == "Disrupted weapons use"]
    assert seized and all(e.country == "Mali" and e.actor1.startswith("Police Forces of Mali") for e in seized), \
        [(e.actor1, e.location, e.country) for e in seized]


# --- the police who hear of an event or look into it are no party to it (actors.finder,
# data/actors/informant_verbs.tsv)

def _one_violent(pipeline, text):
    rows = [e for e in coded(pipeline, text, published=PUBLISHED)
            if e.event_type in ("Violence against civilians", "Battles", "Explosions/Remote violence")]
    assert len(rows) == 1, [(e.event_type, e.actor1, e.actor2) for e in rows]
    return rows[0]


@pytest.mark.parametrize("text", [
    "Police in Quito received a report of the kidnapping of a rancher near Ibarra on Monday.",
    "The police said they had received reports that a cattle farmer was kidnapped near Ibarra on Monday.",
])
def test_police_told_of_a_kidnapping_are_not_its_kidnappers(pipeline, text):
    e = _one_violent(pipeline, text)
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.actor1.startswith("Unidentified Armed Group (Ecuador)"), e.actor1
    assert e.actor2 == "Civilians (Ecuador)" and e.location == "Ibarra"


def test_police_investigating_a_murder_are_not_its_killers(pipeline):
    e = _one_violent(pipeline, "Police are investigating the murder of a defence lawyer in Culiacan on Monday.")
    assert (e.sub_event_type, e.actor2, e.location, e.fatalities) == ("Attack", "Civilians (Mexico)", "Culiacan", 1)
    assert e.event_date == date(2024, 5, 13)
    assert not e.actor1.startswith("Police"), e.actor1


def test_the_target_of_a_car_bomb_attack_is_actor2(pipeline):
    """"a car bomb attack against a police station": the weapon's word is a compound of the
    attack noun, whose "against" names the target (events.mentions.target_actor_mentions); the
    police are hit, not the bombers."""
    rows = [e for e in coded(pipeline, "BOGOTA, May 14 -- A car bomb attack against a police station in the "
                                       "south of the city killed four people today.", published=PUBLISHED)
            if e.event_type == "Explosions/Remote violence"]
    assert len(rows) == 1, rows
    e = rows[0]
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1 == "Unidentified Armed Group (Colombia)", e.actor1
    assert e.actor2.startswith("Police Forces of Colombia"), e.actor2
    assert (e.location, e.event_date, e.fatalities) == ("Bogota", date(2024, 5, 14), 4)


def test_a_prosecutor_killed_by_a_bomb_is_a_civilian_victim(pipeline):
    """A prosecutor, an attorney general, a minister or a diplomat killed is a civilian target
    (data/actors/generic.tsv), as a judge or a mayor is: actor2 Civilians, not left empty."""
    rows = [e for e in coded(pipeline, "A bomb attack killed Attorney General Rosa Vela in Cuenca on Tuesday.",
                             published=PUBLISHED) if e.event_type == "Explosions/Remote violence"]
    assert len(rows) == 1, rows
    e = rows[0]
    assert e.actor1 == "Unidentified Armed Group (Ecuador)" and e.actor2 == "Civilians (Ecuador)", (e.actor1, e.actor2)
    assert (e.location, e.event_date, e.fatalities) == ("Cuenca", date(2024, 5, 14), 1)
