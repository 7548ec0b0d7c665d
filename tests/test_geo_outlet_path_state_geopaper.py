"""Issue 3: a paper named after a town several states share ("newarkherald.com": which
Newark?) is settled by a segment of its page's path that is a US state's postal code
("/news/oh/story/"), as chains of local papers file their pages. Invented outlets and
reports with real town names."""
from __future__ import annotations

import pytest

from conflictlens.geo.outlet import path_state
from conflictlens.nlp.parser import parse


@pytest.mark.parametrize("url, state", [
    ("http://www.newarkherald.com/news/oh/story/2009/x.html", ("US", "US.OH")),
    ("web.archive.org/web/20150101000000/http://www.newarkherald.com/local/tn/x", ("US", "US.TN")),
    # no segment, two states, or a country's ending (a ".de" page's "/de/" is its language)
    ("http://www.newarkherald.com/news/story/x.html", None),
    ("http://www.newarkherald.com/oh/tn/x.html", None),
    ("http://www.example.de/de/nachrichten/x.html", None),
    ("newarkherald.com", None),
])
def test_path_state_reads_a_postal_code_segment(url, state):
    assert path_state(url) == state


def test_a_path_state_settles_a_papers_shared_town(geocoder):
    home = geocoder.outlet_home(url="http://www.newarkherald.com/news/oh/story/x.html")
    assert (home.country_code, home.admin1_code, home.name, home.masthead) == ("US", "US.OH", "Newark", False)
    assert home.latitude is not None
    # without the segment, only the name is known
    assert geocoder.outlet_home(url="http://www.newarkherald.com/news/story/x.html").masthead


def test_a_path_state_names_no_town_the_state_lacks(geocoder):
    # no Newark in Montana: the paper stays a name for the report to settle
    assert geocoder.outlet_home(url="http://www.newarkherald.com/news/mt/x.html").masthead


def test_a_report_on_a_path_stated_papers_page_places_its_shared_town_there(geocoder):
    text = "A barn burned down outside Oxford on Sunday night, firefighters said."
    home = geocoder.outlet_home(url="http://www.oxfordherald.com/n/content/oh/story/x.html")
    found = {m.text: m for m in geocoder.find_places(parse(text), outlet=home)}
    assert found["Oxford"].admin1 == "Ohio"
