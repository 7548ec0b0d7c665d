"""Real processes on one store: concurrent writers, a killed ingest, the seed told twice, PostgreSQL CLI."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from conflictlens.store import open_store
from pg_helpers import pg_url  # noqa: F401 - fixture
from test_dedupe import event, report

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "ghuwayran-2022-01-23.txt"

WIRE = """Fighting rages for third day at Syrian prison held by Islamic State militants

HASAKAH, Syria - Fighting between Islamic State militants and the Syrian Democratic Forces at the Ghuwayran prison in al-Hasakeh continued on Saturday, the third day of clashes since the militants stormed the jail on Thursday.

Clashes between Islamic State fighters and the Syrian Democratic Forces in the Ghuwayran district killed at least 40 people on Thursday, Friday and Saturday, a spokesman for the SDF said.
"""

TOWNS = [("Mosul", 36.34, 43.13), ("Kirkuk", 35.47, 44.39), ("Tikrit", 34.6, 43.68), ("Ramadi", 33.42, 43.3),
         ("Fallujah", 33.35, 43.78), ("Samarra", 34.2, 43.87), ("Baqubah", 33.75, 44.64), ("Hit", 33.64, 42.83)]


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "conflictlens.cli.main", *args], capture_output=True,
                          text=True, timeout=600, **kw)


def _writer(path, offset, n):
    s = open_store(path)
    for i in range(n):
        town, lat, lon = TOWNS[i % len(TOWNS)]
        rid = f"r{i}"  # both processes store the same reports, in a different order
        s.add_report(report(rid, source=f"outlet{offset}"), [
            event(location=town, latitude=lat, longitude=lon, country_code="IQ", country="Iraq", iso=368,
                  actor1="", actor2="", event_date=date(2022, 1, 1 + i % 20), source=f"outlet{offset}")])
    s.close()


def write_in_two_processes(url: str, n: int) -> None:
    """Two real processes store the same ``n`` reports into one store at once (any backend)."""
    open_store(url).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(url, k, n)) for k in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0


def test_two_writers_at_once_neither_corrupt_nor_duplicate(tmp_path):
    path = str(tmp_path / "shared.db")
    write_in_two_processes(path, 40)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 40
    # 40 reports, 20 days x 8 towns cycle: (day, town) pairs repeat every 40 -> 40 distinct events
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 40
    assert db.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0] == 40
    ids = [r[0] for r in db.execute("SELECT event_id_cnty FROM events")]
    assert len(set(ids)) == 40


def _feed(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            town = TOWNS[i % len(TOWNS)][0]
            text = (f"{town}, Iraq - Gunmen attacked a police checkpoint in {town} on Monday, killing "
                    f"{i % 7 + 2} policemen, security sources said. Report number {i}: the attack "
                    f"came after {i} days of calm in the district, officials told reporters.")
            out.write(json.dumps({"id": f"feed-{i}", "text": text, "published": f"2021-{1 + i % 12:02d}-{10 + i % 15}",
                                  "source": f"Outlet {i % 3}", "url": f"https://feed.example/{i}"}) + "\n")


def _dump(path):
    db = sqlite3.connect(path)
    rows = db.execute("SELECT event_id_cnty, event_date, event_type, location, fatalities, source "
                      "FROM events ORDER BY 1").fetchall()
    srcs = db.execute("SELECT event_id_cnty, article_id FROM event_sources ORDER BY 1, 2").fetchall()
    reps = db.execute("SELECT article_id, content_hash FROM reports ORDER BY 1").fetchall()
    db.close()
    return rows, srcs, reps


@pytest.mark.slow
def test_killed_ingest_then_rerun_adds_nothing_twice(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _feed(feed, 400)
    clean = tmp_path / "clean.db"
    r = cli("ingest", str(feed), "--db", str(clean), "--quiet")
    assert r.returncode == 0, r.stderr
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "conflictlens.cli.main", "ingest", str(feed), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            con = sqlite3.connect(db, timeout=1)
            stored = con.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
            con.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 20:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_reports = con.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    assert 20 <= n_reports < 400
    # nothing half-stored: every event has its sources, every source its report
    assert con.execute("SELECT COUNT(*) FROM events WHERE event_id_cnty NOT IN "
                       "(SELECT event_id_cnty FROM event_sources)").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM event_sources WHERE article_id NOT IN "
                       "(SELECT article_id FROM reports)").fetchone()[0] == 0
    con.close()
    r = cli("ingest", str(feed), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert f"{n_reports} already stored" in r.stderr or "already stored" in r.stderr
    assert _dump(db) == _dump(clean)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent")
def test_seed_twice_and_a_second_report_of_the_clashes(tmp_path):
    db = tmp_path / "seed.db"
    wire = tmp_path / "ghuwayran-wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    for _ in range(2):
        r = cli("ingest", str(SEED), "--db", str(db), "--published", "2022-01-23", "--source", "Shafaq News")
        assert r.returncode == 0, r.stderr
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    r = cli("ingest", str(wire), "--db", str(db), "--published", "2022-01-22", "--source", "Wire Service")
    assert r.returncode == 0, r.stderr
    out = cli("export", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    battles = [x for x in rows if x["event_type"] == "Battles" and "Ghuwayran" in x["location"]]
    days = [x["event_date"] for x in battles]
    assert sorted(days) == sorted(set(days)) and len(days) >= 2  # one event per day
    assert len(rows) <= before + 1  # the wire report added no duplicate battle
    extracted = {json.loads(x)["event_date"]: json.loads(x)["fatalities"] for x in cli(
        "extract", str(wire), "--published", "2022-01-22", "--source", "Wire Service").stdout.splitlines()
        if json.loads(x)["event_type"] == "Battles"}
    for b in battles:
        if b["event_date"] in extracted:
            assert b["article_ids"] == [SEED.name, wire.name]
            assert "Shafaq News" in b["source"] and "Wire Service" in b["source"]
            if b["fatalities"] != extracted[b["event_date"]] or "Fatality counts vary" in b["notes"]:
                assert "Fatality counts vary" in b["notes"]
            assert b["fatalities"] <= extracted[b["event_date"]] or extracted[b["event_date"]] == 0
    h = cli("history", battles[0]["event_id_cnty"], "--db", str(db))
    assert h.returncode == 0 and "created" in h.stdout and "updated" in h.stdout and wire.name in h.stdout


CLASHES_A = """Clashes at Ghuwayran prison in Hasakah

HASAKAH, Syria - Islamic State fighters attacked the Ghuwayran prison in al-Hasakeh on Thursday and clashed with the Syrian Democratic Forces guarding it.

The fighting between the militants and the SDF went on at the prison on Friday and killed 30 people, the SDF said.
"""

CLASHES_B = """Dozens dead in prison fighting in northeast Syria

Fighting between Islamic State militants and the Syrian Democratic Forces at the Ghuwayran prison in al-Hasakeh went on for a second day on Friday. The clashes on Friday killed 45 people, according to a monitor's count.
"""


def test_two_reports_of_the_clashes_with_different_tolls(tmp_path):
    """Two outlets, two tolls for the same day's fighting: one event per day, both sources,
    the lowest toll coded and the other named in the notes."""
    db = tmp_path / "clashes.db"
    files = []
    for name, text, outlet in (("outlet-a.txt", CLASHES_A, "Outlet A"), ("outlet-b.txt", CLASHES_B, "Outlet B")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append((tmp_path / name, outlet))
    tolls = {}
    for path, outlet in files:
        out = cli("extract", str(path), "--published", "2022-01-22", "--source", outlet)
        tolls[outlet] = {json.loads(x)["event_date"]: json.loads(x)["fatalities"] for x in out.stdout.splitlines()
                         if json.loads(x)["event_type"] == "Battles"}
        r = cli("ingest", str(path), "--db", str(db), "--published", "2022-01-22", "--source", outlet)
        assert r.returncode == 0, r.stderr
    both = sorted(set(tolls["Outlet A"]) & set(tolls["Outlet B"]))
    assert both and all(tolls["Outlet A"][d] != tolls["Outlet B"][d] for d in both)  # the premise
    rows = [json.loads(x) for x in cli("export", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    battles = [x for x in rows if x["event_type"] == "Battles"]
    days = [x["event_date"] for x in battles]
    assert sorted(days) == sorted(set(days)) == sorted(set(tolls["Outlet A"]) | set(tolls["Outlet B"]))
    for b in battles:
        if b["event_date"] not in both:
            continue
        a_toll, b_toll = tolls["Outlet A"][b["event_date"]], tolls["Outlet B"][b["event_date"]]
        assert b["article_ids"] == ["outlet-a.txt", "outlet-b.txt"]
        assert "Outlet A" in b["source"] and "Outlet B" in b["source"]
        assert b["fatalities"] == min(a_toll, b_toll)
        high, who = max((a_toll, "Outlet A"), (b_toll, "Outlet B"))
        assert "Fatality counts vary by source:" in b["notes"] and f"{high} ({who})" in b["notes"]


CLASHES_ROSE = """Toll of Ghuwayran prison fighting rises

HASAKAH, Syria - The death toll from Friday's fighting between Islamic State militants and the Syrian Democratic Forces at the Ghuwayran prison in al-Hasakeh rose to 45, the SDF said on Sunday.
"""


def test_a_later_report_of_a_risen_toll_updates_the_clashes(tmp_path):
    """A later report telling Friday's toll as risen: that toll is coded, the lower one in
    the notes, the sentence telling the rise in the history."""
    db = tmp_path / "clashes.db"
    for name, text, outlet, day in (("outlet-a.txt", CLASHES_A, "Outlet A", "2022-01-22"),
                                    ("outlet-c.txt", CLASHES_ROSE, "Outlet C", "2022-01-24")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        r = cli("ingest", str(tmp_path / name), "--db", str(db), "--published", day, "--source", outlet)
        assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in cli("export", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    (friday,) = [x for x in rows if x["event_date"] == "2022-01-21" and x["event_type"] == "Battles"]
    assert friday["article_ids"] == ["outlet-a.txt", "outlet-c.txt"] and friday["fatalities"] == 45
    assert "Fatality counts vary by source:" in friday["notes"] and "45 is coded, as Outlet C" in friday["notes"]
    h = cli("history", friday["event_id_cnty"], "--db", str(db), "--format", "jsonl")
    last = [json.loads(x) for x in h.stdout.splitlines()][-1]
    assert last["changes"]["fatalities"][1] == 45
    told = last["changes"]["toll_evidence"][1]
    assert told["update"] == "rise" and "rose to 45" in told["text"]
    assert CLASHES_ROSE[told["start"]:told["end"]] == told["text"]


def test_cli_on_postgresql(pg_url, tmp_path):  # noqa: F811
    rep = tmp_path / "velmora.txt"
    rep.write_text("Militants attack army post\n\nOn Tuesday, fighters of al-Shabaab attacked a Somali army "
                   "post in Beledweyne, sparking clashes that killed seven soldiers, a commander said.\n")
    for _ in range(2):
        r = cli("ingest", str(rep), "--db", pg_url, "--published", "2024-03-14")
        assert r.returncode == 0, r.stderr
    assert "1 already stored" in r.stderr
    out = cli("export", "--db", pg_url, "--format", "jsonl")
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert rows and all(x["article_ids"] == ["velmora.txt"] for x in rows)
    acled = cli("export", "--db", pg_url, "--format", "acled")
    assert len(acled.stdout.splitlines()[0].split(",")) == 31
    h = cli("history", rows[0]["event_id_cnty"], "--db", pg_url)
    assert h.returncode == 0 and "created" in h.stdout
    d = cli("export", "--db", pg_url, "--deletions", "--since", "0")
    assert d.returncode == 0 and d.stdout == ""
