"""A local report's small town read in the state where the report's other towns lie
(lglswap10): a town or village read in a state no other name of the report lies in is re-read
in the state holding the report's other places (Geocoder._towns_of_report_state).
Invented sentences with real place names."""
from __future__ import annotations

import pytest
from geo_helpers import found

from conflictlens.nlp.parser import parse


# (text, name, the state it is read in): invented sentences, real places
STATE_READINGS = [
    # Lakeville, Connecticut (under a thousand people) beside two Connecticut towns, not
    # the Minnesota city sixty times its size that nothing in the report points to
    ("Volunteers from Torrington and Winsted joined the search. The missing hiker lives in Lakeville.",
     "Lakeville", "Connecticut"),
    # every other name is a Virginia place: the Norton of Virginia, not Ohio's
    ("A Norton man was arrested in Danville after a chase that began in Chesapeake.", "Norton", "Virginia"),
    ("A Norton man was arrested in Danville after a chase that began in Chesapeake.", "Danville", "Virginia"),
    # beside a county of the report's state
    ("Deputies from Chesterfield County and Danville arrested a Norton man on Friday.", "Norton", "Virginia"),
    # a city of its name by far (and a state capital) is meant wherever the other towns lie
    ("Officers from Salina, Abilene and Hutchinson drove to Columbus for the tournament.", "Columbus", "Ohio"),
    # a far state the report names keeps the town there
    ("Deputies in Staunton and Harrisonburg said the driver was from Norton, Ohio.", "Norton", "Ohio"),
]


@pytest.mark.parametrize("text,name,state", STATE_READINGS)
def test_town_read_in_the_state_of_the_reports_other_places(geocoder, text, name, state):
    assert found(geocoder, text)[name].admin1 == state


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
