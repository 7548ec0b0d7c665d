"""SQLite event store: one file, WAL mode, one transaction per report.

Why a transaction per report: a report and the events coded from it must be stored
together or not at all, so an interrupted run can simply be restarted (reports
already stored are recognised by id + content hash and skipped). ``BEGIN IMMEDIATE``
takes the write lock up front, so two ingest processes queue instead of deadlocking,
and the second sees the first one's events before matching its own.
"""
from __future__ import annotations

import os
import sqlite3
import time  # noqa: F401 - tests patch conflictlens.store.sqlite.time.time

from .base import UNKNOWN_PREFIX, BaseStore, content_hash, country_prefix
from .dedupe import DEFAULT_SETTINGS, DedupeSettings
from .schema import LATEST_VERSION

DEFAULT_PATH = "conflictlens.db"


class Store(BaseStore):
    """Reports and their coded events in one SQLite file."""

    def __init__(self, path: str = DEFAULT_PATH, dedupe: DedupeSettings = DEFAULT_SETTINGS):
        self.path = path
        self.dedupe = dedupe
        if path != ":memory:":
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise FileNotFoundError(f"cannot create the store {path!r}: folder {parent!r} does not exist")
        # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)
        self._db = sqlite3.connect(path, isolation_level=None, timeout=60)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA busy_timeout=60000")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    def _exec(self, sql: str, params: tuple = ()):
        return self._db.execute(sql, params)

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        self._db.close()


__all__ = ["Store", "DEFAULT_PATH", "LATEST_VERSION", "content_hash", "country_prefix", "UNKNOWN_PREFIX"]
