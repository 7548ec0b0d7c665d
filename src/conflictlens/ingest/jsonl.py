"""JSON Lines: one report object per line; a bad line is reported and skipped.

Fields: ``id`` and ``text`` (required), ``title``, ``published`` (ISO date or
datetime), ``source``, ``url``. The size limit applies to each line, so a large
JSONL file streams through without being read into memory at once.
"""
from __future__ import annotations

import json
from datetime import date
from typing import BinaryIO, Iterator

from ..model import InputError, Report
from .common import ReadError, human_size, normalise_newlines, parse_published

_CHUNK = 1 << 20


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) pairs; bytes is None for a line over ``max_bytes``."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line without keeping it
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _str_field(obj: dict, key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ReadError(f"field {key!r} must be a string, got {type(value).__name__}")
    return value


def parse_record(
    line: bytes, *, origin: str, published: date | None = None, source: str | None = None,
) -> Report:
    """One JSONL line -> Report; raises ReadError with a one-line reason."""
    if b"\x00" in line:
        raise ReadError("binary data (NUL bytes) in the line")
    try:
        raw = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 (byte at column {exc.start + 1})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object, got {type(obj).__name__}")
    rid = obj.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or str(rid).strip() == "":
        raise ReadError("missing 'id'" if rid in (None, "") else f"bad 'id' {rid!r} (need a string)")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError("missing 'text'" if text is None else "'text' must be a string")
    if not text.strip():
        raise ReadError("empty 'text'")
    pub = parse_published(obj.get("published"))
    return Report(
        id=str(rid).strip(),
        text=normalise_newlines(text),
        title=_str_field(obj, "title"),
        published=pub if pub is not None else published,
        source=_str_field(obj, "source") or (source or ""),
        url=_str_field(obj, "url"),
        origin=origin,
    )


def read_jsonl(
    stream: BinaryIO,
    label: str,
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int,
) -> Iterator[Report | InputError]:
    """Reports from a binary stream, with an InputError per bad line ("label:LINE")."""
    seen = False
    for lineno, line in iter_lines(stream, max_bytes):
        origin = f"{label}:{lineno}"
        if line is None:
            seen = True
            yield InputError(origin, f"line too large (more than {human_size(max_bytes)})")
            continue
        if not line.strip():
            continue
        seen = True
        try:
            yield parse_record(line, origin=origin, published=published, source=source)
        except ReadError as exc:
            yield InputError(origin, str(exc))
    if not seen:
        yield InputError(label, "empty file (no JSON lines)")
