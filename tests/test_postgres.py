"""The PostgreSQL store against the real server: schema, migrations, concurrent writers."""
from __future__ import annotations


from conflictlens.store import open_store
from conflictlens.store.schema import LATEST_VERSION, MIGRATIONS
from pg_helpers import pg_url  # noqa: F401 - fixture
from test_dedupe import event, report
from test_store_processes import write_in_two_processes


def test_schema_and_migrations(pg_url):  # noqa: F811
    s = open_store(pg_url)
    assert s.schema_version() == LATEST_VERSION
    tables = {r["table_name"] for r in s._db.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    assert {"schema_version", "reports", "events", "id_counters", "deletions", "event_sources",
            "event_history", "report_outlets"} <= tables
    s.close()
    s = open_store(pg_url)  # reopening does not re-run migrations
    assert s._db.execute("SELECT COUNT(*) AS n FROM schema_version").fetchone()["n"] == len(MIGRATIONS)
    stored = s.add_report(report("a"), [event(), event(country_code="IQ", country="Iraq", iso=368,
                                                       latitude=None, longitude=None, evidence=None)])
    assert [e.event_id_cnty for e in stored] == ["SYR1", "IRQ1"]
    back = {e.event_id_cnty: e for e in s.events()}
    assert back["SYR1"] == stored[0] and back["IRQ1"].latitude is None
    s.close()


def test_two_writers_at_once(pg_url):  # noqa: F811
    write_in_two_processes(pg_url, 30)
    s = open_store(pg_url)
    assert s.counts() == {"reports": 30, "events": 30, "deletions": 0}
    s.close()
