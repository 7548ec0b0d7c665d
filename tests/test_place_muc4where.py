"""Neighbourhoods in wire copy (muc4where): a name a neighbourhood's word follows is a
district of the report's town, even where its namesake towns lie abroad or the model took
it for a body, and a report means one place by that name all through."""
from __future__ import annotations

from conflictlens.model import Report


def _locations(pipeline, text):
    return {e.location for e in pipeline.process(Report(id="t", text=text))}


def test_neighbourhood_named_like_a_town_abroad_is_a_district_of_the_dateline_town(pipeline):
    text = ("GUATEMALA CITY, 4 FEB 1991 - MASKED GUNMEN SHOT DEAD A TAXI DRIVER LATE ON SUNDAY\n"
            "OUTSIDE HIS GARAGE IN THE OSORNO NEIGHBORHOOD.")
    assert _locations(pipeline, text) == {"Guatemala City - Osorno"}


def test_neighbourhood_before_a_comma_and_its_town_is_that_towns_district(pipeline):
    text = ("BOGOTA, 4 FEB 1991 - MASKED GUNMEN SHOT DEAD A TAXI DRIVER LATE ON SUNDAY\n"
            "OUTSIDE HIS GARAGE IN THE PALERMO NEIGHBORHOOD, MEDELLIN.")
    assert _locations(pipeline, text) == {"Medellin - Palermo"}


def test_bare_mention_of_a_district_is_the_district(pipeline):
    text = ("BOGOTA, 4 FEB 1991 - A SNIPER SHOT DEAD TWO TRAFFIC POLICEMEN LATE ON SUNDAY IN THE\n"
            "PALERMO NEIGHBORHOOD, MEDELLIN.\n\n"
            "   A PATROL CHASING THE SNIPER EXCHANGED FIRE WITH HIS ESCORTS IN PALERMO, WHERE A BAKER WAS KILLED.")
    assert _locations(pipeline, text) == {"Medellin - Palermo"}


def test_town_named_without_a_neighbourhood_word_stays_the_town(pipeline):
    text = ("GUATEMALA CITY, 4 FEB 1991 - MASKED GUNMEN SHOT DEAD A TAXI DRIVER LATE ON SUNDAY\n"
            "OUTSIDE HIS GARAGE IN ANTIGUA GUATEMALA.")
    assert _locations(pipeline, text) == {"Antigua Guatemala"}


def test_event_told_at_a_city_and_its_district_is_at_the_district(pipeline):
    text = ("GUATEMALA CITY, 4 FEB 1991 - A PAIR OF HOMEMADE BOMBS WENT OFF LATE ON SUNDAY IN GUATEMALA\n"
            "CITY.  THE FIRST WAS HIDDEN UNDER A FRUIT STALL IN THE OSORNO NEIGHBORHOOD AND EXPLODED, "
            "SHATTERING SHOP WINDOWS.\n\n"
            "   POLICE CORDONED OFF GUATEMALA CITY MARKETS AFTER THE BLASTS SHOOK GUATEMALA CITY.")
    events = pipeline.process(Report(id="t", text=text))
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and {e.location for e in bombs} == {"Guatemala City - Osorno"}
