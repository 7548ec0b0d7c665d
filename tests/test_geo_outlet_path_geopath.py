"""Issue 3: a page path that names a US state in full ("/tennessee/nashville/", as
networks of local sites file their pages) gives an outlet known by nothing else its home
state, and the town of that state the next segment names; a full name settles a paper's
shared town as a postal code does. Invented outlets and reports, real gazetteer places."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def test_a_path_naming_a_state_and_town_gives_an_unknown_outlet_its_home(geocoder):
    home = geocoder.outlet_home(url="https://localwire.example/tennessee/nashville/barn-fire-x")
    assert (home.country_code, home.admin1_code, home.name, home.how) == ("US", "US.TN", "Nashville", "path")
    assert home.latitude is not None
    home = geocoder.outlet_home(url="https://localwire.example/new-york/x-story")
    assert (home.country_code, home.admin1_code, home.latitude) == ("US", "US.NY", None)


def test_a_path_naming_no_state_or_two_gives_no_home(geocoder):
    assert geocoder.outlet_home(url="https://localwire.example/news/barn-fire-x") is None
    assert geocoder.outlet_home(url="https://localwire.example/ohio/texas/x") is None
    # a country's ending: the path is the site's, not a US state's
    assert geocoder.outlet_home(url="https://localwire.example.de/georgia/x").admin1_code == ""


def test_a_state_named_in_full_settles_a_papers_shared_town(geocoder):
    home = geocoder.outlet_home(url="http://www.newarkherald.com/ohio/story/x.html")
    assert (home.admin1_code, home.name, home.masthead) == ("US.OH", "Newark", False)


def test_a_report_on_a_state_and_town_path_places_its_shared_town_there(geocoder):
    text = "A barn burned down outside Columbia on Sunday night, firefighters said."
    home = geocoder.outlet_home(url="https://localwire.example/tennessee/nashville/barn-fire-x")
    found = {m.text: m for m in geocoder.find_places(parse(text), outlet=home)}
    assert found["Columbia"].admin1 == "Tennessee"
