"""First-level units named after a country or a capital: "the State of Mexico" is the
Mexican state, not the country (geo/resolve.py ``_said_readings``,
data/geo/state_countries.tsv); "the Kyiv region", "Kiev oblast", "the Moscow region",
"the Leningrad region" are the units around those cities, not the cities nor the units
the cities themselves form (geo/resolve.py ``_seat_unit``)."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_the_state_of_mexico_is_the_state(geocoder):
    m = found(geocoder, "Police said two men were shot dead in the State of Mexico on Tuesday.")["Mexico"]
    assert (m.level, m.country_code, m.name) == ("admin1", "MX", "Mexico")


def test_the_state_beside_the_city_and_the_country(geocoder):
    text = ("Heavy rain flooded homes in the State of Mexico and in Mexico City, and the storm "
            "moved on across the rest of Mexico.")
    places = [(m.text, m.level) for m in geocoder.toponyms(parse(text))]
    assert places == [("Mexico", "admin1"), ("Mexico City", "city"), ("Mexico", "country")]


def test_the_state_of_georgia_is_the_us_state(geocoder):
    m = found(geocoder, "Storms knocked out power across the state of Georgia on Monday night.")["Georgia"]
    assert (m.level, m.country_code) == ("admin1", "US")


def test_the_state_of_a_country_of_provinces_stays_the_country(geocoder):
    m = found(geocoder, "Ministers of the state of Panama met bankers on Friday.")["Panama"]
    assert m.level == "country"


@pytest.mark.parametrize("text, name, unit", [
    ("Shelling damaged homes in villages of the Kyiv region overnight.", "Kyiv", "Kyivska oblast"),
    ("Residents of Kiev oblast were told to stay in shelters.", "Kiev", "Kyivska oblast"),
    ("A fire broke out at a warehouse in the Moscow region on Friday.", "Moscow", "Moskovskaya oblast'"),
    ("Snow cut off several villages in the Leningrad region on Monday.", "Leningrad", "Leningradskaya oblast'"),
])
def test_a_capital_with_a_unit_word_is_the_unit_around_it(geocoder, text, name, unit):
    m = found(geocoder, text)[name]
    assert (m.level, m.name) == ("admin1", unit)


def test_the_capital_alone_stays_the_city(geocoder):
    m = found(geocoder, "A fire broke out at a warehouse in Moscow on Friday.")["Moscow"]
    assert (m.level, m.name) == ("city", "Moscow")
