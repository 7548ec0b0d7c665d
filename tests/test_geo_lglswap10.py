"""A local report's small town read in the state where the report's other towns lie
(lglswap10): a village dwarfed by a namesake elsewhere (ranking.Ranker._village_gain), and
a town read in a state no other name of the report lies in (Geocoder._towns_of_report_state).
Invented sentences with real place names."""
from __future__ import annotations

from geo_helpers import found

from conflictlens.nlp.parser import parse


def test_village_among_the_reports_state_towns(geocoder):
    # Lakeville, Connecticut (under a thousand people) beside two Connecticut towns, not
    # the Minnesota city sixty times its size that nothing in the report points to
    text = "Volunteers from Torrington and Winsted joined the search. The missing hiker lives in Lakeville."
    places = found(geocoder, text)
    assert places["Lakeville"].admin1 == "Connecticut"


def test_town_moved_to_the_state_of_the_reports_other_towns(geocoder):
    # every other name is a Virginia place: the Norton of Virginia, not Ohio's
    text = "A Norton man was arrested in Danville after a chase that began in Chesapeake."
    places = found(geocoder, text)
    assert places["Norton"].admin1 == "Virginia"
    assert places["Danville"].admin1 == "Virginia"


def test_town_moved_beside_a_county_of_the_reports_state(geocoder):
    text = "Deputies from Chesterfield County and Danville arrested a Norton man on Friday."
    places = found(geocoder, text)
    assert places["Norton"].admin1 == "Virginia"


def test_a_city_the_country_knows_keeps_its_reading(geocoder):
    # a city of its name by far (and a state capital) is meant wherever the other towns lie
    text = "Officers from Salina, Abilene and Hutchinson drove to Columbus for the tournament."
    places = found(geocoder, text)
    assert places["Columbus"].admin1 == "Ohio"


def test_a_named_far_state_keeps_the_town_there(geocoder):
    text = "Deputies in Staunton and Harrisonburg said the driver was from Norton, Ohio."
    places = found(geocoder, text)
    assert places["Norton"].admin1 == "Ohio"


def test_county_whose_name_opens_with_a_province_name(geocoder):
    # the model may take "Van Buren County" for a person; its first word is a Turkish
    # province's name, but the whole run is a county's name as the gazetteer files it
    text = "Jobless rates fell in Warren County; Van Buren County was up a point; Grundy County held."
    places = {m.name: m for m in geocoder.find_places(parse(text))}
    assert "Van" not in places
    assert places["Van Buren County"].country_code == "US"


def test_bare_county_name_read_as_the_reports_state_town(geocoder):
    # "Clinton" said without a county's word, beside Tennessee places, is Clinton,
    # Tennessee, not the Iowa county of that name
    text = ("Every household in Clinton and Anderson County will receive a letter from the "
            "rescue squad, Knoxville officials said.")
    places = found(geocoder, text)
    assert places["Clinton"].admin1 == "Tennessee"
    assert places["Clinton"].level == "city"
