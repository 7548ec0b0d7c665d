"""Shared fixtures: the spaCy model, the pipeline, and the path of ../shared (may be absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from conflictlens.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from conflictlens.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip("../shared is absent (fresh clone): skipping tests on the shared data")
    return SHARED
