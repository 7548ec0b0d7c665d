"""Actors of invented reports whose words once misled the actor coding: a car maker's name
read as a Japanese town (and so Japan's forces)."""
from __future__ import annotations

from datetime import date

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
