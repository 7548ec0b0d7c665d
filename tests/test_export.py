"""Export writers: column order, CSV quoting, GeoJSON structure, the terminal table."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from conflictlens.export import FORMATS, WRITERS, write_events
from conflictlens.export import csv as csv_export
from conflictlens.model import ACLED_COLUMNS, Event, Evidence


def event(**kw):
    base = dict(
        event_date=date(2022, 1, 21), event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", actor1="Islamic State (Syria)", inter1=2,
        actor2="QSD: Syrian Democratic Forces", inter2=2, iso=760, region="Middle East",
        country="Syria", admin1="Al Hasakeh", admin2="Al Hasakeh",
        location="Al Hasakeh - Ghuwayran", latitude=36.49291, longitude=40.74356,
        geo_precision=2, source="Shafaq News", source_scale="National",
        notes='IS fighters attacked "Ghuwayran" prison,\nkilling 20 guards.', fatalities=20,
        timestamp=1642900000, event_id_cnty="SYR1", article_id="ghuwayran-2022-01-23.txt",
        evidence=Evidence("Islamic State fighters attacked the prison", 17, 58),
        confidence=0.81234, country_code="SY",
    )
    base.update(kw)
    return Event(**base)


EVENTS = [
    event(),
    event(event_id_cnty="IRQ1", country="Iraq", iso=368, latitude=None, longitude=None,
          evidence=None, actor2="", inter2=None, location="Al Qaim \u2013 \u0627\u0644\u0642\u0627\u0626\u0645"),
    event(event_id_cnty="SYR2", event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
          actor2="Civilians (Syria)", inter2=7, latitude=-0.5, longitude=0.0, fatalities=0),
]


def run(fmt, events=EVENTS):
    out = io.StringIO()
    n = write_events(events, fmt, out)
    return n, out.getvalue()


def test_registry():
    assert set(WRITERS) == {"jsonl", "csv", "acled", "geojson", "table"} == set(FORMATS)
    with pytest.raises(ValueError, match="unknown export format"):
        write_events(EVENTS, "xlsx", io.StringIO())


def test_jsonl_rows():
    n, text = run("jsonl")
    lines = text.splitlines()
    assert n == 3 and len(lines) == 3
    rows = [json.loads(x) for x in lines]
    assert [{k: v for k, v in r.items() if not k.startswith("plover_")} for r in rows] == [e.to_row() for e in EVENTS]
    assert "\u0627\u0644\u0642\u0627\u0626\u0645" in text  # ensure_ascii=False
    assert rows[0]["evidence"] == {"text": "Islamic State fighters attacked the prison", "start": 17, "end": 58}


def test_acled_csv_has_exactly_the_31_columns_in_order():
    n, text = run("acled")
    rows = list(csv.reader(io.StringIO(text)))
    assert n == 3 and len(rows) == 4
    assert rows[0] == list(ACLED_COLUMNS) and len(rows[0]) == 31
    first = dict(zip(rows[0], rows[1]))
    assert first["event_id_cnty"] == "SYR1" and first["event_date"] == "2022-01-21"
    assert first["inter1"] == "Rebel group" and first["interaction"] == "Rebel group-Rebel group"
    assert first["latitude"] == "36.4929" and first["longitude"] == "40.7436"
    assert first["notes"] == EVENTS[0].notes  # quotes and newline survive
    iraq = dict(zip(rows[0], rows[2]))
    assert iraq["latitude"] == "" and iraq["inter2"] == "" and iraq["interaction"] == "Rebel group only"
    assert all(len(r) == 31 for r in rows)


def test_csv_adds_flat_evidence_columns():
    _, text = run("csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(csv_export.COLUMNS)
    assert list(csv_export.COLUMNS) == list(ACLED_COLUMNS) + [
        "article_id", "evidence_text", "evidence_start", "evidence_end", "confidence",
        "plover_event", "plover_mode", "plover_context"]
    assert rows[0]["evidence_text"] == "Islamic State fighters attacked the prison"
    assert (rows[0]["evidence_start"], rows[0]["evidence_end"]) == ("17", "58")
    assert rows[0]["confidence"] == "0.812"
    assert rows[1]["evidence_text"] == "" and rows[1]["evidence_start"] == ""


def test_geojson_structure():
    n, text = run("geojson")
    doc = json.loads(text)
    assert n == 2
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    f0, f1 = doc["features"]
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert f0["geometry"]["coordinates"] == [40.7436, 36.4929]  # [lon, lat]
    assert {k: v for k, v in f0["properties"].items() if not k.startswith("plover_")} == EVENTS[0].to_row()
    assert f0["id"] == "SYR1"
    assert f1["geometry"]["coordinates"] == [0.0, -0.5]  # zero is a coordinate, not "missing"
    assert "IRQ1" not in text  # no coordinates, skipped


def test_plover_type_and_mode_in_jsonl_csv_geojson_not_in_acled():
    """Issue #4 §4: every event carries its PLOVER event type and mode, outside the 31 columns."""
    _, text = run("jsonl")
    rows = [json.loads(x) for x in text.splitlines()]
    assert (rows[0]["plover_event"], rows[0]["plover_mode"], rows[0]["plover_context"]) == (
        "ASSAULT", "firearms", "military")  # Armed clash
    assert (rows[2]["plover_event"], rows[2]["plover_mode"]) == ("ASSAULT", "abduct")
    _, text = run("csv")
    flat = list(csv.DictReader(io.StringIO(text)))
    assert [r["plover_event"] for r in flat] == ["ASSAULT", "ASSAULT", "ASSAULT"]
    assert flat[2]["plover_mode"] == "abduct"
    _, text = run("geojson")
    props = json.loads(text)["features"][0]["properties"]
    assert (props["plover_event"], props["plover_mode"]) == ("ASSAULT", "firearms")
    _, text = run("acled")
    assert "plover" not in text.splitlines()[0] and "ASSAULT" not in text
    # a sub-event type with no PLOVER equivalent gets empty fields, not a guess
    _, text = run("jsonl", [event(event_type="Strategic developments", sub_event_type="Other")])
    row = json.loads(text)
    assert (row["plover_event"], row["plover_mode"], row["plover_context"]) == ("", "", "")


def test_geojson_empty_is_valid():
    n, text = run("geojson", [])
    assert n == 0 and json.loads(text) == {"type": "FeatureCollection", "features": []}


def test_table_is_fixed_width_and_truncated():
    long = event(actor1="Military Forces of Syria (2000-2024) Air Force and many others besides",
                 actor2="Military Forces of Syria (2000-2024)",
                 event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    n, text = run("table", [long, *EVENTS])
    lines = text.splitlines()
    assert n == 4 and lines[-1] == "4 events"
    header, rule, *body = lines[:-1]
    assert header.split()[:2] == ["date", "type"]
    assert len(body) == 4
    assert all(len(line) <= len(rule) for line in body)
    assert "Military Forces of Syri\u2026" in body[0]  # qualifier dropped, then cut
    assert "Military Forces of Syria  " in body[0]  # fits once "(2000-2024)" is dropped
    assert "Shelling/artillery/missile\u2026" in body[0] and "Explosions" not in body[0]
    assert "Battles / Armed clash" in body[1] and "2022-01-21" in body[1]
    assert body[1].rstrip().endswith("1/2")  # time/geo precision
    # columns line up: fatalities end at the same place on every line
    fat_end = header.index("fatal") + len("fatal")
    assert all(line[fat_end - 2:fat_end] == "20" for line in body[:3])
    assert "\n" not in body[1].replace(EVENTS[0].notes, "")


def test_table_empty():
    _, text = run("table", [])
    assert text.splitlines()[-1] == "0 events"


def test_writers_accept_generators():
    for fmt in FORMATS:
        n, _ = run(fmt, (e for e in EVENTS))
        assert n == (2 if fmt == "geojson" else 3)
