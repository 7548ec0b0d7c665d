"""A building's name (a site word follows it: school, hospital, airport) is no toponym in
``Geocoder.toponyms`` output, though events keep it as ``"Town - Site"``; a town opening
it counts as one opening an organisation's name. Invented sentences, real towns."""
from __future__ import annotations

from geo_helpers import found

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [(m.text, m.kind) for m in geocoder.toponyms(parse(text))]


def test_a_schools_name_is_no_toponym(centre_geocoder):
    text = "Pupils of Alverton Middle School in Fort Worth, Texas, were sent home after a gas leak."
    assert toponyms(centre_geocoder, text) == [("Fort Worth", "name"), ("Texas", "name")]


def test_a_hospitals_name_is_no_toponym(centre_geocoder):
    text = "She was treated at Brillmoor Memorial Hospital in Urbana, Ohio, and released."
    assert [t for t, _kind in toponyms(centre_geocoder, text)] == ["Urbana", "Ohio"]


def test_events_keep_the_site_in_its_town(geocoder):
    text = "Pupils of Alverton Middle School in Fort Worth, Texas, were sent home after a gas leak."
    assert found(geocoder, text)["Alverton Middle"].location == "Fort Worth - Alverton Middle"


def test_a_town_opening_a_schools_name_stays(centre_geocoder):
    text = "Pupils of Fort Worth Middle School in Fort Worth, Texas, were sent home after a gas leak."
    assert ("Fort Worth", "organisation") in toponyms(centre_geocoder, text)


def test_a_neighbourhood_is_still_a_toponym(centre_geocoder):
    text = "The fire broke out in the Brillmoor area of Chiefland, Florida, on Saturday."
    assert "Brillmoor" in [t for t, _kind in toponyms(centre_geocoder, text)]
