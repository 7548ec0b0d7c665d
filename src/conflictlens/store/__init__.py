"""Persistent storage of reports and coded events: SQLite (default) or PostgreSQL."""
from __future__ import annotations

from .base import BaseStore
from .dedupe import DEFAULT_SETTINGS, DedupeSettings
from .sqlite import DEFAULT_PATH, Store, content_hash, country_prefix


def is_url(target: str | None) -> bool:
    return bool(target) and "://" in target


def is_postgres(target: str | None) -> bool:
    return bool(target) and target.startswith(("postgresql://", "postgres://", "postgresql+"))


def open_store(url_or_path: str | None = None, dedupe: DedupeSettings = DEFAULT_SETTINGS) -> BaseStore:
    """Open (and create or migrate) a store from a path, a ``sqlite:///path`` URL or a
    ``postgresql://`` URL. ``sqlite://`` alone is an in-memory store."""
    target = url_or_path or DEFAULT_PATH
    if is_postgres(target):
        from .postgres import PgStore
        return PgStore(target, dedupe=dedupe)
    if target.startswith("sqlite:"):
        rest = target[len("sqlite:"):]
        if rest in ("", "//", "///", "///:memory:"):
            return Store(":memory:", dedupe=dedupe)
        if not rest.startswith("///"):
            raise ValueError(f"bad SQLite URL {target!r}; use sqlite:///relative.db or sqlite:////abs/path.db")
        target = rest[3:]
    elif "://" in target:
        raise ValueError(f"unsupported store URL {target!r}")
    return Store(target, dedupe=dedupe)


__all__ = ["open_store", "Store", "BaseStore", "DEFAULT_PATH", "content_hash", "country_prefix",
           "DedupeSettings", "is_postgres", "is_url"]
