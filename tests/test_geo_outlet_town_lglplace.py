"""A local paper's own town in its reports: the town opening a body's name ("four Norfolk
Policemen") is that town though the report names it nowhere else, and the
counties a report names (inside a sheriff's office's name too) say which town a paper
named after a town of many states is in."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

from geo_helpers import tagged_text

# (invented reports; the second tagged by hand, a town's policemen an organisation's
# name, as the model often tags them)
POLICE = "The fire was put out by crews and four Norfolk Policemen. No one was hurt, the chief said."
PORTLAND_POLICE = ("^Four/NUM Portland/PROPN/B-ORG Policemen/PROPN/I-ORG came/VERB to/ADP "
           "the/DET fire/NOUN on/ADP Thursday/PROPN/B-DATE ./PUNCT")
CRASH = ("Driver hurt in crash. A driver was hurt early Sunday when his pickup left the road "
         "and rolled, according to the {county} Sheriff's Office. He was taken to a hospital.")


def named(geocoder, spec, outlet, name):
    return [m for m in geocoder.toponyms(tagged_text(spec), outlet=outlet) if m.text == name]


def test_a_papers_town_opening_a_bodys_name_is_its_town(geocoder):
    # (a paper named after a town of several states, the report naming no other place:
    # an American Norfolk, found rather than missed)
    home = geocoder.outlet_home(url="https://www.norfolkherald.com/news/1")
    assert home.masthead
    got = [m for m in geocoder.toponyms(parse(POLICE), outlet=home) if m.text == "Norfolk"]
    assert len(got) == 1
    assert (got[0].country_code, got[0].level, got[0].kind) == ("US", "city", "organisation")
    # (another paper's report: a body's name says nothing of a place it never names)
    other = geocoder.outlet_home(url="https://www.concordherald.com/a")
    assert not [m for m in geocoder.toponyms(parse(POLICE), outlet=other) if m.text == "Norfolk"]


def test_a_table_outlets_town_opening_a_bodys_name_is_its_home_town(geocoder):
    # the Maine paper's policemen are those of Portland, Maine, not of the larger Oregon city
    got = named(geocoder, PORTLAND_POLICE, geocoder.outlet_home(url="https://www.pressherald.com/a"), "Portland")
    assert len(got) == 1 and got[0].admin1 == "Maine" and got[0].kind == "organisation"


def test_a_sheriffs_county_settles_which_town_a_paper_is_named_after(geocoder):
    # "the Colfax County Sheriff's Office" beside the Columbus paper: the Nebraska
    # Columbus, whose neighbour that county is (not the largest Columbus, in Ohio)
    home = geocoder.outlet_home(url="https://www.columbusherald.com/news/2")
    assert home.masthead
    text = CRASH.format(county="Colfax County")
    settled = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert (settled.country_code, settled.admin1_code) == ("US", "US.NE")
    text = CRASH.format(county="Franklin County")
    settled = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert (settled.country_code, settled.admin1_code) == ("US", "US.OH")


def test_a_county_a_hundred_km_from_a_namesake_settles_nothing(geocoder):
    # (a county lies within 150 km of many a town of a common name: only one beside it,
    # the paper's own county or the next, says which; Hall County is two counties away
    # from Columbus, Nebraska)
    home = geocoder.outlet_home(url="https://www.columbusherald.com/news/2")
    text = CRASH.format(county="Hall County")
    settled = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert settled is None or settled.admin1_code == ""
