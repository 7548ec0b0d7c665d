"""Short names of units the gazetteer must not file: an adjective left once the unit word
is stripped ("Chechen" of "Chechen Republic", "Amurskaya" of "Amurskaya oblast'"), a
person's name after a title, the whole place named before an en dash when the unit is
only its compass half, and the entries of ``unit_short_name_exclusions.tsv``.

The rules are tested on invented unit names, the builder on a tiny gazetteer of invented
units, and the readings on invented reports against the session's gazetteer.
"""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.geo import tables
from conflictlens.geo.unit_names import bare_unit_forms
from tiny_gazetteer import build_tiny
from conflictlens.nlp.parser import parse


def test_a_plain_official_name_still_gives_its_short_name():
    assert bare_unit_forms(["Brenmoor Province"]) == ["Brenmoor"]
    assert bare_unit_forms(["Velmora\u2013Tasko"]) == ["Velmora"]


def test_an_adjective_left_by_the_unit_word_is_not_filed():
    # a Russian or Ukrainian adjective whose noun ("oblast") was stripped
    assert bare_unit_forms(["Chervanskaya oblast'"]) == []
    assert bare_unit_forms(["Tervinsky Municipal District"]) == []
    # a word of the table: the noun after "Autonomous" was the unit word
    assert bare_unit_forms(["Brenmoor Korvan Autonomous Prefecture"]) == []
    # a demonym of demonyms.tsv
    assert bare_unit_forms(["Kurdish Republic"]) == []


def test_a_name_after_a_persons_title_is_not_filed():
    assert bare_unit_forms(["Dr Ada Qwelani District Municipality"]) == []


def test_a_compass_half_does_not_take_the_whole_places_name():
    assert bare_unit_forms(["Velmora \u2013 sud", "Velmora \u2013 south"]) == []


def test_an_excluded_short_name_is_not_filed_in_its_country(monkeypatch):
    monkeypatch.setattr(tables, "unit_short_name_exclusions", lambda: frozenset({("Pellworth", "ZZ")}))
    assert bare_unit_forms(["Pellworth Municipality"], "ZZ") == []
    assert bare_unit_forms(["Pellworth Municipality"], "YY") == ["Pellworth"]


def test_every_exclusion_gives_its_country_and_reason():
    text = (tables.resources.files("conflictlens") / "data" / "geo"
            / "unit_short_name_exclusions.tsv").read_text("utf-8")
    rows = tables.tsv_rows(text)
    assert rows and all(len(r) == 3 and len(r[1]) == 2 and r[2] for r in rows)


SUBDIVISIONS = [
    # name, iso, gcode, geonameid, type, aliases, level, parent row, country row
    ["Northland", "CA-NX", "CA.99", "91100001", "Province", "", "1", "", "1"],
    ["Chervanskaya oblast'", "", "CA.99.01", "91100002", "", "", "2", "1", "1"],
    ["Dr Ada Qwelani District Municipality", "", "CA.99.02", "91100003", "", "", "2", "1", "1"],
    ["Velmora \u2013 south", "", "CA.99.03", "91100004", "", "", "2", "1", "1"],
    ["Brenmoor Municipality", "", "CA.99.04", "91100005", "", "", "2", "1", "1"],
]
TOWNS = [
    # name, geonameid, subdivision rows, population, lat, lon, admin1 code
    ("Oldbrook", 92100001, "1|2", 90000, 45.10, -79.30, "99"),
    ("Elmside", 92100002, "1|3", 5000, 45.20, -79.40, "99"),
    ("Tarrow", 92100003, "1|4", 3000, 45.30, -79.50, "99"),
    ("Quillby", 92100004, "1|5", 2000, 45.40, -79.60, "99"),
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Gazetteer:
    return build_tiny(tmp_path_factory.mktemp("tinyunitnames"), SUBDIVISIONS, TOWNS, patches=[(tables, "unit_short_name_exclusions", lambda: frozenset())])


def _units(gaz, name):
    return [c.name for c in gaz.lookup(name) if c.level in ("admin1", "admin2")]


def test_the_builder_files_the_plain_short_name(tiny):
    assert _units(tiny, "Brenmoor") == ["Brenmoor Municipality"]


def test_the_builder_files_no_adjective_person_or_whole_place(tiny):
    assert _units(tiny, "Chervanskaya") == []
    assert _units(tiny, "Dr Ada Qwelani") == []
    assert _units(tiny, "Velmora") == []


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def _places(geocoder, text):
    return {m.text: m.name for m in geocoder.toponyms(parse(text)) if m.kind == "name"}


def test_a_peoples_word_in_a_report_is_no_republic(geocoder):
    found = _places(geocoder, "Chechen volunteers joined the convoy near Orlovka, the envoy said.")
    assert "Chechen" not in found


def test_a_person_a_district_is_named_after_is_no_district(geocoder):
    found = _places(geocoder, "Mourners laid flowers by a statue of Sarah Baartman in Cape Town on Friday.")
    assert "Sarah Baartman" not in found
    assert "Cape Town" in found
