"""Numbered schema migrations, shared by every backend.

The SQL sticks to what SQLite and PostgreSQL both accept (TEXT, INTEGER, BIGINT,
DOUBLE PRECISION, DATE, no AUTOINCREMENT, no backend-only functions), so a later
PostgreSQL store can run the same list. Dates are stored as ISO strings in SQLite
(DATE columns get NUMERIC affinity, which leaves ``2022-01-23`` as text).
Append new migrations; never edit one that has shipped.
"""
from __future__ import annotations

SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at BIGINT NOT NULL
)"""

#: (version, description, statements)
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "reports, events, id counters, deletions log", [
        """CREATE TABLE reports (
            article_id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            published DATE,
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            ingested_at BIGINT NOT NULL
        )""",
        """CREATE TABLE events (
            event_id_cnty TEXT PRIMARY KEY,
            id_prefix TEXT NOT NULL,
            id_number BIGINT NOT NULL,
            article_id TEXT NOT NULL REFERENCES reports (article_id),
            event_date DATE NOT NULL,
            year INTEGER NOT NULL,
            time_precision INTEGER NOT NULL,
            disorder_type TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            actor1 TEXT NOT NULL DEFAULT '',
            assoc_actor_1 TEXT NOT NULL DEFAULT '',
            inter1 INTEGER,
            actor2 TEXT NOT NULL DEFAULT '',
            assoc_actor_2 TEXT NOT NULL DEFAULT '',
            inter2 INTEGER,
            interaction INTEGER NOT NULL DEFAULT 0,
            civilian_targeting TEXT NOT NULL DEFAULT '',
            iso INTEGER,
            region TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            admin1 TEXT NOT NULL DEFAULT '',
            admin2 TEXT NOT NULL DEFAULT '',
            admin3 TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            geo_precision INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            source_scale TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            fatalities INTEGER NOT NULL DEFAULT 0,
            tags TEXT NOT NULL DEFAULT '',
            "timestamp" BIGINT NOT NULL,
            country_code TEXT NOT NULL DEFAULT '',
            evidence_text TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
            explanation TEXT NOT NULL DEFAULT '',
            row_json TEXT NOT NULL
        )""",
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_date ON events (event_date, id_prefix, id_number)",
        'CREATE INDEX events_timestamp ON events ("timestamp")',
        """CREATE TABLE id_counters (
            prefix TEXT PRIMARY KEY,
            last_number BIGINT NOT NULL
        )""",
        # spec §0: rows can be deleted (changed report, duplicate); keep a log
        """CREATE TABLE deletions (
            event_id_cnty TEXT NOT NULL,
            article_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            deleted_at BIGINT NOT NULL
        )""",
    ]),
]

LATEST_VERSION = MIGRATIONS[-1][0]
