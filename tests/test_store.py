"""The SQLite store on real files: schema, ids, round trips, idempotence, atomicity."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from conflictlens.model import ACLED_COLUMNS, Event, Evidence, Report
from conflictlens.store import Store, open_store
from conflictlens.store.schema import LATEST_VERSION, MIGRATIONS

TEXT = "HASAKAH, Syria - Islamic State fighters attacked the Ghuwayran prison on Thursday."


def report(rid="ghuwayran-2022-01-23.txt", text=TEXT):
    return Report(id=rid, text=text, title="Prison attack", published=date(2022, 1, 23),
                  source="Shafaq News", url=f"https://example.org/{rid}", origin=f"seed/{rid}")


#: somewhere else (Raqqa, ~200 km away): never the same event as event()
ELSEWHERE = dict(location="Ar Raqqa - Ar Raqqa", latitude=35.95, longitude=39.01, admin1="Ar Raqqa")


def event(**kw):
    base = dict(
        event_date=date(2022, 1, 21), event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", time_precision=1,
        actor1="Islamic State (Syria)", assoc_actor_1="", inter1=2,
        actor2="QSD: Syrian Democratic Forces", assoc_actor_2="", inter2=2,
        civilian_targeting="", iso=760, region="Middle East", country="Syria",
        admin1="Al Hasakeh", admin2="Al Hasakeh", admin3="Al Hasakeh",
        location="Al Hasakeh - Ghuwayran", latitude=36.4929, longitude=40.7436,
        geo_precision=2, source="Shafaq News", source_scale="National",
        notes="On 21 January 2022, IS fighters attacked Ghuwayran prison.", fatalities=20,
        tags="", evidence=Evidence("Islamic State fighters attacked the Ghuwayran prison", 17, 69),
        confidence=0.8125, explanation="trigger 'attacked'; both armed", country_code="SY",
    )
    base.update(kw)
    return Event(**base)


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "events.db"))
    yield s
    s.close()


def test_schema_migrations_and_wal(tmp_path):
    path = tmp_path / "conflictlens.db"
    s = open_store(f"sqlite:///{path}")
    assert path.exists() and s.schema_version() == LATEST_VERSION
    s.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"schema_version", "reports", "events", "id_counters", "deletions"} <= tables
    cols = [r[1] for r in db.execute("PRAGMA table_info(events)")]
    assert set(ACLED_COLUMNS) <= set(cols)
    assert {"article_id", "evidence_text", "evidence_start", "evidence_end", "confidence",
            "explanation", "row_json"} <= set(cols)
    db.close()
    # reopening does not re-run migrations
    s = Store(str(path))
    assert s.schema_version() == LATEST_VERSION
    assert s._db.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    s.close()


def test_open_store_urls(tmp_path):
    with pytest.raises(ValueError):
        open_store("mysql://localhost/acled")
    with pytest.raises(FileNotFoundError):
        open_store(str(tmp_path / "missing-folder" / "x.db"))
    mem = open_store("sqlite://")
    assert mem.counts() == {"reports": 0, "events": 0, "deletions": 0}
    mem.close()


def test_round_trip_and_ids(store):
    r = report()
    assert not store.has_report(r)
    stored = store.add_report(r, [
        event(),
        event(event_date=date(2022, 1, 20), country_code="IQ", country="Iraq", iso=368,
              latitude=None, longitude=None, evidence=None, inter2=None, actor2=""),
        event(event_type="Violence against civilians", sub_event_type="Attack", inter2=7,
              actor2="Civilians (Syria)", civilian_targeting="Civilians targeted"),
    ])
    assert [e.event_id_cnty for e in stored] == ["SYR1", "IRQ1", "SYR2"]
    assert all(e.article_id == r.id and e.timestamp > 0 for e in stored)
    assert store.has_report(r)
    back = list(store.events())
    # ordered by event_date, then id
    assert [e.event_id_cnty for e in back] == ["IRQ1", "SYR1", "SYR2"]
    by_id = {e.event_id_cnty: e for e in back}
    for e in stored:
        assert by_id[e.event_id_cnty] == e  # every field, evidence included
    assert by_id["IRQ1"].evidence is None and by_id["IRQ1"].latitude is None
    assert by_id["SYR1"].to_row() == stored[0].to_row()
    row_json = store._db.execute(
        "SELECT row_json FROM events WHERE event_id_cnty = 'SYR1'").fetchone()[0]
    assert json.loads(row_json) == stored[0].to_row()
    # counters continue across reports
    more = store.add_report(report("other.txt", "Another report."), [event(**ELSEWHERE)])
    assert more[0].event_id_cnty == "SYR3"
    assert store.counts() == {"reports": 2, "events": 4, "deletions": 0}


def test_prefix_fallbacks(store):
    stored = store.add_report(report(), [
        event(country_code="", iso=4, country="Afghanistan"),
        event(country_code="", iso=None, country="Yemen"),
        event(country_code="XK", country="Kosovo", iso=None),
        event(country_code="", iso=None, country="Atlantis"),
    ])
    assert [e.event_id_cnty for e in stored] == ["AFG1", "YEM1", "XKX1", "XXX1"]


def test_existing_ids_are_kept_and_counter_moves_past(store):
    stored = store.add_report(report(), [event(event_id_cnty="SYR41"), event()])
    assert [e.event_id_cnty for e in stored] == ["SYR41", "SYR42"]


def test_same_report_twice_adds_nothing(store, tmp_path):
    r = report()
    first = store.add_report(r, [event(), event(fatalities=3)])
    again = store.add_report(report(), [event(), event(), event()])
    assert again == first
    assert store.counts() == {"reports": 1, "events": 2, "deletions": 0}
    # and across processes (a fresh connection on the same file)
    other = Store(store.path)
    assert other.has_report(r)
    other.add_report(r, [event()])
    assert other.counts()["events"] == 2
    other.close()


def test_changed_report_replaces_its_events(store):
    store.add_report(report(), [event(), event(fatalities=1, event_date=date(2022, 1, 22))])
    store.add_report(report("keep.txt", "Untouched."), [event(**ELSEWHERE)])
    changed = report(text=TEXT + " Update: 30 guards were killed.")
    assert not store.has_report(changed)
    new = store.add_report(changed, [event(fatalities=30)])
    # the same event told again keeps its id; the one the report no longer tells is deleted
    assert [e.event_id_cnty for e in new] == ["SYR1"]
    assert store.has_report(changed)
    assert [(e.event_id_cnty, e.article_id, e.fatalities) for e in store.events()] == [
        ("SYR1", changed.id, 30), ("SYR3", "keep.txt", 20)]
    assert store.counts() == {"reports": 2, "events": 2, "deletions": 1}
    logged = store._db.execute("SELECT event_id_cnty, reason FROM deletions ORDER BY 1").fetchall()
    assert [tuple(x) for x in logged] == [("SYR2", "report changed")]
    assert [h["action"] for h in store.history("SYR1")] == ["created", "updated"]
    assert store.history("SYR1")[1]["changes"]["fatalities"] == [20, 30]


def _snapshot(path):
    db = sqlite3.connect(path)
    out = {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
           for t in ("reports", "events", "id_counters", "deletions", "event_sources",
                     "event_history", "report_outlets")}
    db.close()
    return out


def test_failure_midway_leaves_nothing_of_the_report(store, monkeypatch):
    store.add_report(report("before.txt", "Earlier."), [event(**ELSEWHERE)])
    before = _snapshot(store.path)
    calls = []
    real = Store._insert_event

    def failing(self, ev):
        calls.append(ev.event_id_cnty)
        if len(calls) == 2:
            raise RuntimeError("disk full (simulated)")
        return real(self, ev)

    monkeypatch.setattr(Store, "_insert_event", failing)
    with pytest.raises(RuntimeError):
        store.add_report(report(), [event(), event(), event()])
    monkeypatch.undo()
    assert calls == ["SYR2", "SYR3"]  # the first event and the report row were written...
    assert _snapshot(store.path) == before  # ...and rolled back, counters included
    assert not store.has_report(report())
    # the store is still usable and ids continue where they were
    assert [e.event_id_cnty for e in store.add_report(report(), [event()])] == ["SYR2"]


def test_constraint_failure_midway_rolls_back(store):
    before = _snapshot(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        # the second event reuses the first one's id: the database itself refuses it
        store.add_report(report(), [event(event_id_cnty="SYR7"), event(event_id_cnty="SYR7")])
    assert _snapshot(store.path) == before


def test_failed_change_keeps_old_events(store, monkeypatch):
    store.add_report(report(), [event(), event()])
    before = _snapshot(store.path)
    monkeypatch.setattr(Store, "_insert_event", lambda self, ev: (_ for _ in ()).throw(OSError("boom")))
    monkeypatch.setattr(Store, "_update_event", lambda self, ev: (_ for _ in ()).throw(OSError("boom")))
    with pytest.raises(OSError):
        store.add_report(report(text="Changed text."), [event()])
    assert _snapshot(store.path) == before


def test_events_since(store, monkeypatch):
    import conflictlens.store.sqlite as mod
    monkeypatch.setattr(mod.time, "time", lambda: 1_000_000)
    store.add_report(report("old.txt", "Old."), [event(**ELSEWHERE)])
    monkeypatch.setattr(mod.time, "time", lambda: 2_000_000)
    store.add_report(report("new.txt", "New."), [event(event_date=date(2021, 5, 1))])
    assert [e.article_id for e in store.events(since=1_500_000)] == ["new.txt"]
    assert [e.article_id for e in store.events()] == ["new.txt", "old.txt"]  # by date
    assert [e.timestamp for e in store.events(since=0)] == [2_000_000, 1_000_000]


def test_ids_order_numerically(store):
    store.add_report(report(), [event() for _ in range(11)])
    assert [e.event_id_cnty for e in store.events()][-3:] == ["SYR9", "SYR10", "SYR11"]
