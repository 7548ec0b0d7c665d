"""A town written before a person noun ("a Toledo rapper", "an Akron teen") of a town outside
the county the report names with its unit word, in the same state, is that person's home: not
the crime report's place, nor its sentence's, when the report names the county of the scene;
nor is a town where someone "lives". A hometown inside the county stays (local news names the
victims by the scene's town). Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import violence_places as _places


def test_a_rappers_town_outside_the_county_is_not_the_scene(violence_pipeline):
    got = _places(violence_pipeline, "Four hurt at a party",
                  "A Toledo rapper spoke on Monday about the Saturday party he threw, at which gunfire hurt four guests. "
                  "The party was held at a farm in Greene County, deputies said.")
    assert got and "Toledo" not in got


def test_a_teens_town_outside_the_county_is_not_the_scene(violence_pipeline):
    got = _places(violence_pipeline, "Akron teen hurt in hunting accident",
                  "An Akron teen was hurt on Friday when a cousin's rifle fired as the pair hunted deer "
                  "in Greene County, state wildlife officers said.")
    assert got and "Akron" not in got


def test_where_someone_lives_is_not_the_scene(violence_pipeline):
    got = _places(violence_pipeline, "Four hurt at a party",
                  "A Toledo rapper spoke on Monday about the Saturday party he threw, at which gunfire hurt four guests. "
                  "The party was held at a farm in Greene County, deputies said. A neighbour who lives in "
                  "Dayton said the music was loud.")
    assert got and not got & {"Toledo", "Dayton"}


def test_a_hometown_in_the_county_stays(violence_pipeline):
    got = _places(violence_pipeline, "Toledo teen hurt in shooting",
                  "A Toledo teen took a bullet to the leg on Friday night, Lucas County deputies said.")
    assert got == {"Toledo"}


def test_a_county_read_from_a_surname_is_no_scene(violence_pipeline):
    """"Smith" read as a county of another state, or without its unit word, tells nothing of
    where the scene is: the town stays."""
    got = _places(violence_pipeline, "Toledo teen shot",
                  "A Toledo teen took a bullet to the leg on Friday night. Police said Greene was arrested.")
    assert got == {"Toledo"}
