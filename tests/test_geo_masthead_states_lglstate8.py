"""A paper named after a town several states have, when nothing in its report settles
which (geo/prior.py ``_paper_town_units``): every state holding a town of that name
holds a town of the report, as the name written in it would, so of a report's town
shared by two states the one where the paper's name is a town too is read."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def places(geocoder, text, outlet=None):
    return {m.text: m for m in geocoder.find_places(parse(text), outlet=outlet)}


ARREST = ("Clerk threatened with knife. Officers of the Four Corners Police Department took "
          "a 41-year-old man into custody on Monday after a clerk was threatened at a gas "
          "station. He is being held in the Lamar County Jail on a $20,000 bond, a sergeant said.")


def test_a_papers_unsettled_town_holds_the_reports_town_in_its_states(geocoder):
    home = geocoder.outlet_home(url="https://www.athensbeacon.com/local/1")
    assert home.masthead and not home.admin1_code
    # (a Texas Athens and Lamar County, no Florida Athens: the Texas town, not the
    # bigger Florida one)
    got = places(geocoder, ARREST, home)
    assert got["Four Corners"].admin1 == "Texas"
    # (without the paper, Lamar County alone is a county of five states: the bigger one)
    assert places(geocoder, ARREST)["Four Corners"].admin1 == "Florida"

