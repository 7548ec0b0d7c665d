"""``extract`` on a report with no date says why it wrote no rows, naming the file."""
from __future__ import annotations

import json
from datetime import date
import subprocess
import sys

import pytest

from conflictlens.cli.extract import undated_note
from conflictlens.model import Report

UNDATED = """Gunmen attack police checkpoint in Baqubah
Gunmen attacked a police checkpoint in Baqubah on Friday night, killing three policemen and
wounding two others, a security source in Diyala province said.
"""


def extract(*args):
    return subprocess.run([sys.executable, "-m", "conflictlens.cli.main", "extract", *args],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def undated_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("undated") / "baqubah-checkpoint.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return path


def test_undated_report_notes_why_nothing_was_written(undated_file):
    r = extract(str(undated_file))
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert "conflictlens: note:" in r.stderr
    assert str(undated_file) in r.stderr
    assert "1 event not written" in r.stderr and "--published" in r.stderr


def test_dated_report_writes_the_event_and_no_note(undated_file):
    r = extract(str(undated_file), "--published", "2023-05-07")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["event_date"] for row in rows] == ["2023-05-05"]
    assert "note:" not in r.stderr


def test_note_only_for_reports_without_a_date():
    dated = Report(id="a", text="x", published=date(2023, 5, 7))
    undated = Report(id="b", text="x")
    assert undated_note(dated, ["e"]) is None
    assert undated_note(undated, []) is None
    assert "2 events not written" in undated_note(undated, ["e", "f"])
