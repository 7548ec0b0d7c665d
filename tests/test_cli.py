"""The command line, run as a real process: output contract, formats, store, bad input."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conflictlens.model import ACLED_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

REPORT = """Militants attack army post in Velmora

On Tuesday, fighters of al-Shabaab attacked a Somali army post in Beledweyne, sparking clashes that killed
seven soldiers and four militants, a local commander said.
"""


def cli(*args, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "conflictlens.cli.main", *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "velmora.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_jsonl_contract(report_file):
    r = cli("extract", str(report_file), "--published", "2024-03-14", "--source", "Test Wire")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows, "the battle must be found"
    for row in rows:
        assert list(row)[:31] == list(ACLED_COLUMNS)
        assert set(row) == set(ACLED_COLUMNS) | {"article_id", "evidence", "confidence",
                                                 "plover_event", "plover_mode", "plover_context"}
        assert row["article_id"] == "velmora.txt"
        ev = row["evidence"]
        assert REPORT[ev["start"]:ev["end"]] == ev["text"]
        assert 0 <= row["confidence"] <= 1
    battle = rows[0]
    assert battle["event_type"] == "Battles" and battle["sub_event_type"] == "Armed clash"
    assert battle["event_date"] == "2024-03-12" and battle["year"] == 2024 and battle["time_precision"] == 1
    assert battle["actor1"] == "Al Shabaab" and battle["inter1"] == "Rebel group"
    assert battle["actor2"] == "Military Forces of Somalia (2022-)" and battle["inter2"] == "State forces"
    assert battle["interaction"] == "State forces-Rebel group"
    assert battle["fatalities"] == 11
    assert battle["country"] == "Somalia" and battle["iso"] == 706 and battle["region"] == "Eastern Africa"
    assert battle["source"] == "Test Wire"
    assert battle["event_id_cnty"] == "SOM1"


def test_acled_csv_has_exactly_the_31_columns(report_file):
    r = cli("extract", str(report_file), "--published", "2024-03-14", "--format", "acled")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) >= 2 and all(len(row) == 31 for row in rows)


def test_geojson_is_a_feature_collection(report_file):
    r = cli("extract", str(report_file), "--published", "2024-03-14", "--format", "geojson")
    assert r.returncode == 0, r.stderr
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    f = fc["features"][0]
    lon, lat = f["geometry"]["coordinates"]
    assert f["geometry"]["type"] == "Point"
    assert abs(lat - f["properties"]["latitude"]) < 1e-6 and abs(lon - f["properties"]["longitude"]) < 1e-6


def test_stdin_and_jsonl_input():
    line = json.dumps({"id": "feed-1", "text": REPORT, "published": "2024-03-14", "source": "Feed"})
    r = cli("extract", "--input-format", "jsonl", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and rows[0]["article_id"] == "feed-1" and rows[0]["source"] == "Feed"


def test_geoparse_writes_every_place(report_file):
    r = cli("geoparse", str(report_file), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    keys = {"article_id", "start", "end", "text", "name", "geonameid", "latitude", "longitude",
            "country_code", "admin1", "feature_code", "confidence", "kind"}
    assert rows and all(set(row) == keys for row in rows)
    assert any(row["text"] == "Beledweyne" and row["country_code"] == "SO" for row in rows)
    for row in rows:
        assert REPORT[row["start"]:row["end"]] == row["text"]


def test_no_event_in_a_business_report(tmp_path):
    path = tmp_path / "markets.txt"
    path.write_text("Shares rose on Tuesday after the central bank held interest rates, traders said.\n")
    r = cli("extract", str(path), "--published", "2024-03-14")
    assert r.returncode == 0 and r.stdout == ""


def test_bad_input_is_reported_and_the_rest_goes_through(tmp_path, report_file):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 bombing in Montr\xe9al".encode("latin-1"))
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(20 * 1024 * 1024)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ok", "text": REPORT, "published": "2024-03-14"}) + "\n"
                    + "{not json\n"
                    + json.dumps({"id": "bad-date", "text": REPORT, "published": "the ides of March"}) + "\n")
    (tmp_path / "velmora.txt").write_text(REPORT)
    r = cli("extract", str(tmp_path), "--published", "2024-03-14")
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if "error" in line]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "big.txt", "feed.jsonl:2", "feed.jsonl:3"):
        assert any(name in line for line in errors), (name, r.stderr)
    assert all(len(line) < 400 for line in errors)
    ids = {json.loads(x)["article_id"] for x in r.stdout.splitlines()}
    assert ids == {"ok", "velmora.txt"}


def test_ingest_is_idempotent_and_export_reads_the_store(tmp_path, report_file):
    db = tmp_path / "events.db"
    r1 = cli("ingest", str(report_file), "--db", str(db), "--published", "2024-03-14")
    assert r1.returncode == 0, r1.stderr
    n1 = sqlite3.connect(db).execute("select count(*) from events").fetchone()[0]
    r2 = cli("ingest", str(report_file), "--db", str(db), "--published", "2024-03-14")
    assert r2.returncode == 0 and "1 already stored" in r2.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from events").fetchone()[0] == n1 > 0
    assert con.execute("select count(*) from reports").fetchone()[0] == 1
    r3 = cli("export", "--db", str(db), "--format", "acled")
    rows = list(csv.reader(io.StringIO(r3.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(rows) == n1 + 1
    r4 = cli("export", "--db", str(db), "--format", "table")
    assert "Al Shabaab" in r4.stdout


def test_export_of_a_missing_database_fails_clearly(tmp_path):
    r = cli("export", "--db", str(tmp_path / "nope.db"))
    assert r.returncode == 2 and "nope.db" in r.stderr


def test_help_documents_every_command():
    r = cli("--help")
    for command in ("extract", "geoparse", "ingest", "export", "gazetteer"):
        assert command in r.stdout
    r = cli("extract", "--help")
    for option in ("--input-format", "--published", "--source", "--format"):
        assert option in r.stdout


def test_without_publication_date_the_dateline_anchors_relative_dates(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text("MOGADISHU, Somalia (March 14, 2024) - Al-Shabaab fighters clashed with Somali troops "
                    "in Beledweyne on Tuesday, killing three soldiers, officials said.\n")
    r = cli("extract", str(path))
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [row["event_date"] for row in rows] == ["2024-03-12"]


def test_with_no_date_at_all_only_absolute_dates_code_an_event(tmp_path):
    relative = tmp_path / "relative.txt"
    relative.write_text("Al-Shabaab fighters clashed with Somali troops in Beledweyne on Tuesday.\n")
    absolute = tmp_path / "absolute.txt"
    absolute.write_text("Al-Shabaab fighters clashed with Somali troops in Beledweyne on 12 March 2024.\n")
    month = tmp_path / "month.txt"
    month.write_text("Al-Shabaab fighters clashed with Somali troops in Beledweyne in March 2024.\n")
    r = cli("extract", str(relative), str(absolute), str(month))
    rows = {json.loads(x)["article_id"]: json.loads(x) for x in r.stdout.splitlines()}
    assert "relative.txt" not in rows
    assert rows["absolute.txt"]["event_date"] == "2024-03-12" and rows["absolute.txt"]["time_precision"] == 1
    assert rows["month.txt"]["time_precision"] == 3 and rows["month.txt"]["event_date"].startswith("2024-03")


def test_geoparse_puts_a_province_at_its_centre_not_its_capital(tmp_path):
    path = tmp_path / "anbar.txt"
    path.write_text("Fighting was reported in Al Anbar province and in Baghdad.\n")
    r = cli("geoparse", str(path))
    rows = {row["text"]: row for row in map(json.loads, r.stdout.splitlines())}
    anbar = rows["Al Anbar"]
    assert anbar["feature_code"] == "ADM1"
    # Ramadi, the capital, is at (33.42, 43.30); the province's centre lies well west of it
    assert anbar["longitude"] < 43.0
    assert rows["Baghdad"]["feature_code"] == "PPLC"


def test_an_undated_report_is_held_as_an_undated_event_out_of_the_export(tmp_path):
    relative = tmp_path / "relative.txt"
    relative.write_text("Al-Shabaab fighters clashed with Somali troops in Beledweyne on Tuesday.\n")
    db = tmp_path / "events.db"
    r = cli("ingest", str(relative), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "now holds 0 event(s) (and 1 undated" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("select event_date, time_precision from events").fetchall() == [("0001-01-01", 0)]
    rows = list(csv.reader(io.StringIO(cli("export", "--db", str(db), "--format", "acled").stdout)))
    assert rows == [list(ACLED_COLUMNS)]
