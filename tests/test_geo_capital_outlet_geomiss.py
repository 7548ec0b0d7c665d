"""A paper of a country's capital reports the whole country: a town far from the capital
that its report names with no state or province is still that town, where a local
paper's such name is taken for a place the gazetteer lacks (geo/outlet.py far_from_home;
geo/resolve.py _capital_outlet). Invented reports; outlets named by their domains."""
from __future__ import annotations

from conflictlens.geo.outlet import OutletHome
from conflictlens.nlp.parser import parse


def toponyms(geocoder, text, url):
    return {m.text: m for m in geocoder.toponyms(parse(text), outlet=geocoder.outlet_home(url=url))}


_TEXT = "Club fire kills three. Three people died in a fire at a nightclub in Alapayevsk, police said."


def test_a_capital_paper_s_far_town_with_no_region_is_that_town(geocoder):
    m = toponyms(geocoder, _TEXT, "http://www.moscowtimes.ru/news/123")["Alapayevsk"]
    assert (m.country_code, m.level) == ("RU", "city")


def test_the_capital_outlet_is_told_by_its_home_s_nearness_to_the_capital(geocoder):
    moscow = OutletHome("RU", "RU.48", 55.75, 37.62, "Moscow", "domain")
    far_east = OutletHome("RU", "RU.59", 43.12, 131.89, "Vladivostok", "domain")
    assert geocoder._capital_outlet(moscow)
    assert not geocoder._capital_outlet(far_east) and not geocoder._capital_outlet(None)


def test_a_local_paper_s_far_small_town_with_no_state_stays_unread(geocoder):
    # (the rule it leaves alone: a Texas paper's bare "Universal City" is no far namesake)
    far_east = OutletHome("RU", "RU.59", 43.12, 131.89, "Vladivostok", "domain")
    found = {m.text: m for m in geocoder.toponyms(parse(_TEXT), outlet=far_east)}
    assert "Alapayevsk" not in found
