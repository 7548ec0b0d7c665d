"""What the benchmark tests share: loading a script under ``bench/`` as a module (the
scripts are not part of the package, so they are loaded by path)."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


@lru_cache(maxsize=None)
def load_bench(name: str):
    """The module ``bench/<name>.py``, loaded once per test session."""
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
