"""A local paper's report that names no state: a bare name ("in X", no county's word) is
no county more than 1,000 km from the paper's home, as it is no small town that far."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def read(geocoder, text, url):
    home = geocoder.outlet_home(url=url) if url else None
    return {m.text: m for m in geocoder.toponyms(parse(text), outlet=home)}


def test_a_bare_name_in_a_local_paper_is_no_far_county(geocoder):
    # (invented: a Dallas paper's "in Story" is no Iowa county)
    text = "The meeting will be held in Story on Thursday."
    assert "Story" not in read(geocoder, text, "https://www.dallasnews.com/x")
    # a county said with its word is still that county, and a state named opens the country
    text = "Deputies in Story County said the fair was held."
    assert read(geocoder, text, "https://www.dallasnews.com/x")["Story"].level == "admin2"
    text = "The meeting will be held in Story County, Iowa, on Thursday."
    assert read(geocoder, text, "https://www.dallasnews.com/x")["Story"].admin1 == "Iowa"
