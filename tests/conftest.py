"""Shared fixtures: the spaCy model, the pipeline, and the path of ../shared (may be absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def gazetteer_file() -> Path:
    """A current gazetteer index for the session: the default one when it is current,
    else one built once into a temporary folder (about a minute) and removed afterwards."""
    import atexit
    import shutil
    import tempfile

    from conflictlens.geo import build_gazetteer, default_gazetteer_path
    from conflictlens.geo.gazetteer import SCHEMA_VERSION, _schema

    default = default_gazetteer_path()
    if default.exists() and _schema(default) == SCHEMA_VERSION:
        return default
    tmp = tempfile.mkdtemp(prefix="conflictlens-gaz-")
    atexit.register(shutil.rmtree, tmp, True)  # ~90 MB: do not leave it behind
    path = Path(tmp) / "gazetteer.sqlite"
    build_gazetteer(path)
    return path


@pytest.fixture(scope="module")
def geocoder(gazetteer_file):
    """A geocoder on the session's gazetteer, one per test module (its caches stay local)."""
    from conflictlens.geo import Gazetteer, Geocoder
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False))


@pytest.fixture(scope="module")
def centre_geocoder(gazetteer_file):
    """A geocoder writing admin units at their centre, as ``conflictlens geoparse`` does."""
    from conflictlens.geo import Gazetteer, Geocoder
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


@pytest.fixture(scope="session")
def nlp():
    from conflictlens.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from conflictlens.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def violence_pipeline():
    """The pipeline with ``--scope all-violence``: crime and other violence are coded too."""
    from conflictlens.pipeline import Pipeline, Settings
    return Pipeline(settings=Settings(scope="all-violence"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip("../shared is absent (fresh clone): skipping tests on the shared data")
    return SHARED


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh event store on each backend: a SQLite file, and a PostgreSQL schema of its own
    on the server at 127.0.0.1:5432 (skipped when none runs there)."""
    from conflictlens.store import open_store
    from pg_helpers import new_schema_url, pg_available

    if request.param == "sqlite":
        s = open_store(str(tmp_path / "events.db"))
        yield s
        s.close()
        return
    if not pg_available():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    url, drop = new_schema_url()
    s = open_store(url)
    try:
        yield s
    finally:
        s.close()
        drop()
