"""A throw-away PostgreSQL schema per test on the real server (skips when none answers)."""
from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("CONFLICTLENS_TEST_PG", "postgresql://127.0.0.1:5432/test")


def pg_available() -> bool:
    try:
        import psycopg
        psycopg.connect(PG_URL, connect_timeout=3).close()
        return True
    except Exception:  # noqa: BLE001
        return False


def new_schema_url():
    """(url with its own search_path, drop function)."""
    import psycopg
    schema = "cl_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"

    def drop():
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}", drop


@pytest.fixture
def pg_url():
    if not pg_available():
        pytest.skip(f"no PostgreSQL server answers at {PG_URL}")
    url, drop = new_schema_url()
    yield url
    drop()
