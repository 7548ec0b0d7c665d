"""Persistent storage of reports and coded events (SQLite now, PostgreSQL later)."""
from __future__ import annotations

from .sqlite import DEFAULT_PATH, Store, content_hash, country_prefix


def open_store(url_or_path: str | None = None) -> Store:
    """Open (and create or migrate) a store from a path or a ``sqlite:///path`` URL.

    ``sqlite://`` alone is an in-memory store. PostgreSQL URLs are recognised but not
    supported yet; the schema migrations are written to run there unchanged.
    """
    target = url_or_path or DEFAULT_PATH
    if target.startswith(("postgresql://", "postgres://", "postgresql+")):
        raise NotImplementedError("PostgreSQL stores are not implemented yet; use a SQLite path")
    if target.startswith("sqlite:"):
        rest = target[len("sqlite:"):]
        if rest in ("", "//", "///", "///:memory:"):
            return Store(":memory:")
        if not rest.startswith("///"):
            raise ValueError(f"bad SQLite URL {target!r}; use sqlite:///relative.db or sqlite:////abs/path.db")
        target = rest[3:]
    elif "://" in target:
        raise ValueError(f"unsupported store URL {target!r}")
    return Store(target)


__all__ = ["open_store", "Store", "DEFAULT_PATH", "content_hash", "country_prefix"]
