"""GVC-style place checks (invented local-news sentences): where a shooting happened, not
where its victim lived."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

PUBLISHED = date(2024, 5, 15)


def _shooting(pipeline, text: str):
    rows = [e for e in coded(pipeline, text, published=PUBLISHED) if e.event_type == "Other violence"]
    assert len(rows) == 1, [(e.sub_event_type, e.location) for e in rows]
    return rows[0]


def test_scene_home_in_later_sentence_beats_victims_home_town(violence_pipeline):
    # "a Woodville man" is where the victim lived; the next sentence tells the scene
    e = _shooting(violence_pipeline,
                  "Deputies said a Woodville man, 22, succumbed Sunday in a Tyler County clinic after "
                  "a friend's pistol went off and struck him. Both men had been standing outside "
                  "a home in Colmesneil when it fired.")
    assert (e.location, e.admin1, e.admin2, e.geo_precision) == ("Colmesneil", "Texas", "Tyler County", 1)
    assert str(e.event_date) == "2024-05-12" and e.fatalities == 1


def test_scene_house_in_other_county_town_of_the_told_county(violence_pipeline):
    # the victim's town (Lufkin) and the scene (Huntington) are both in the county the report names
    e = _shooting(violence_pipeline,
                  "A 31-year-old Lufkin man died at an Angelina County hospital Saturday after he was "
                  "accidentally shot in the leg by a cousin, deputies said. Witnesses said the two men "
                  "were outside a house in Huntington looking at a new rifle.")
    assert (e.location, e.admin1, e.geo_precision) == ("Huntington", "Texas", 1)
    assert str(e.event_date) == "2024-05-11" and e.fatalities == 1



def test_town_and_sheriffs_county_read_as_one_states_pair(violence_pipeline):
    # Hawkins (a Texas town in Wood County) and Rusk County (Texas's is the larger) read apart
    # were two states; the report's pair is Wisconsin's, where Hawkins lies in Rusk County
    e = _shooting(violence_pipeline,
                  "A 58-year-old man was shot and killed while splitting wood outside his Hawkins "
                  "home on Saturday, the Rusk County Sheriff said.")
    assert (e.location, e.admin1, e.admin2, e.geo_precision) == ("Hawkins", "Wisconsin", "Rusk County", 1)
    assert str(e.event_date) == "2024-05-11" and e.fatalities == 1


def test_dateline_county_keeps_its_small_town(violence_pipeline):
    # the dateline's county and state hold a village of the name (not Tennessee's larger one)
    e = _shooting(violence_pipeline,
                  "SULLIVAN COUNTY, Ind. - Conservation officers say a teenager died Sunday of a single "
                  "gunshot while out squirrel hunting. The teen, of Graysville, died where he fell.")
    assert (e.location, e.admin1, e.admin2) == ("Graysville", "Indiana", "Sullivan County")
    assert str(e.event_date) == "2024-05-12" and e.fatalities == 1


def test_small_village_of_the_sheriffs_county_is_read(violence_pipeline):
    # a village under the gazetteer's 500 people, placed by "in", read in the one state
    # whose Rusk County holds a village of that name (not at Texas's Rusk County seat)
    e = _shooting(violence_pipeline,
                  "A 63-year-old man was shot and killed while raking leaves outside his home "
                  "in Glen Flora on Saturday, the Rusk County Sheriff said.")
    assert (e.location, e.admin1, e.admin2, e.geo_precision) == ("Glen Flora", "Wisconsin", "Rusk County", 1)
    assert str(e.event_date) == "2024-05-11" and e.fatalities == 1
