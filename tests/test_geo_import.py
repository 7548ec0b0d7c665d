"""``conflictlens gazetteer import``: GeoNames dumps, alternateNamesV2 and the user's CSV.

Small files in GeoNames' own formats are written to tmp_path with invented places
("Zorvath", a village in al-Anbar, Iraq); every test imports into its own copy of
the session index, never into the user's default index.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conflictlens.geo import Gazetteer, Geocoder, build_gazetteer
from conflictlens.geo.imports import detect_kind, import_file
from conflictlens.nlp.parser import parse

ZORVATH_GID = 99000001


def geoname(gid, name, lat, lon, fclass="P", fcode="PPL", cc="IQ", a1="01", pop=0, alts="", ascii_=None):
    cols = [str(gid), name, ascii_ or name, alts, str(lat), str(lon), fclass, fcode, cc, "", a1, "", "", "",
            str(pop), "", "100", "Asia/Baghdad", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols)


@pytest.fixture()
def index(gazetteer_file, tmp_path) -> Path:
    dst = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer_file, dst)
    return dst


@pytest.fixture()
def iq_txt(tmp_path) -> Path:
    lines = [
        geoname(ZORVATH_GID, "Zorvath", 33.91, 41.47, pop=1200, alts="Zorvat,Zurvath al-Gharbi"),
        geoname(99000002, "Qasr Denavi", 34.05, 42.10, fclass="S", fcode="PRN", pop=0),
        "99000003\tBroken\tBroken\t\tnot-a-lat\t41.0\tP\tPPL\tIQ",       # too few columns
        geoname(99000004, "Nowhere", 95.0, 41.0),                         # latitude out of range
        geoname(99000005, "Seamount Zorv", 30.0, 50.0, fclass="U", fcode="SMU", cc=""),  # undersea: skipped
        geoname(98182, "Baghdad", 33.34, 44.40, fcode="PPLC", a1="07", pop=7216000, alts="Zawraa Madinat"),
    ]
    p = tmp_path / "IQ.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_detect_kind(iq_txt, tmp_path):
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t2\ten\tX\t\t\t\t\t\t\n", encoding="utf-8")
    csvf = tmp_path / "mine.csv"
    csvf.write_text("name,aliases,lat,lon,country,parent\n", encoding="utf-8")
    assert (detect_kind(iq_txt), detect_kind(alt), detect_kind(csvf)) == ("geonames", "alternatenames", "csv")


def test_geonames_dump(index, iq_txt):
    errors = []
    rep = import_file(index, iq_txt, warn=errors.append)
    # one line per malformed line, naming file and line; the rest went in
    assert len(errors) == 2 and rep.errors == errors
    assert errors[0].startswith(f"{iq_txt}:3: ") and errors[1].startswith(f"{iq_txt}:4: ")
    assert rep.places_added == 2 and rep.merged == 1 and rep.skipped == 1
    gaz = Gazetteer(index)
    z = gaz.lookup("Zorvath")
    assert [(c.name, c.country_code, c.geonameid, c.level, c.feature_code) for c in z] == [
        ("Zorvath", "IQ", ZORVATH_GID, "city", "PPL")]
    assert z[0].admin1 == "Al Anbar" and z[0].admin1_code == "IQ.01" and z[0].primary
    assert abs(z[0].latitude - 33.91) < 1e-6 and z[0].population == 1200
    # alternate names of the dump, and normalised spellings of them
    assert gaz.lookup("Zurvath al-Gharbi")[0].geonameid == ZORVATH_GID
    assert gaz.lookup("Zurvath el Gharbi")[0].match == "normalised"
    # fuzzy under a country prior reaches imported names too
    assert gaz.lookup("Zorvathh", country="IQ")[0].geonameid == ZORVATH_GID
    assert gaz.lookup("Qasr Denavi")[0].feature_code == "PRN"
    # an existing geonameid only adds names: Baghdad keeps its single place
    bag = gaz.lookup("Zawraa Madinat")
    assert len(bag) == 1 and bag[0].name == "Baghdad" and bag[0].level == "city"
    assert len([c for c in gaz.lookup("Baghdad") if c.level == "city" and c.geonameid == 98182]) == 1
    assert not gaz.lookup("Seamount Zorv") and not gaz.lookup("Nowhere")


def test_reimport_is_idempotent(index, iq_txt):
    import_file(index, iq_txt, warn=lambda _l: None)
    rep = import_file(index, iq_txt, warn=lambda _l: None)
    assert rep.places_added == 0
    assert len(Gazetteer(index).lookup("Zorvath")) == 1


def test_alternate_names(index, iq_txt, tmp_path):
    import_file(index, iq_txt, warn=lambda _l: None)
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("\n".join([
        f"5000001\t{ZORVATH_GID}\ten\tZorvah Village\t1\t\t\t\t\t",
        f"5000002\t{ZORVATH_GID}\tar\tزورفاث\t\t\t\t\t\t",
        f"5000003\t{ZORVATH_GID}\tlink\thttps://en.wikipedia.org/wiki/Zorvath\t\t\t\t\t\t",
        "5000004\tnot-an-id\ten\tBad",
        "5000005\t99999999\ten\tPlace Not In Index\t\t\t\t\t\t",
        f"5000006\t{ZORVATH_GID}\ten\tOld Zorvatheum\t\t\t\t1\t\t",   # historic: skipped
        f"5000007\t{ZORVATH_GID}\ten\tZRV\t\t1\t\t\t\t",            # an acronym: capitals only
    ]) + "\n", encoding="utf-8")
    errors = []
    rep = import_file(index, alt, warn=errors.append)
    assert rep.kind == "alternatenames"
    assert errors == [f"{alt}:4: expected alternateNameId, geonameid, isolanguage, name, ... "
                      "(tab-separated, numeric ids)"]
    gaz = Gazetteer(index)
    assert gaz.lookup("Zorvah Village")[0].geonameid == ZORVATH_GID
    assert gaz.lookup("زورفاث")[0].geonameid == ZORVATH_GID
    assert not gaz.lookup("Place Not In Index") and not gaz.lookup("Old Zorvatheum")
    assert gaz.lookup("ZRV")[0].geonameid == ZORVATH_GID
    assert not any(c.geonameid == ZORVATH_GID for c in gaz.lookup("Zrv"))


def test_user_csv(index, tmp_path):
    f = tmp_path / "my_places.csv"
    f.write_text(
        "name,aliases,lat,lon,country,parent\n"
        "Kalvast Camp,Camp Kalvast|Mukhayyam Kalvast,33.2,43.9,IQ,Anbar\n"
        "Orrin Checkpoint,,36.5,40.7,Syria,al-Hasakeh\n"
        "Bad Lat,,north,40.7,SY,\n"
        "Ghostland,,10,10,ZZZ,\n",
        encoding="utf-8")
    errors = []
    rep = import_file(index, f, warn=errors.append)
    assert rep.places_added == 2
    assert [e.split(": ")[0] for e in errors] == [f"{f}:4", f"{f}:5"]
    gaz = Gazetteer(index)
    camp = gaz.lookup("Camp Kalvast")
    assert camp[0].name == "Kalvast Camp" and camp[0].country_code == "IQ"
    assert camp[0].admin1 == "Al Anbar" and camp[0].admin1_code == "IQ.01"
    orrin = gaz.lookup("Orrin Checkpoint")[0]
    assert orrin.country_code == "SY" and orrin.admin1_code.startswith("SY.")


def test_geocoder_finds_imported_places(index, iq_txt):
    import_file(index, iq_txt, warn=lambda _l: None)
    geo = Geocoder(Gazetteer(index))
    found = geo.find_places(parse("Gunmen attacked the village of Zorvath in al-Anbar province, Iraq, "
                                  "on Monday, killing three farmers."))
    z = [m for m in found if m.text == "Zorvath"]
    assert z and z[0].geonameid == ZORVATH_GID and z[0].country_code == "IQ" and z[0].geo_precision in (1, 2)


def test_cli_import_and_lookup(index, iq_txt, capsys):
    from conflictlens.cli.main import main
    assert main(["gazetteer", "import", "--path", str(index), str(iq_txt)]) == 2  # two malformed lines
    err = capsys.readouterr().err
    assert f"{iq_txt}:3:" in err and "2 places added" in err
    assert main(["gazetteer", "lookup", "Zorvath", "--path", str(index)]) == 0
    assert f"geonameid={ZORVATH_GID}" in capsys.readouterr().out


@pytest.mark.slow
def test_rebuild_keeps_imports(index, iq_txt, tmp_path):
    import_file(index, iq_txt, warn=lambda _l: None)
    f = tmp_path / "mine.csv"
    f.write_text("name,aliases,lat,lon,country,parent\nKalvast Camp,,33.2,43.9,IQ,Anbar\n", encoding="utf-8")
    import_file(index, f, warn=lambda _l: None)
    build_gazetteer(index)  # about a minute
    gaz = Gazetteer(index)
    assert gaz.lookup("Zorvath")[0].geonameid == ZORVATH_GID
    assert gaz.lookup("Zurvath al-Gharbi")[0].geonameid == ZORVATH_GID
    assert gaz.lookup("Kalvast Camp")[0].admin1_code == "IQ.01"
    assert gaz.lookup("Zawraa Madinat")[0].name == "Baghdad"
    build_gazetteer(index, keep_imports=False)
    assert not Gazetteer(index).lookup("Zorvath")
