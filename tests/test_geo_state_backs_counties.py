"""A state named inside an organisation's name that is also a country's name ("the
Georgia Division of Public Health") backs the report's counties of that state when the
state has more people than the country of its name, though the report names no town
there. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_a_state_bigger_than_its_namesake_country_backs_its_counties(geocoder):
    places = found(geocoder, "The Georgia Division of Public Health said a child in Jackson "
                             "County had died of the flu.")
    m = places["Jackson"]
    assert (m.level, m.admin1) == ("admin2", "Georgia")


def test_no_county_of_that_state_leaves_the_state_out(geocoder):
    # no Georgian county is called Alameda: the county keeps its own state
    places = found(geocoder, "The Georgia Division of Public Health said a traveller from "
                             "Alameda County had been tested.")
    assert places["Alameda"].admin1 == "California"
