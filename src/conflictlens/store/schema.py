"""Numbered schema migrations, shared by every backend.

The SQL sticks to what SQLite and PostgreSQL both accept (TEXT, INTEGER, BIGINT,
DOUBLE PRECISION, DATE, no AUTOINCREMENT, no backend-only functions), so a later
PostgreSQL store can run the same list. Dates are stored as ISO strings in SQLite
(DATE columns get NUMERIC affinity, which leaves ``2022-01-23`` as text).
Append new migrations; never edit one that has shipped. A step may be a function of
the store (run in the migration's transaction) where SQL alone cannot do it.
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

MIGRATIONS.append(
    (2, "event identity across reports: sources, history, merges, duplicate reports", [
        # every report's version of an event, with its evidence; the event row is
        # the codebook's reconciliation of these (store/dedupe.py: combine)
        """CREATE TABLE event_sources (
            event_id_cnty TEXT NOT NULL,
            article_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            fatalities INTEGER NOT NULL DEFAULT 0,
            evidence_text TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            event_json TEXT NOT NULL DEFAULT '',
            added_at BIGINT NOT NULL,
            PRIMARY KEY (event_id_cnty, article_id)
        )""",
        "CREATE INDEX event_sources_article ON event_sources (article_id)",
        # events stored before this migration: their own report is their one source
        """INSERT INTO event_sources (event_id_cnty, article_id, seq, source, fatalities,
            evidence_text, evidence_start, evidence_end, event_json, added_at)
            SELECT event_id_cnty, article_id, id_number, source, fatalities, evidence_text,
                   evidence_start, evidence_end, '', "timestamp" FROM events""",
        """CREATE TABLE event_history (
            seq BIGINT PRIMARY KEY,
            event_id_cnty TEXT NOT NULL,
            changed_at BIGINT NOT NULL,
            article_id TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            changes TEXT NOT NULL
        )""",
        "CREATE INDEX event_history_event ON event_history (event_id_cnty, seq)",
        "CREATE INDEX event_history_time ON event_history (changed_at)",
        "ALTER TABLE deletions ADD COLUMN survivor TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX deletions_time ON deletions (deleted_at)",
        "ALTER TABLE reports ADD COLUMN canonical_url TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE reports ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE reports ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX reports_canonical_url ON reports (canonical_url)",
        "CREATE INDEX reports_published ON reports (published)",
        # every outlet that carried a report (the first one included), by the id it came under
        """CREATE TABLE report_outlets (
            alias_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            seen_at BIGINT NOT NULL
        )""",
        "CREATE INDEX report_outlets_article ON report_outlets (article_id)",
        """INSERT INTO report_outlets (alias_id, article_id, content_hash, source, url, seen_at)
            SELECT article_id, article_id, content_hash, source, url, ingested_at FROM reports""",
    ]),
)

MIGRATIONS.append(
    (3, "related reports: the names each report uses; sources that code nothing", [
        # 'coded': the report's version of the event (event_json); 'related': a report
        # about the event that coded nothing itself (no date or no place), linked by the
        # names it shares with the event's reports (store/related.py: _link_related)
        "ALTER TABLE event_sources ADD COLUMN role TEXT NOT NULL DEFAULT 'coded'",
        """CREATE TABLE report_names (
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (article_id, name)
        )""",
        "CREATE INDEX report_names_name ON report_names (name)",
    ]),
)

MIGRATIONS.append(
    (4, "what undated reports tell: their violent mentions that have no date", [
        # a report with no date codes no event; its undated mentions (events/rows.py:
        # undated_rows) link it to the stored event they describe (store/related.py: _link_related)
        """CREATE TABLE undated_mentions (
            article_id TEXT NOT NULL,
            n INTEGER NOT NULL,
            event_json TEXT NOT NULL,
            PRIMARY KEY (article_id, n)
        )""",
    ]),
)



def _backfill_shingles(store) -> None:
    """Index the fingerprints of the reports stored before migration 5 (store/report_copies.py: _duplicate_of)."""
    for row in store._all("SELECT article_id, fingerprint FROM reports"):
        store._index_shingles(row["article_id"], row["fingerprint"], fresh=True)


MIGRATIONS.append(
    (5, "near-duplicate reports found through an index of their sampled shingles", [
        # each report's sampled word 4-gram hashes (store/dedupe.py: fingerprint) and
        # '=' + the hash of its whole text: a copy shares at least one with the report it
        # repeats, so only those reports are compared (store/report_copies.py: _duplicate_of)
        """CREATE TABLE report_shingles (
            shingle TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (shingle, article_id)
        )""",
        "CREATE INDEX report_shingles_article ON report_shingles (article_id)",
        _backfill_shingles,  # a step in Python: the hashes are split out of each fingerprint
    ]),
)
MIGRATIONS.append(
    (6, "the days of the month an undated report's text gives", [
        # store/dedupe.py: told ('03-03,03-05,Sun': days of the month, weekdays), kept for a report with no date: it is
        # linked to no dated event far from all of them (store/related.py: _may_link)
        "ALTER TABLE reports ADD COLUMN told_days TEXT NOT NULL DEFAULT ''",
    ]),
)
MIGRATIONS.append(
    (7, "a report's toll told as an update, with the sentence telling it", [
        # store/dedupe.py: told_update ('rise', 'later_death', 'official'; '' for a plain
        # count): such a toll, published no earlier than the lower ones, is the event's
        # (store/dedupe.py: coded_toll)
        "ALTER TABLE event_sources ADD COLUMN toll_update TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE event_sources ADD COLUMN toll_evidence_text TEXT",
        "ALTER TABLE event_sources ADD COLUMN toll_evidence_start INTEGER",
        "ALTER TABLE event_sources ADD COLUMN toll_evidence_end INTEGER",
        # the deaths the sentence itself tells (a later death's victims)
        "ALTER TABLE event_sources ADD COLUMN toll_told INTEGER",
    ]),
)

MIGRATIONS.append(
    (8, "the content words each report uses, to find the reports a report resembles", [
        # store/dedupe.py: report_terms; a report that codes no act of violence is linked to
        # the stored event whose reports it resembles (store/resemblance.py: _link_resembling).
        # Reports stored before keep none (their texts are not kept): they are never found.
        """CREATE TABLE report_terms (
            article_id TEXT NOT NULL,
            term TEXT NOT NULL,
            PRIMARY KEY (article_id, term)
        )""",
        "CREATE INDEX report_terms_term ON report_terms (term)",
    ]),
)


def _backfill_counts(store) -> None:
    """Count the reports using each name and content word stored before migration 9."""
    store._exec("INSERT INTO name_counts (name, reports) SELECT name, COUNT(*) FROM report_names GROUP BY name")
    store._exec("INSERT INTO term_counts (term, reports) SELECT term, COUNT(*) FROM report_terms GROUP BY term")


MIGRATIONS.append(
    (9, "how many reports use each name and content word, kept as reports are stored", [
        # the weights of names and words (store/word_index.py: _name_counts, _term_counts) read by
        # key instead of counted over report_names / report_terms for every report stored
        """CREATE TABLE name_counts (
            name TEXT PRIMARY KEY,
            reports INTEGER NOT NULL
        )""",
        """CREATE TABLE term_counts (
            term TEXT PRIMARY KEY,
            reports INTEGER NOT NULL
        )""",
        _backfill_counts,
    ]),
)

MIGRATIONS.append(
    (10, "how each report tells its toll: an exact count, a lower bound or a vague one", [
        # events/fatalities/counting.py: toll_kind ('exact', 'lower bound', 'vague'); the lowest count of
        # the best kind told is the event's (store/dedupe.py: coded_toll). Sources stored
        # before were reconciled as counts: they stay exact.
        "ALTER TABLE event_sources ADD COLUMN toll_kind TEXT NOT NULL DEFAULT 'exact'",
    ]),
)

MIGRATIONS.append(
    (11, "the ages of people a report tells", [
        # store/dedupe.py: told_ages ('14,47'): a report with no date telling other people's ages
        # than an event's reports is another incident of the town (store/name_evidence.py: _other_ages);
        # reports stored before keep none
        "ALTER TABLE reports ADD COLUMN ages TEXT NOT NULL DEFAULT ''",
    ]),
)

MIGRATIONS.append(
    (12, "story groups: reports that tell one story but support no event", [
        # a report linked to no event joins the group of an earlier one telling the same story
        # (store/story_groups.py: _group_story); a report of the group linked to an event later brings
        # the others (_add_related). group_id: the article id of the group's first report
        """CREATE TABLE report_groups (
            article_id TEXT PRIMARY KEY,
            group_id TEXT NOT NULL,
            joined_by TEXT NOT NULL DEFAULT '',
            score DOUBLE PRECISION NOT NULL DEFAULT 0,
            added_at BIGINT NOT NULL
        )""",
        "CREATE INDEX report_groups_group ON report_groups (group_id)",
    ]),
)

LATEST_VERSION = MIGRATIONS[-1][0]
