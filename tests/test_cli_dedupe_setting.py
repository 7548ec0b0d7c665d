"""`ingest --dedupe-setting NAME=VALUE`: one store rule or threshold set from the command line."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from conflictlens.store import DedupeSettings
from conflictlens.store.identity.settings import DEFAULT_SETTINGS, with_overrides

REPORTS = [
    {"id": "wire-a", "published": "2024-05-09", "source": "Dawn Wire",
     "text": "Gunmen from al-Shabaab attacked a police post in Baidoa, Somalia, on Wednesday, "
             "killing four police officers, a local official said."},
    {"id": "wire-b", "published": "2024-05-09", "source": "Coast Radio",
     "text": "Four police officers were killed on Wednesday when al-Shabaab fighters stormed "
             "a police post in the Somali town of Baidoa, officials said."},
]


def test_overrides_read_each_value_as_its_field_type():
    s = with_overrides(DEFAULT_SETTINGS, ["related_names=0.4", "day_window=2", "name-variants=off",
                                          "initial_names=True"])
    assert (s.related_names, s.day_window, s.name_variants, s.initial_names) == (0.4, 2, False, True)
    assert isinstance(s.day_window, int) and isinstance(s.related_names, float)
    assert with_overrides(DEFAULT_SETTINGS, []) == DEFAULT_SETTINGS


@pytest.mark.parametrize("pair, words", [
    ("related_name=0.4", ["unknown dedupe setting", "related_name", "related_names"]),
    ("related_names", ["unknown dedupe setting", "NAME=VALUE"]),
    ("day_window=two", ["day_window", "'two'", "int"]),
    ("name_variants=maybe", ["name_variants", "bool"]),
])
def test_a_bad_setting_is_an_error_naming_it(pair, words):
    with pytest.raises(ValueError) as err:
        with_overrides(DedupeSettings(), [pair])
    for word in words:
        assert word in str(err.value)


def _ingest(tmp_path, name, *options):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    db = tmp_path / f"{name}.db"
    r = subprocess.run([sys.executable, "-m", "conflictlens.cli.main", "ingest", str(feed), "--db", str(db),
                        "--input-format", "jsonl", *options], capture_output=True, text=True, timeout=600)
    return r, db


def test_ingest_passes_the_setting_to_the_store(tmp_path):
    r, db = _ingest(tmp_path, "merged")
    assert r.returncode == 0, r.stderr
    merged = sqlite3.connect(db).execute("select count(*) from events").fetchone()[0]
    r, db = _ingest(tmp_path, "apart", "--dedupe-setting", "enabled=false")
    assert r.returncode == 0, r.stderr
    apart = sqlite3.connect(db).execute("select count(*) from events").fetchone()[0]
    assert merged == 1 and apart == 2


def test_ingest_refuses_a_misspelt_setting_before_storing_anything(tmp_path):
    r, db = _ingest(tmp_path, "bad", "--dedupe-setting", "enabeld=false")
    assert r.returncode == 2 and "enabeld" in r.stderr
    assert not db.exists()
