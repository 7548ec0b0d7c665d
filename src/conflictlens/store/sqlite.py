"""SQLite event store: one file, WAL mode, one transaction per report.

Why a transaction per report: a report and the events coded from it must be stored
together or not at all, so an interrupted run can simply be restarted (reports
already stored are recognised by id + content hash and skipped).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from datetime import date
from typing import Iterator

import pycountry

from ..model import ACLED_COLUMNS, Event, Evidence, Report
from .schema import LATEST_VERSION, MIGRATIONS, SCHEMA_VERSION_TABLE

DEFAULT_PATH = "conflictlens.db"

#: ISO alpha-2 codes pycountry lacks, with the prefix ACLED uses.
_EXTRA_ALPHA3 = {"XK": "XKX"}
#: prefix used when an event's country cannot be resolved
UNKNOWN_PREFIX = "XXX"

_ID_RE = re.compile(r"^([A-Z]{3})(\d+)$")

# Columns written to ``events`` besides the ones computed from the Event (year,
# interaction, id parts, evidence, row_json); ACLED columns first, in order.
_EVENT_COLUMNS = (
    "event_id_cnty", "id_prefix", "id_number", "article_id",
    *[c for c in ACLED_COLUMNS if c != "event_id_cnty"],
    "country_code", "evidence_text", "evidence_start", "evidence_end",
    "confidence", "explanation", "row_json",
)
_INSERT_EVENT = "INSERT INTO events ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in _EVENT_COLUMNS), ", ".join("?" for _ in _EVENT_COLUMNS)
)


def content_hash(text: str) -> str:
    """sha256 of the report text: tells an unchanged re-ingest from an edited report."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def country_prefix(event: Event) -> str:
    """ISO alpha-3 for the event id: from country_code, else iso numeric, else name."""
    country = None
    code = (event.country_code or "").strip().upper()
    if code in _EXTRA_ALPHA3:
        return _EXTRA_ALPHA3[code]
    if code:
        country = pycountry.countries.get(alpha_2=code)
    if country is None and event.iso:
        country = pycountry.countries.get(numeric=f"{int(event.iso):03d}")
    if country is None and event.country:
        try:
            country = pycountry.countries.lookup(event.country)
        except LookupError:
            country = None
    return country.alpha_3 if country is not None else UNKNOWN_PREFIX


class Store:
    """Reports and their coded events in one SQLite file."""

    def __init__(self, path: str = DEFAULT_PATH):
        self.path = path
        if path != ":memory:":
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise FileNotFoundError(f"cannot create the store {path!r}: folder {parent!r} does not exist")
        # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    # -- plumbing -------------------------------------------------------------

    @contextmanager
    def _transaction(self):
        """BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        self._db.execute(SCHEMA_VERSION_TABLE)
        for version, description, statements in MIGRATIONS:
            if version <= self.schema_version():
                continue
            with self._transaction() as db:
                # re-check under the write lock: another process may have migrated
                if version <= self.schema_version():
                    continue
                for sql in statements:
                    db.execute(sql)
                db.execute(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    (version, description, int(time.time())),
                )

    def schema_version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    # -- reports --------------------------------------------------------------

    def has_report(self, report: Report) -> bool:
        """True when this article id is stored with exactly this text."""
        row = self._db.execute(
            "SELECT content_hash FROM reports WHERE article_id = ?", (report.id,)
        ).fetchone()
        return row is not None and row[0] == content_hash(report.text)

    def add_report(self, report: Report, events: list[Event]) -> list[Event]:
        """Store a report and its events in one transaction; return the events with ids.

        An unchanged report (same id, same text) adds nothing and returns the events
        already stored for it. A changed report (same id, new text) replaces its
        events; the old ones go to the deletions log.
        """
        digest = content_hash(report.text)
        with self._transaction() as db:
            row = db.execute(
                "SELECT content_hash FROM reports WHERE article_id = ?", (report.id,)
            ).fetchone()
            if row is not None and row[0] == digest:
                return self.events_for(report.id)
            now = int(time.time())
            fields = (
                digest, report.title or "",
                report.published.isoformat() if report.published else None,
                report.source or "", report.url or "", report.origin or "", now,
            )
            if row is None:
                db.execute(
                    "INSERT INTO reports (content_hash, title, published, source, url, origin,"
                    " ingested_at, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*fields, report.id),
                )
            else:
                db.execute(
                    "INSERT INTO deletions (event_id_cnty, article_id, reason, deleted_at)"
                    " SELECT event_id_cnty, article_id, ?, ? FROM events WHERE article_id = ?",
                    ("report changed", now, report.id),
                )
                db.execute("DELETE FROM events WHERE article_id = ?", (report.id,))
                db.execute(
                    "UPDATE reports SET content_hash = ?, title = ?, published = ?, source = ?,"
                    " url = ?, origin = ?, ingested_at = ? WHERE article_id = ?",
                    (*fields, report.id),
                )
            stored = []
            for event in events:
                event = event.replace(article_id=report.id, timestamp=now)
                event = self._with_id(event)
                self._insert_event(event)
                stored.append(event)
            return stored

    def _with_id(self, event: Event) -> Event:
        """Keep an existing ACLED-style id (and move the counter past it), else assign one."""
        db = self._db
        m = _ID_RE.match(event.event_id_cnty or "")
        prefix = m.group(1) if m else country_prefix(event)
        db.execute(
            "INSERT INTO id_counters (prefix, last_number) VALUES (?, 0) ON CONFLICT (prefix) DO NOTHING",
            (prefix,),
        )
        if m:
            number = int(m.group(2))
            db.execute(
                "UPDATE id_counters SET last_number = ? WHERE prefix = ? AND last_number < ?",
                (number, prefix, number),
            )
            return event
        if event.event_id_cnty:
            # an id we cannot parse is kept as is; the counter is not involved
            return event
        db.execute("UPDATE id_counters SET last_number = last_number + 1 WHERE prefix = ?", (prefix,))
        number = db.execute("SELECT last_number FROM id_counters WHERE prefix = ?", (prefix,)).fetchone()[0]
        return event.replace(event_id_cnty=f"{prefix}{number}")

    def _insert_event(self, event: Event) -> None:
        m = _ID_RE.match(event.event_id_cnty)
        prefix, number = (m.group(1), int(m.group(2))) if m else (event.event_id_cnty, 0)
        ev = event.evidence
        values = {
            "event_id_cnty": event.event_id_cnty, "id_prefix": prefix, "id_number": number,
            "article_id": event.article_id,
            **{c: getattr(event, c) for c in ACLED_COLUMNS if c != "event_id_cnty"},
            "event_date": event.event_date.isoformat(),
            "country_code": event.country_code or "",
            "evidence_text": ev.text if ev else None,
            "evidence_start": ev.start if ev else None,
            "evidence_end": ev.end if ev else None,
            "confidence": event.confidence,
            "explanation": event.explanation or "",
            "row_json": json.dumps(event.to_row(), ensure_ascii=False),
        }
        self._db.execute(_INSERT_EVENT, tuple(values[c] for c in _EVENT_COLUMNS))

    # -- events ---------------------------------------------------------------

    @staticmethod
    def _event(row: sqlite3.Row) -> Event:
        evidence = None
        if row["evidence_text"] is not None:
            evidence = Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"])
        return Event(
            event_date=date.fromisoformat(row["event_date"]),
            event_type=row["event_type"], sub_event_type=row["sub_event_type"],
            disorder_type=row["disorder_type"], time_precision=row["time_precision"],
            actor1=row["actor1"], assoc_actor_1=row["assoc_actor_1"], inter1=row["inter1"],
            actor2=row["actor2"], assoc_actor_2=row["assoc_actor_2"], inter2=row["inter2"],
            civilian_targeting=row["civilian_targeting"], iso=row["iso"], region=row["region"],
            country=row["country"], admin1=row["admin1"], admin2=row["admin2"],
            admin3=row["admin3"], location=row["location"], latitude=row["latitude"],
            longitude=row["longitude"], geo_precision=row["geo_precision"],
            source=row["source"], source_scale=row["source_scale"], notes=row["notes"],
            fatalities=row["fatalities"], tags=row["tags"], timestamp=row["timestamp"],
            event_id_cnty=row["event_id_cnty"], article_id=row["article_id"],
            evidence=evidence, confidence=row["confidence"], explanation=row["explanation"],
            country_code=row["country_code"],
        )

    _ORDER = " ORDER BY event_date, id_prefix, id_number, event_id_cnty"

    def events(self, since: int | None = None) -> Iterator[Event]:
        """All events, or those whose ``timestamp`` (unix time) is >= ``since``, by date then id."""
        if since is None:
            cur = self._db.execute("SELECT * FROM events" + self._ORDER)
        else:
            cur = self._db.execute('SELECT * FROM events WHERE "timestamp" >= ?' + self._ORDER, (int(since),))
        # streamed in batches so a large store exports in constant memory; do not
        # write through this Store while iterating (use events_for or list() first)
        while rows := cur.fetchmany(500):
            for row in rows:
                yield self._event(row)

    def events_for(self, article_id: str) -> list[Event]:
        """The events stored for one report."""
        cur = self._db.execute("SELECT * FROM events WHERE article_id = ?" + self._ORDER, (article_id,))
        return [self._event(r) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts: reports, events, deletions (events removed by changed reports)."""
        one = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "reports": one("SELECT COUNT(*) FROM reports"),
            "events": one("SELECT COUNT(*) FROM events"),
            "deletions": one("SELECT COUNT(*) FROM deletions"),
        }

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Store", "DEFAULT_PATH", "LATEST_VERSION", "content_hash", "country_prefix"]
