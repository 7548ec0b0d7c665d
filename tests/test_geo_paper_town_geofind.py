"""The town a local paper is named after, opening a body's name in its own pages ("Four
Alverton Policemen"), is the paper's town, even where the report's other words (a
restaurant's cuisine, an estate's name) lean to another country; elsewhere such a name
stays a body's."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

PAPER = "http://www.parisherald.com/story/x"


def toponyms(geocoder, text, url):
    return [(m.text, m.admin1, m.country_code)
            for m in geocoder.toponyms(parse(text), outlet=geocoder.outlet_home(url=url))]


def test_the_papers_town_opening_a_body_is_its_town(geocoder):
    text = ("Italian restaurant burns. Firefighters fought a fire at an Italian restaurant on Monday, "
            "said Fire Chief Jo Doe. Four Paris Policemen closed the street.")
    assert ("Paris", "Texas", "US") in toponyms(geocoder, text, PAPER)
    text = ("Blaze at Spanish Trails. Firefighters put out a fire at the Spanish Trails homes on Monday. "
            "Four Paris Policemen closed the street.")
    assert ("Paris", "Texas", "US") in toponyms(geocoder, text, PAPER)


def test_another_papers_report_keeps_the_body_a_body(geocoder):
    text = ("Italian restaurant burns. Firefighters fought a fire at an Italian restaurant on Monday, "
            "said Fire Chief Jo Doe. Four Paris Policemen closed the street.")
    assert not [t for t in toponyms(geocoder, text, "http://www.dailyherald-example.com/story/x") if t[0] == "Paris"]
