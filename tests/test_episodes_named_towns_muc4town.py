"""Two towns a report names for two acts of one kind, however close they lie (a suburb
beside the capital), are two events; a town and its own district stay one. Invented
reports, real place names."""
from __future__ import annotations

from conflictlens.model import Report

_TWO_TOWNS = ("SAN SALVADOR, 6 APR 90 (RADIO CADENA) -- [TEXT] URBAN COMMANDOS BLEW UP A DELIVERY VAN EARLY\n"
              "TODAY IN THE OSORNO NEIGHBORHOOD OF THE CAPITAL, DAMAGING TWO SHOPS.\n\n"
              "   FINALLY, A WATCHMAN WAS WOUNDED THIS MORNING WHEN REBELS SET OFF A BOMB BY A\n"
              "WATER TANK IN MEJICANOS.\n")


def test_a_suburbs_bombing_told_after_the_capitals_is_its_own_event(pipeline):
    events = pipeline.process(Report(id="t", text=_TWO_TOWNS))
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert "Mejicanos" in {e.location for e in bombs}
    assert len(bombs) == 2


_TOWN_AND_DISTRICT = ("GUATEMALA CITY, 4 FEB 91 (ACAN) -- [TEXT] A HOMEMADE BOMB WENT OFF LATE ON SUNDAY IN\n"
                      "GUATEMALA CITY.  IT HAD BEEN HIDDEN UNDER A FRUIT STALL IN THE OSORNO NEIGHBORHOOD, AND\n"
                      "THE BOMB EXPLODED AS THE MARKET CLOSED.\n")


def test_a_town_and_its_own_district_stay_one_event(pipeline):
    events = pipeline.process(Report(id="t", text=_TOWN_AND_DISTRICT))
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1
