"""A state's short form written without its last full stop ("Kings County, N.Y, records
show") is evidence of the report's country and state as the dotted form is, so a town the
report names only as a modifier ("a Kokomo man") is read in that country even where a
famous namesake abroad of another name ("a motel in Vienna") pulls the other way; and a town
a compass word opens ("West Gardner") in a report whose other towns lie in one state is that
state's town of the bare name; a headline's part of a state by a compass letter
("N.Va. teacher") is that state."""
from __future__ import annotations

from geo_helpers import found


def _report(state):
    return ("Officers say they found a stolen rifle on a Kokomo man whom a neighbour had accused of "
            "threatening her. Kokomo police were called Monday to a disturbance at a motel "
            "on Elm Avenue in Vienna. The man was convicted in 2003 of burglary in Kings County, "
            f"{state}, records show.")


def test_a_state_without_its_last_full_stop_says_the_reports_country(geocoder):
    got = found(geocoder, _report("N.Y"))
    assert "Kokomo" in got and got["Kokomo"].country_code == "US"


def test_the_dotted_state_says_it_as_before(geocoder):
    got = found(geocoder, _report("N.Y."))
    assert "Kokomo" in got and got["Kokomo"].country_code == "US"


def test_a_compass_town_of_a_states_list_is_that_states_town(geocoder):
    text = ("Shelters opened in Salina, Hays, Dodge City, Garden City, Pratt and West Gardner on "
            "Sunday as the storm moved across Kansas.")
    got = found(geocoder, text)
    assert got["West Gardner"].admin1 == "Kansas"


def test_a_headlines_compass_part_of_a_state_is_the_state(geocoder):
    got = found(geocoder, "N.Va. teacher wins a national prize for her science club. The award "
                          "was announced on Friday.")
    assert got["N.Va."].admin1 == "Virginia"
