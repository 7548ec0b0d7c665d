"""Small US towns of the ``zipcodes`` package (villages below cities500's 500 people) as
the geocoder's last resort: indexed apart from the gazetteer's names, read only where no
other place has the name and the report bears the town out (its state, a town near it,
the outlet's home), never in a report about another country.

The build rules run on a tiny gazetteer built from invented files and invented ZIP towns;
the geocoder's rules on the session's gazetteer with two real Kansas villages, and skip
where the ``zipcodes`` package is absent.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer
from conflictlens.geo import gazetteer as gazetteer_mod
from conflictlens.geo.outlet import OutletHome
from conflictlens.geo.small_places import is_small_place
from geo_helpers import found, place_named, with_small_towns
from tiny_gazetteer import build_tiny

US = ("United States", "US", "USA", 6252001, "Capitolia")
SUBDIVISIONS = [
    # name, iso, gcode, geonameid, type, aliases, level, parent row, country row
    ["Plainsland", "US-NE", "US.NE", "93000001", "State", "", "1", "", "1"],
    ["Wheat County", "", "US.NE.001", "93000002", "", "", "2", "1", "1"],
]
TOWNS = [
    # name, geonameid, subdivision rows, population, lat, lon, admin1 code
    ("Alderford", 94000001, "1|2", 4000, 41.00, -98.00, "NE"),
    ("Capitolia", 94000002, "1|2", 1_200_000, 41.50, -97.50, "NE"),
]
ZIP_TOWNS = {
    # (exact key, state) -> (name, lat, lon, county), as _zip_towns gives them
    ("quillbrook", "NE"): ("Quillbrook", 41.20, -98.10, "Wheat County"),
    ("alderford", "NE"): ("Alderford", 41.01, -98.01, "Wheat County"),  # cities500 has it
    ("farhaven", "PR"): ("Farhaven", 18.20, -66.50, "Farhaven Municipio"),  # no state of the index
    ("elmhollow", "NE"): ("Elmhollow", 41.55, -97.55, "Wheat County"),  # 7 km from Capitolia
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Gazetteer:
    return build_tiny(tmp_path_factory.mktemp("tinyzip"), SUBDIVISIONS, TOWNS,
                      patches=[(gazetteer_mod, "_zip_towns", lambda: dict(ZIP_TOWNS))], country=US)


def test_a_small_town_is_indexed_apart_from_the_gazetteer_names(tiny):
    # no lookup (so no country prior, span rule or ranking) ever sees it
    assert tiny.lookup("Quillbrook") == []
    [town] = tiny.small_places("Quillbrook")
    assert (town.name, town.admin1, town.admin2, town.admin1_code) == (
        "Quillbrook", "Plainsland", "Wheat County", "US.NE")
    assert town.population == 0 and town.level == "city" and is_small_place(town)


def test_a_town_cities500_has_in_that_state_is_left_out(tiny):
    assert tiny.small_places("Alderford") == []
    assert [c.population for c in tiny.lookup("Alderford")] == [4000]


def test_a_town_outside_the_index_states_is_left_out(tiny):
    assert tiny.small_places("Farhaven") == []


def test_a_neighbourhood_of_a_big_city_is_left_out(tiny):
    # (a part of Capitolia, a city of over a million, told as the city's neighbourhood)
    assert tiny.small_places("Elmhollow") == []


def test_the_build_works_without_the_package(tmp_path):
    gaz = build_tiny(tmp_path, SUBDIVISIONS, TOWNS, patches=[(gazetteer_mod, "_zip_towns", lambda: {})],
                     country=US)
    assert gaz.small_places("Quillbrook") == [] and gaz.lookup("Alderford")


# ----------------------------------------------------------------- the geocoder


@pytest.fixture(scope="module")
def small(geocoder):
    return with_small_towns(geocoder, "Bendena")


_place = place_named


def test_a_village_the_report_puts_in_its_state_is_found(small):
    m = _place(small, "Firefighters put out a grain elevator fire in Bendena, Kansas, on Sunday.", "Bendena")
    assert m is not None and (m.name, m.admin1, m.level) == ("Bendena", "Kansas", "city")


def test_a_village_in_a_state_the_report_names_elsewhere_is_found(small):
    m = _place(small, "A grain elevator burned in Morrowville on Sunday. Kansas fire officials said "
                      "no one was hurt.", "Morrowville")
    assert m is not None and m.admin1 == "Kansas"


def test_a_village_near_the_outlet_home_is_found(small):
    # a local paper's own area: the home is some 60 km from the village
    home = OutletHome("US", "US.KS", 39.84, -96.65, "Marysville", how="table")
    m = _place(small, "A grain elevator burned in Morrowville on Sunday, the fire chief said.",
               "Morrowville", outlet=home)
    assert m is not None and m.admin1 == "Kansas"


def test_no_village_where_nothing_says_its_state(small):
    assert "Morrowville" not in found(small, "A grain elevator burned in Morrowville on Sunday, "
                                             "the fire chief said.")


def test_no_village_in_a_report_about_another_country(small):
    text = ("Kenyan police in Nairobi, Mombasa and Kisumu said the raid in Bendena left two dead. "
            "A Kansas charity had an office in Nairobi.")
    assert "Bendena" not in found(small, text)


def test_no_village_in_another_state_than_the_report_puts_it_in(small):
    # (read as Iowa, the unit written after it, like any name missing from the index)
    m = _place(small, "Firefighters put out a grain elevator fire in Bendena, Iowa, on Sunday.", "Bendena")
    assert m is None or (m.name, m.level) == ("Iowa", "admin1")
