"""Issue 3 (swap probe): one ambiguous name must not carry a report abroad. A bare dateline
says the country of its largest town, not of a county or region abroad that bears the name;
a county's name ("Liberty" of "Liberty County") is no town settling which town a paper is
named after; a country's name right before a US county's sheriff is that county's town.
The reports are invented; the places are real gazetteer places."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def read(geocoder, text, url=""):
    home = geocoder.outlet_home(url=url) if url else None
    return {m.text: m for m in geocoder.toponyms(parse(text), outlet=home)}


def test_a_bare_dateline_says_the_country_of_its_largest_town_not_a_county_abroad(geocoder):
    # (Cheshire is an English county, and a Connecticut town: a report is filed from a town)
    text = ("Kitchen fire guts house. CHESHIRE — A kitchen fire gutted a Main Street house late "
            "Tuesday. Crews from Wallingford helped, and the Red Cross in Stamford found the family rooms.")
    got = read(geocoder, text)
    assert got["CHESHIRE"].country_code == "US"
    assert {got[n].admin1 for n in ("CHESHIRE", "Wallingford", "Stamford")} == {"Connecticut"}


def test_a_county_name_does_not_settle_a_papers_masthead_town(geocoder):
    # (an invented Athens paper: "Liberty" of "Liberty County" is no town Liberty near one
    # Athens, so the paper's town stays open and the report's Texan towns are kept)
    text = ("Man jailed for theft. KERRVILLE — A Liberty County man was jailed for ten years on "
            "Friday. Jurors found John Roe, 41, of Alvin, guilty of stealing cattle.")
    got = read(geocoder, text, "https://www.athensherald.com/local/1.html")
    assert got["KERRVILLE"].admin1 == "Texas"
    assert got["Alvin"].admin1 == "Texas"


@pytest.mark.parametrize("text, name, state", [
    ("A hunter was hurt Saturday when his rifle went off near a barn in Lebanon, the Warren "
     "County sheriff said.", "Lebanon", "Ohio"),
    ("A teen was arrested after a break-in at a store in Jordan, the Scott County sheriff said.",
     "Jordan", "Minnesota"),
])
def test_a_country_name_right_before_a_county_sheriff_is_the_countys_town(geocoder, text, name, state):
    got = read(geocoder, text)
    assert (got[name].level, got[name].admin1) == ("city", state)
    # (a country before other words stays the country)
    text = "Shelling hit two villages in Lebanon, the Syrian Observatory said."
    assert read(geocoder, text)["Lebanon"].level == "country"


def test_a_province_named_like_a_town_abroad_sets_no_country_on_its_own(geocoder):
    # (Crete: a Greek region, and an Illinois town; the report's sheriff and council say
    # the country, the name said three times does not outweigh them)
    text = ("Council backs tree plan. The City of Crete backs a new tree plan in Crete. Gifts go to "
            "the Edgar County fund in care of a bank in Crete, the county sheriff said.")
    got = [m for m in geocoder.toponyms(parse(text)) if m.text == "Crete"]
    assert got and {(m.country_code, m.level) for m in got} == {("US", "city")}
    # (the province still, where the report's words say its country)
    text = "Our ferry reached Crete at dawn, Greek port staff told reporters."
    assert read(geocoder, text)["Crete"].country_code == "GR"


def test_a_town_read_abroad_is_the_town_of_the_state_the_report_names(geocoder):
    # (Markham: a city near Toronto, and an Illinois town; the report names only Illinois)
    text = ("Markham weighs change. Principal John Doe has concerns about Markham’s ties with the "
            "Louisiana Learning Center of the Eastern Illinois Special Schools Area. Sending Markham "
            "students there is costly. Markham has four students there.")
    got = [m for m in geocoder.toponyms(parse(text)) if m.text == "Markham"]
    assert got and {m.admin1 for m in got} == {"Illinois"}
    # (a national capital abroad keeps its name beside a state)
    text = "An Ohio senator flew to Paris on Monday for trade talks."
    assert read(geocoder, text)["Paris"].country_code == "FR"
