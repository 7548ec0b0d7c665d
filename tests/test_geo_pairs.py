"""Two names of a report that are each towns in several states are read as the pair
lying next to each other (the report's own area). Sentences are written for these
tests; the names in them are real places (the gazetteer has no invented ones), the
people and events invented.
"""
from __future__ import annotations

import pytest

from geo_helpers import found




@pytest.mark.parametrize("text, name, unit", [
    # Camden alone is the New Jersey city; beside Rockport it is the Maine town next door
    # (a twentieth of the city's size: a small town, still a real one)
    ("A Rockport man was hurt on Tuesday night when his pickup left the road in Camden "
     "and struck a utility pole, police in the United States said.", "Camden", "Maine"),
    # Salisbury alone is North Carolina's; beside Fruitland it is Maryland's
    ("A Fruitland woman was hurt on Tuesday night when her pickup left the road in "
     "Salisbury and struck a utility pole, police in the United States said.", "Salisbury", "Maryland"),
    ("Firefighters from Fruitland and Salisbury put out a barn fire on Friday, a county "
     "official in the United States said.", "Salisbury", "Maryland"),
])
def test_a_shared_town_name_is_read_beside_the_reports_other_town(geocoder, text, name, unit):
    got = found(geocoder, text)
    assert got[name].admin1 == unit and got[name].level == "city"


def test_a_lone_shared_town_name_keeps_its_largest_reading(geocoder):
    text = "A delivery van caught fire outside a bakery in Salisbury, police in the United States said."
    assert found(geocoder, text)["Salisbury"].admin1 == "North Carolina"


def test_a_pair_in_another_country_does_not_move_the_reports_reading(geocoder):
    # the report is about Greece: Athens is not read as the Ohio town beside Nelsonville
    text = "Greek police said Carla Nunes drove from Athens to Nelsonville on Sunday to open her bakery."
    got = found(geocoder, text)
    assert got["Athens"].country_code == "GR"


def test_a_report_naming_no_country_reads_the_pair_that_lies_together(geocoder):
    # no country named: of the Dovers and Rochesters, the two neighbouring towns of one
    # state (New Hampshire's lie 15 km apart, Kent's farther than the pairing reach)
    got = found(geocoder, "Crews from Dover and Rochester cleared a fallen tree from the road on Friday.")
    assert got["Dover"].admin1 == "New Hampshire" and got["Rochester"].admin1 == "New Hampshire"


def test_a_real_town_across_the_border_from_the_reports_towns(geocoder):
    # Port Huron (Michigan, about 30,000 people) lies across the river from Sarnia: a
    # town outside the report's country, too small to count anywhere, counts beside it
    text = "Volunteers from Sarnia, Ontario, crossed the bridge to help clean parks in Port Huron on Saturday."
    assert found(geocoder, text)["Port Huron"].admin1 == "Michigan"


def test_a_small_town_abroad_far_from_the_reports_towns_is_no_answer(geocoder):
    # Port Huron lies far from Kamloops, British Columbia
    text = "Volunteers from Kamloops, British Columbia, went to help clean parks in Port Huron on Saturday."
    assert "Port Huron" not in found(geocoder, text)


@pytest.mark.parametrize("text", [
    # Colfax County is in New Mexico and in Nebraska; Columbus alone is Ohio's. Named
    # together they are the Nebraska pair: the county beside the town, the town beside it
    "Colfax County deputies and Columbus police searched a farm on Tuesday after a tractor was stolen.",
    "Police in Columbus said a tractor was stolen from a farm in Colfax County on Tuesday.",
])
def test_a_shared_county_name_and_a_shared_town_name_are_read_as_one_area(geocoder, text):
    got = found(geocoder, text)
    assert got["Colfax"].level == "admin2" and got["Colfax"].admin1 == "Nebraska"
    assert got["Columbus"].admin1 == "Nebraska"


def test_a_lone_shared_county_name_is_not_moved_by_a_far_town(geocoder):
    # Lincoln is Nebraska's capital, far from Colfax County, Nebraska: no pair
    got = found(geocoder, "Colfax County deputies and Lincoln police searched a farm on Tuesday.")
    assert got["Colfax"].admin1 == "New Mexico"


def test_a_shared_county_name_is_read_in_the_state_of_the_reports_other_counties(geocoder):
    # Marion County alone is Indiana's (Indianapolis); beside Riley and Pratt counties, both
    # only in Kansas, it is the Kansas county
    got = found(geocoder, "Deputies from Riley County and Pratt County joined the search in Marion County "
                          "on Tuesday after a farmer was robbed.")
    assert got["Marion"].level == "admin2" and got["Marion"].admin1 == "Kansas"


def test_a_county_beside_the_reports_town_across_the_county_line(geocoder):
    # Harris County alone is Texas's; beside Columbus it is the Georgia county next to the
    # town, whose point lies further from Columbus than two neighbouring towns lie apart
    got = found(geocoder, "A clerk was robbed on Tuesday in Columbus. The Harris County sheriff said "
                          "the suspect fled toward Phenix City.")
    assert got["Harris"].level == "admin2" and got["Harris"].admin1 == "Georgia"
