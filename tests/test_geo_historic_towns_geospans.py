"""Issue 3: "Historic Kanab", "Downtown Kanab" name the old or central part of the town,
read as the town (as "Metro Vancouver" is the city) when the whole is no place, whatever
the model tags it; and such a name tagged a person gives no surname that would make the
report's other mentions of the town a person. Reports invented for these tests; the town
is real, the events are not."""
from __future__ import annotations

from geo_helpers import found
from conflictlens.geo.geocoder import Geocoder
from conflictlens.nlp.parser import parse


def _all(geocoder: Geocoder, text: str):
    return [(m.text, m.name, m.admin1) for m in geocoder.find_places(parse(text))]


def test_historic_before_a_town_is_the_town(geocoder):
    text = ("The council of Kanab, Utah, met on Monday. Visitors to Historic Kanab will find new "
            "signs on Elm Street.")
    got = _all(geocoder, text)
    assert got.count(("Kanab", "Kanab", "Utah")) == 2


def test_a_historic_town_tagged_a_person_makes_no_surname(geocoder):
    text = ("New signs went up along Elm Street in Historic Kanab on Monday, Utah officials said. "
            "Kanab had asked for them for years.")
    got = _all(geocoder, text)
    assert got.count(("Kanab", "Kanab", "Utah")) == 2


def test_downtown_before_a_town_is_the_town(geocoder):
    got = found(geocoder, "Shops in Downtown Kanab, Utah, closed early on Monday.")
    assert got["Kanab"].admin1 == "Utah"
