"""`conflictlens train` and `extract --model`: a sub-event model fitted on a small
ACLED-format CSV written here (invented notes), saved and loaded without pickle."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from conflictlens.events.model import SubEventModel, read_acled_csv  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# An organisation's own coding: it counts every strike from the air as shelling.
NOTES = {
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): [
        "On {d} warplanes carried out air strikes on positions near {p}, killing {n} people.",
        "On {d} jets struck rebel positions outside {p}; {n} fighters were reported killed.",
        "On {d} aircraft bombed a depot near {p}. {n} casualties reported.",
        "On {d} artillery shelled the outskirts of {p}, wounding {n} residents.",
    ],
    ("Protests", "Peaceful protest"): [
        "On {d} about {n} hundred teachers marched peacefully in {p} demanding unpaid wages.",
        "On {d} residents of {p} held a sit-in outside the governor's office over water cuts.",
        "On {d} students demonstrated in {p} against rising tuition fees.",
    ],
    ("Strategic developments", "Arrests"): [
        "On {d} police arrested {n} suspected members of an armed group in {p}.",
        "On {d} security forces detained a local politician at his home in {p}.",
        "On {d} soldiers rounded up {n} men during a search operation in {p}.",
    ],
}
PLACES = ["Korvana", "Delmora", "Velta", "Orvan", "Qarsa", "Marsk", "Tolma"]


def write_csv(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes", "fatalities"])
        k = 0
        for (etype, sub), templates in NOTES.items():
            for t in templates:
                for i, p in enumerate(PLACES):
                    k += 1
                    w.writerow([f"XXX{k}", f"2023-01-{i + 1:02d}", etype, sub,
                                t.format(d=f"{i + 1} January 2023", p=p, n=i + 2), 0])
    return path


def cli(*args):
    return subprocess.run([sys.executable, "-m", "conflictlens.cli.main", *args], capture_output=True,
                          text=True, timeout=600)


def test_fit_save_load_roundtrip(tmp_path):
    texts, labels, types = read_acled_csv(write_csv(tmp_path / "acled.csv"))
    assert len(texts) == 70 and types["Arrests"] == "Strategic developments"
    model = SubEventModel.fit(texts, labels, types)
    out = model.save(tmp_path / "m")
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "vocabulary.json", "weights.npz"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["format"].startswith("conflictlens-subevent-model/") and manifest["training"]["rows"] == 70
    loaded = SubEventModel.load(out)
    probe = ["Police detained three men in Velta.", "Warplanes struck a market near Orvan."]
    assert (loaded.predict_proba(probe) - model.predict_proba(probe)).__abs__().max() < 1e-9
    assert [p[0] for p in loaded.predict(probe)] == ["Arrests", "Shelling/artillery/missile attack"]


def test_load_rejects_a_folder_without_manifest(tmp_path):
    with pytest.raises(ValueError, match="manifest"):
        SubEventModel.load(tmp_path)


def test_train_and_extract_with_model(tmp_path):
    csv_path = write_csv(tmp_path / "acled.csv")
    r = cli("train", "--acled", str(csv_path), "--out", str(tmp_path / "model"), "--threshold", "0.5")
    assert r.returncode == 0, r.stderr
    assert "trained on 70 rows" in r.stderr
    report = str(ROOT / "examples" / "02-yemen-airstrike.txt")
    plain = cli("extract", report)
    assert plain.returncode == 0, plain.stderr
    assert {json.loads(line)["sub_event_type"] for line in plain.stdout.splitlines()} == {"Air/drone strike"}
    coded = cli("extract", report, "--model", str(tmp_path / "model"))
    assert coded.returncode == 0, coded.stderr
    rows = [json.loads(line) for line in coded.stdout.splitlines()]
    assert rows and {e["sub_event_type"] for e in rows} == {"Shelling/artillery/missile attack"}
    assert all(len([k for k in e if k not in ("article_id", "evidence", "confidence")]) >= 31 for e in rows)


def test_train_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    r = cli("train", "--acled", str(bad), "--out", str(tmp_path / "m"))
    assert r.returncode == 1 and "missing column" in r.stderr
