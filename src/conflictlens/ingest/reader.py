"""Dispatcher: turns paths (files, folders, "-") into Reports, one error per bad input.

Errors are yielded, not raised, so one unreadable file never stops a batch; the
caller decides whether to print them, count them or fail.
"""
from __future__ import annotations

import hashlib
import io
import os
import sys
from datetime import date, datetime
from typing import BinaryIO, Iterable, Iterator

from ..model import InputError, Report
from .common import (
    DEFAULT_MAX_BYTES, EXTENSIONS, FORMATS, SNIFF_BYTES, ReadError, check_binary,
    read_limited, sniff, too_large,
)
from .html import html_page
from .jsonl import read_jsonl
from .text import text_page

STDIN_LABEL = "<stdin>"


class _Prefixed(io.RawIOBase):
    """A stream that replays already-read bytes (the sniffed head) before the rest."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(b)) or b""
        b[:len(data)] = data
        return len(data)


def iter_files(folder: str) -> list[str]:
    """All non-hidden files under ``folder`` (hidden folders skipped too), sorted."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found)


def _binary_stdin(stdin) -> BinaryIO:
    if stdin is None:
        stdin = sys.stdin
    if hasattr(stdin, "buffer"):
        return stdin.buffer
    if isinstance(stdin, io.TextIOBase):
        return io.BytesIO(stdin.read().encode("utf-8"))
    return stdin


def _stdin_id(data: bytes) -> str:
    """Content-derived id, so re-piping the same text is recognised as already seen."""
    return "stdin-" + hashlib.sha256(data).hexdigest()[:12]


def _read_one(
    stream: BinaryIO,
    label: str,
    name: str | None,
    fmt: str,
    *,
    size: int | None,
    published: date | None,
    source: str | None,
    max_bytes: int,
) -> Iterator[Report | InputError]:
    head = b""
    if fmt == "auto":
        head = stream.read(SNIFF_BYTES) or b""
        if not head.strip() and len(head) < SNIFF_BYTES:
            if not head:
                yield InputError(label, "empty file")
            else:
                yield InputError(label, "empty file (only whitespace)")
            return
        check_binary(head)
        fmt = sniff(head)
        if fmt == "json?":
            yield InputError(label, "looks like a JSON document, not JSON Lines (one object per line)")
            return
    if fmt == "jsonl":
        buffered = io.BufferedReader(_Prefixed(head, stream)) if head else stream
        yield from read_jsonl(buffered, label, published=published, source=source, max_bytes=max_bytes)
        return
    if size is not None and size > max_bytes:
        raise too_large(size, max_bytes)
    data = read_limited(stream, max_bytes, head)
    article_id = name if name is not None else _stdin_id(data)
    page = html_page(data) if fmt == "html" else text_page(data)
    yield page.report(article_id=article_id, origin=label, published=published, source=source)


def _read_path(path: str, input_format: str, **kw) -> Iterator[Report | InputError]:
    fmt = input_format
    if fmt == "auto":
        fmt = EXTENSIONS.get(os.path.splitext(path)[1].lower(), "auto")
    try:
        size = os.path.getsize(path)
        if fmt in ("text", "html") and size > kw["max_bytes"]:
            # checked before opening: a huge file is never read
            raise too_large(size, kw["max_bytes"])
        with open(path, "rb") as fh:
            yield from _read_one(fh, path, os.path.basename(path), fmt, size=size, **kw)
    except ReadError as exc:
        yield InputError(path, str(exc))
    except OSError as exc:
        yield InputError(path, exc.strerror or str(exc))


def read_reports(
    paths: Iterable[str],
    input_format: str = "auto",
    published: date | None = None,
    source: str | None = None,
    stdin=None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Report | InputError]:
    """Reports from files, folders (recursive, sorted, hidden skipped) and "-" (stdin).

    An empty ``paths`` means stdin. Each bad input (or bad JSONL line) yields an
    :class:`InputError` and reading goes on with the next one. ``published`` and
    ``source`` apply to text and HTML input and fill JSONL fields only where missing.
    """
    if input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(published, datetime):
        published = published.date()
    kw = {"published": published, "source": source, "max_bytes": max_bytes}
    paths = list(paths) or ["-"]
    for path in paths:
        if path == "-":
            try:
                yield from _read_one(_binary_stdin(stdin), STDIN_LABEL, None, input_format, size=None, **kw)
            except ReadError as exc:
                yield InputError(STDIN_LABEL, str(exc))
        elif os.path.isdir(path):
            files = iter_files(path)
            if not files:
                yield InputError(path, "folder holds no (non-hidden) files")
            for f in files:
                yield from _read_path(f, input_format, **kw)
        elif os.path.exists(path):
            yield from _read_path(path, input_format, **kw)
        else:
            yield InputError(path, "no such file or directory")
