"""A compass part of a county ("south King County", "the western part of Harris County")
puts the county's place at the most populous town of that part, not at the county's largest
town at its other end; the report's other mentions of that county move with it when every
compass mention names the same part. Toponym output (unit centres) is left alone.
Invented sentences; the places are real."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

from geo_helpers import found


def test_a_southern_county_is_at_a_town_of_its_south(geocoder):
    m = found(geocoder, "A man was shot dead late Friday at a house in southern King County, deputies said.")["King"]
    assert (m.level, m.admin1, m.geo_precision) == ("admin2", "Washington", 3)
    assert m.location != "Seattle" and m.latitude < 47.5


def test_the_datelines_county_moves_with_its_compass_part(geocoder):
    text = ("KING COUNTY, Wash. - A man was shot dead late Friday, deputies said. The shooting "
            "happened at a house in south King County.")
    places = found(geocoder, text)
    assert places["KING COUNTY"].location == places["King"].location != "Seattle"
    assert places["KING COUNTY"].latitude < 47.5


def test_the_part_of_a_county_phrase(geocoder):
    m = found(geocoder, "A woman was wounded in a shooting in the western part of Harris County on Sunday.")["Harris"]
    assert m.location != "Houston" and m.longitude < -95.5


def test_a_county_without_a_compass_word_keeps_its_largest_town(geocoder):
    m = found(geocoder, "A man was shot dead late Friday at a house in King County, deputies said.")["King"]
    assert m.location == "Seattle"


def test_two_parts_leave_the_plain_mention_at_the_county_town(geocoder):
    text = ("King County deputies are looking into two shootings. One was in north King County, "
            "the other in south King County.")
    places = {m.start: m for m in geocoder.find_places(parse(text))}
    first = places[min(places)]
    assert first.location == "Seattle"


def test_toponym_output_keeps_the_unit_centre(centre_geocoder):
    geo = centre_geocoder
    plain = found(geo, "A man was shot at a house in King County.")["King"]
    south = found(geo, "A man was shot at a house in southern King County.")["King"]
    assert (south.latitude, south.longitude) == (plain.latitude, plain.longitude)


def test_a_compass_word_of_the_countys_own_name_is_no_part(geocoder):
    """"East Baton Rouge" read from its last words: "East" opens the parish's own name."""
    from conflictlens.geo.unit_parts import place_county_parts
    from conflictlens.model import PlaceMention
    text = "A man was shot outside a store in East Baton Rouge on Friday."
    start = text.index("Baton")
    m = PlaceMention(start=start, end=start + 11, text="Baton Rouge", name="East Baton Rouge Parish",
                     geonameid=None, latitude=30.44, longitude=-91.19, country_code="US", admin1="Louisiana",
                     level="admin2", location="Baton Rouge", geo_precision=3)
    assert place_county_parts(geocoder.gaz, text, [m])[0].location == "Baton Rouge"
