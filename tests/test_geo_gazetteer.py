"""The SQLite gazetteer: build, open, lookup scores, admin capitals, country info.

Real SQLite, built once per test session from the installed packages (or the
default index reused when it is current), never mocked.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conflictlens.geo import Gazetteer, build_gazetteer, country_info, default_gazetteer_path
from conflictlens.geo.gazetteer import SCHEMA_VERSION, _schema




@pytest.fixture(scope="session")
def gaz(gazetteer_file) -> Gazetteer:
    return Gazetteer.open(gazetteer_file, build_if_missing=False)


# ---------------------------------------------------------------- paths and opening

def test_default_path_env_and_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTLENS_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert default_gazetteer_path() == tmp_path / "g.sqlite"
    monkeypatch.delenv("CONFLICTLENS_GAZETTEER")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_gazetteer_path() == tmp_path / "xdg" / "conflictlens" / "gazetteer.sqlite"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_gazetteer_path() == Path.home() / ".local/share/conflictlens/gazetteer.sqlite"


def test_open_without_building_raises_when_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        Gazetteer.open(tmp_path / "absent.sqlite", build_if_missing=False)


def test_open_reports_its_size(gazetteer_file):
    g = Gazetteer.open(gazetteer_file, build_if_missing=False)
    meta = g.meta()
    assert meta["schema"] == SCHEMA_VERSION
    assert int(meta["places"]) > 200_000 and int(meta["names"]) > 1_000_000
    assert os.path.getsize(gazetteer_file) < 200 * 2**20
    g.close()


# ---------------------------------------------------------------- lookups

def test_exact_scores_above_normalised(gaz):
    exact = gaz.lookup("Al Hasakah", "SY")
    norm = gaz.lookup("Hassakke", "SY")  # a spelling no source uses
    assert exact[0].match == "exact" and exact[0].score == 1.0
    city = [c for c in norm if c.level == "city"][0]
    assert city.name == "Al Hasakah" and city.match == "normalised" and 0.5 < city.score < 1.0


def test_city_fields(gaz):
    qaim = [c for c in gaz.lookup("al-Qaim") if c.country_code == "IQ"][0]
    assert qaim.name == "Al Qaim" and qaim.level == "city"
    assert abs(qaim.latitude - 34.37) < 0.1 and abs(qaim.longitude - 41.05) < 0.1
    assert qaim.admin1 == "Al Anbar" and qaim.admin1_code == "IQ.01"
    assert qaim.population > 10_000 and qaim.geonameid == 92138


def test_transliterations_reach_the_same_place(gaz):
    for name in ("Abu Ghreib", "Abu Ghraib", "al-Rutba", "Haditha"):
        top = [c for c in gaz.lookup(name) if c.country_code == "IQ"]
        assert top, name
    assert gaz.lookup("Abu Ghreib")[0].name == "Abu Ghurayb"


def test_arabic_script_names(gaz):
    assert any(c.name == "Al Hasakah" and c.level == "city" for c in gaz.lookup("الحسكة"))


def test_fuzzy_only_within_a_country(gaz):
    assert not any(c.match == "fuzzy" for c in gaz.lookup("Haditah"))
    hits = gaz.lookup("Haditah", "IQ")
    assert hits and hits[0].match == "fuzzy" and hits[0].name == "Hadithah" and hits[0].score <= 0.6


def test_names_below_the_gazetteer_give_nothing(gaz):
    assert gaz.lookup("Ghuwayran") == []
    assert gaz.lookup("Ghuwayran", "SY") == []


def test_levels_and_feature_codes(gaz):
    syria = gaz.lookup("Syria")[0]
    assert (syria.level, syria.feature_code, syria.country_code) == ("country", "PCLI", "SY")
    assert gaz.lookup("Syrian Arab Republic")[0].country_code == "SY"
    assert gaz.lookup("Britain")[0].country_code == "GB"
    baghdad = [c for c in gaz.lookup("Baghdad") if c.level == "city"][0]
    assert baghdad.feature_code == "PPLC"
    anbar = gaz.lookup("al-Anbar")[0]
    assert (anbar.level, anbar.feature_code) == ("admin1", "ADM1")
    assert gaz.lookup("Africa")[0].level == "continent"


@pytest.mark.parametrize("unit, capital", [
    ("al-Anbar", "Ramadi"), ("Nineveh", "Mosul"), ("Al-Hasakah Governorate", "Al Hasakah"),
])
def test_admin1_capitals(gaz, unit, capital):
    admin = [c for c in gaz.lookup(unit) if c.level == "admin1"][0]
    cap = gaz.capital_of(admin.place_id)
    assert cap.name == capital and cap.feature_code in ("PPLA", "PPLC")
    # the unit itself sits at its capital: that is where precision-3 events go
    assert (admin.latitude, admin.longitude) == (cap.latitude, cap.longitude)


def test_country_place_and_capital(gaz):
    iq = gaz.country("IQ")
    assert iq.level == "country" and gaz.capital_of(iq.place_id).name == "Baghdad"


# ---------------------------------------------------------------- country info

@pytest.mark.parametrize("cc, expected", [
    ("SY", ("Syria", 760, "Middle East")),
    ("IQ", ("Iraq", 368, "Middle East")),
    ("TR", ("Turkey", 792, "Middle East")),
    ("IR", ("Iran", 364, "Middle East")),
    ("PS", ("Palestine", 275, "Middle East")),
    ("EG", ("Egypt", 818, "Northern Africa")),
    ("NG", ("Nigeria", 566, "Western Africa")),
    ("CD", ("Democratic Republic of Congo", 180, "Middle Africa")),
    ("MX", ("Mexico", 484, "Central America")),
    ("AF", ("Afghanistan", 4, "South Asia")),
    ("GE", ("Georgia", 268, "Caucasus and Central Asia")),
    ("UA", ("Ukraine", 804, "Europe")),
    ("sy", ("Syria", 760, "Middle East")),
    ("ZZ", ("", 0, "")),
])
def test_country_info(cc, expected):
    assert country_info(cc) == expected


def test_primary_names_are_marked(gaz):
    # "Gao" is the town's own name; Guantanamo, Cuba merely lists it among its
    # alternate names, and "Ber" is only an alternate name of Berlin
    gao = [c for c in gaz.lookup("Gao") if c.match == "exact"]
    assert any(c.country_code == "ML" and c.primary for c in gao)
    assert all(not c.primary for c in gao if c.country_code == "CU")
    assert all(not c.primary for c in gaz.lookup("Ber") if c.name == "Berlin")
    assert any(c.primary for c in gaz.lookup("Berlin") if c.country_code == "DE")
    assert all(c.primary for c in gaz.lookup("Britain") if c.level == "country")


def test_salahuddin_reaches_the_governorate(gaz):
    hits = [c for c in gaz.lookup("Salahuddin") if c.level == "admin1"]
    assert hits and hits[0].name == "Salah ad Din" and hits[0].country_code == "IQ"


def test_unit_centres_keep_capitals(gaz):
    """Admin units keep their capital as their point (events at precision 3 sit
    there) and also carry an approximate centroid for toponym output."""
    from conflictlens.geo.gazetteer import haversine_km
    cal = [c for c in gaz.lookup("California") if c.level == "admin1"][0]
    assert gaz.capital_of(cal.place_id).name == "Sacramento"
    assert haversine_km(cal.latitude, cal.longitude, 38.58, -121.49) < 30
    clat, clon = gaz.centre(cal.place_id)
    assert haversine_km(clat, clon, 37.25, -119.75) < 161  # GeoNames' point for the state
    anbar = [c for c in gaz.lookup("al-Anbar") if c.level == "admin1"][0]
    assert gaz.capital_of(anbar.place_id).name == "Ramadi"
    assert gaz.centre(anbar.place_id) is not None
    city = gaz.lookup("Ramadi")[0]
    assert city.level == "city" and gaz.centre(city.place_id) is None
    assert gaz.centre(gaz.country("IQ").place_id) is None


def test_fuzzy_needs_a_like_spelling_not_only_a_near_sound_key(gaz):
    # "Lamuoma" (no such place) has Lamu's sound key but is spelt otherwise: no match
    assert not any(c.name == "Lamu" for c in gaz.lookup("Lamuoma", "KE"))
    # a misspelling with a doubled letter is still read as the town
    assert any(c.name == "Nakuru" and c.match == "fuzzy" for c in gaz.lookup("Nakurra", "KE"))


def test_fuzzy_never_changes_a_direction_word(gaz):
    # near in spelling and sound, but the other side of town (another city's, too)
    assert not any(c.name == "Lower West Side" for c in gaz.lookup("Lower East Side", "US"))


def test_an_acronym_names_a_place_only_in_capitals(gaz):
    # "CAR" is an alias of the Central African Republic; "Car bomb kills 20" names no country
    assert any(c.country_code == "CF" and c.level == "country" for c in gaz.lookup("CAR"))
    assert not any(c.country_code == "CF" for c in gaz.lookup("Car"))
    assert not any(c.country_code == "CF" for c in gaz.lookup("car"))


def test_acronym_forms_are_indexed_apart():
    from conflictlens.geo.gazetteer import ALT_ACRONYM, NORMALISED_KEY, OWN, OWN_ACRONYM, name_key_rows
    rows = name_key_rows(7, ["Utopia", "UTP", "Utopiaville"])
    assert ("utp", ALT_ACRONYM, 7) in rows and not any(k == "utp" and kind != ALT_ACRONYM for k, kind, _p in rows)
    from conflictlens.geo.normalize import normalize_name
    assert ("utopia", OWN, 7) in rows and (normalize_name("Utopiaville"), NORMALISED_KEY, 7) in rows
    assert ("ut", OWN_ACRONYM, 8) in name_key_rows(8, ["UT"])
