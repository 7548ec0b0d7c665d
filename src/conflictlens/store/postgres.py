"""PostgreSQL event store (psycopg 3): the same schema, migrations and behaviour as SQLite.

Selected by ``--db postgresql://user@host:port/dbname`` (libpq URL; add
``?options=-csearch_path%3Dmyschema`` to use a schema). Write transactions take a
transaction-scoped advisory lock, so several processes ingesting into one database
are serialised exactly like SQLite's ``BEGIN IMMEDIATE``: none of them decides an
event or a report is new while another is storing it.
"""
from __future__ import annotations

from .base import BaseStore
from .dedupe import DEFAULT_SETTINGS, DedupeSettings

#: advisory lock key shared by every conflictlens writer on a database
LOCK_KEY = 0x636C656E  # "clen"


class PgStore(BaseStore):
    """Reports and their coded events in a PostgreSQL database."""

    JOINED_LOADS = True  # one round trip for events and their sources

    def __init__(self, url: str, dedupe: DedupeSettings = DEFAULT_SETTINGS):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise RuntimeError("PostgreSQL stores need psycopg: pip install 'psycopg[binary]'") from exc
        self.path = url
        self.url = url
        self.dedupe = dedupe
        if url.startswith("postgresql+"):
            url = "postgresql://" + url.split("://", 1)[1]
        self._db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        # a statement run often is prepared (psycopg), but planned for its values each time: a
        # plan made once for any array of words would scan a whole index table (_in)
        self._db.execute("SET plan_cache_mode = force_custom_plan")
        self._migrate()

    def _exec(self, sql: str, params: tuple = ()):
        # the shared SQL uses ? placeholders and no literal ? or %
        return self._db.execute(sql.replace("?", "%s"), params or None)

    def _in(self, column: str, values) -> tuple[str, tuple]:
        """One array parameter: the statement's text is the same for any number of values."""
        return f"{column} = ANY(?)", (list(values),)

    def _begin(self) -> None:
        self._db.execute("BEGIN")
        self._db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))

    def close(self) -> None:
        self._db.close()


__all__ = ["PgStore", "LOCK_KEY"]
