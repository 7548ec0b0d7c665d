"""Geoparsing accuracy among found toponyms (issue 3): ranking rules that choose among a
name's namesakes. Invented sentences; the places are real."""
from __future__ import annotations

from conflictlens.nlp.parser import parse
from geo_helpers import place_named


def test_a_regions_english_name_is_no_village_abroad(geocoder):
    # "Normandy" is the English spelling of the French region Normandie: a Missouri
    # suburb of that name, a two-thousandth its size, does not take it
    m = place_named(geocoder, "A Dayton, Ohio, veteran of 98 flew on Monday to Normandy, where he "
                              "landed in 1944.", "Normandy")
    assert m is not None and (m.country_code, m.level) == ("FR", "admin1")


def test_a_regions_english_name_after_a_visit(geocoder):
    m = place_named(geocoder, "Students from Columbus, Ohio, will visit Normandy next summer.", "Normandy")
    assert m is not None and m.country_code == "FR"


# A report listing towns across the country ("Tucson, Ariz., Boise, Idaho, and Columbus,
# Ohio") is no local report of any of those states: its own town, named bare, is not the
# village of that name next to one of them.

_LIST = ("Greenville is a finalist for the award. The other finalists, Tucson, Ariz., Louisville, "
         "Ky., Boise, Idaho, and Columbus, Ohio, were chosen in May. Louisville also won in 2019.")


def test_a_town_beside_a_list_across_the_country_is_read_by_its_size(geocoder):
    m = place_named(geocoder, _LIST, "Greenville")
    assert m is not None and m.admin1 != "Ohio" and m.population >= 50_000
    # (a listed town told again bare keeps the state it was listed with)
    assert {m.admin1 for m in geocoder.find_places(parse(_LIST)) if m.text == "Louisville"} == {"Kentucky"}


# A country's adjective says the report's country, for the small countries as for the
# large ("data/geo/demonyms.tsv"): the capital of Costa Rica, not the Californian city.

def test_a_small_countrys_adjective_says_the_report_country(geocoder):
    m = place_named(geocoder, "Two nurses fell ill in San Jose last week, the Costa Rican health "
                              "ministry reported.", "San Jose")
    assert m is not None and m.country_code == "CR"


def test_a_caribbean_countrys_adjective_says_the_report_country(geocoder):
    m = place_named(geocoder, "Dengue cases rose in Santiago and Santo Domingo, Dominican officials said.",
                    "Santiago")
    assert m is not None and m.country_code == "DO"


# A state named right after a county and a comma is that county's state, when it holds a
# county of that name: "Washington" there is no capital city.

def test_a_state_after_a_county_is_the_countys_state(geocoder):
    text = "Measles spread in Clark County, Washington, state officials said."
    wa = place_named(geocoder, text, "Washington")
    assert wa is not None and (wa.level, wa.admin1) == ("admin1", "Washington")
    clark = next(m for m in geocoder.find_places(parse(text)) if m.text.startswith("Clark"))
    assert clark.admin1 == "Washington"


def test_a_state_after_a_county_opening_a_sentence(geocoder):
    m = place_named(geocoder, "In Lewis County, Washington, floods closed two roads on Monday.", "Washington")
    assert m is not None and m.level == "admin1"
