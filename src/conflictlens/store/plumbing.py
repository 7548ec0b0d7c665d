"""The plumbing every store part uses: backend hooks, transactions, migrations, counters.

Why apart: a backend (sqlite.py, postgres.py) overrides only these hooks; the rest of the
store never depends on which database runs it.
"""
from __future__ import annotations

import time
from contextlib import contextmanager

from .schema import MIGRATIONS, SCHEMA_VERSION_TABLE


class StorePlumbing:
    """Backend hooks, write transactions, statements, migrations and sequence counters."""

    def _exec(self, sql: str, params: tuple = ()):
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @contextmanager
    def _transaction(self):
        if getattr(self, "_in_tx", False):  # nested: part of the enclosing transaction
            yield self
            return
        self._begin()
        self._in_tx = True
        self._blocks = {}  # sequence numbers reserved in this transaction (_seq)
        self._stored = None  # how many reports are stored, read once (_reports_stored)
        self._counted = {}  # reports using a name or word, read once (_word_counts)
        try:
            yield self
        except BaseException:
            self._in_tx = False
            self._exec("ROLLBACK")
            raise
        else:
            self._in_tx = False
            self._exec("COMMIT")

    def _one(self, sql: str, params: tuple = ()):
        return self._exec(sql, params).fetchone()

    def _all(self, sql: str, params: tuple = ()) -> list:
        return self._exec(sql, params).fetchall()

    def _in(self, column: str, values) -> tuple[str, tuple]:
        """``column`` is one of ``values`` (not empty): the SQL and its parameters. Here one
        placeholder a value; a backend may take the list as one parameter (PostgreSQL: one
        statement text for any number of values, parsed and prepared once)."""
        values = tuple(values)
        return "{} IN ({})".format(column, ", ".join("?" for _ in values)), values

    def _reports_stored(self) -> int:
        """How many reports are stored; in a write transaction read once (the report it
        adds is inserted before any weight is computed, and nothing else adds one)."""
        if getattr(self, "_in_tx", False) and getattr(self, "_stored", None) is not None:
            return self._stored
        total = self._value("SELECT COUNT(*) AS v FROM reports") or 0
        if getattr(self, "_in_tx", False):
            self._stored = total
        return total

    def _value(self, sql: str, params: tuple = ()):
        """First column of the first row (the statement names it ``v``)."""
        row = self._one(sql, params)
        return None if row is None else row["v"]

    def _migrate(self) -> None:
        with self._transaction():
            self._exec(SCHEMA_VERSION_TABLE)
        for version, description, statements in MIGRATIONS:
            if version <= self.schema_version():
                continue
            with self._transaction():
                # re-check under the write lock: another process may have migrated
                if version <= self.schema_version():
                    continue
                for sql in statements:
                    sql(self) if callable(sql) else self._exec(sql)
                self._exec(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    (version, description, int(time.time())),
                )

    def schema_version(self) -> int:
        return self._value("SELECT MAX(version) AS v FROM schema_version") or 0

    def _next(self, key: str) -> int:
        """The next number of a counter, in one statement (SQLite >= 3.35, PostgreSQL)."""
        return self._value(
            "INSERT INTO id_counters (prefix, last_number) VALUES (?, 1) ON CONFLICT (prefix)"
            " DO UPDATE SET last_number = id_counters.last_number + 1 RETURNING last_number AS v", (key,))

    #: numbers of an ordering sequence (history, sources) reserved per statement
    SEQ_BLOCK = 64

    def _seq(self, key: str) -> int:
        """The next number of an ordering sequence (event_history.seq, event_sources.seq):
        increasing, not gapless, so a transaction reserves ``SEQ_BLOCK`` numbers in one
        statement and hands them out (writers are serialised: no other one takes them)."""
        block = self._blocks.get(key) if getattr(self, "_in_tx", False) else None
        if block is None or block[0] >= block[1]:
            last = self._value(
                "INSERT INTO id_counters (prefix, last_number) VALUES (?, ?) ON CONFLICT (prefix)"
                " DO UPDATE SET last_number = id_counters.last_number + ? RETURNING last_number AS v",
                (key, self.SEQ_BLOCK, self.SEQ_BLOCK))
            block = [last - self.SEQ_BLOCK, last]
            if getattr(self, "_in_tx", False):
                self._blocks[key] = block
        block[0] += 1
        return block[0]
