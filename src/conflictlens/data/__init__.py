"""Editable data tables (actor dictionary, trigger lexicon, word lists) shipped with the package."""
from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    """Path of a packaged data file, e.g. ``data_path("actors", "actors.tsv")``."""
    return Path(str(resources.files("conflictlens.data").joinpath(*parts)))


@lru_cache(maxsize=None)
def read_table(*parts: str) -> tuple[dict, ...]:
    """Rows of a tab-separated data file with a header line; ``#`` lines are comments."""
    path = data_path(*parts)
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@lru_cache(maxsize=None)
def read_words(*parts: str, column: str = "word") -> frozenset[str]:
    """The lower-cased words of one column of a packaged table (``read_table``), read once per
    process: the word lists a rule looks words up in, e.g.
    ``read_words("actors", "unclaimed_words.tsv")``."""
    return frozenset(r[column].lower() for r in read_table(*parts))


@lru_cache(maxsize=None)
def read_toml(*parts: str) -> dict:
    """A packaged TOML word list, parsed once per process, e.g.
    ``read_toml("time", "lexicon.toml")``; callers must not change what it returns."""
    return tomllib.loads(data_path(*parts).read_text(encoding="utf-8"))
