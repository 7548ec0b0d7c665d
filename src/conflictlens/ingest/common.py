"""Shared helpers for the readers: size limits, strict UTF-8 decoding, sniffing.

Encoding policy: input must be UTF-8 (a BOM is allowed and dropped). We reject
anything else with a clear error instead of guessing (cp1252 vs latin-1 vs
mac-roman guesses silently corrupt names and shift character offsets, and every
offset in an Event points into ``Report.text``). HTML is the one exception: a
charset declared in the page itself is honoured.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from ..model import Report

#: Default limit on one report (a text/HTML file, or one JSONL line), in bytes.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

#: How much of an input is looked at to guess its format.
SNIFF_BYTES = 64 * 1024

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
FORMATS = ("auto", "text", "html", "jsonl")

_HTML_START = re.compile(
    rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--|<\?xml[^>]*>\s*<(!doctype\s+)?html)",
    re.IGNORECASE,
)
_HTML_TAGS = re.compile(rb"<(html|head|body|article|div|p|title|meta)[\s>/]", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


class ReadError(ValueError):
    """A one-line reason why an input cannot be read (turned into InputError)."""


@dataclass
class Page:
    """What a text or HTML file tells of itself: its text, and the title, date, outlet and address
    an HTML page declares. The file readers differ in how they find these, not in the Report they make."""
    text: str
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""

    def report(self, *, article_id: str, origin: str, published: date | None = None,
               source: str | None = None) -> Report:
        """The Report of the file; a date and an outlet given by the caller outrank the page's own."""
        return Report(
            id=article_id, text=self.text, title=self.title,
            published=published if published is not None else self.published,
            source=source or self.source, url=self.url, origin=origin,
            name_date=file_name_date(origin),
        )


_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_.])([01][0-9])\2([0-3][0-9])(?![0-9])")


def file_name_date(path: str) -> date | None:
    """The calendar day a file's name writes as year, month, day ("2022-01-23", "2022_01_23",
    "2022.01.23"): people and crawlers name saved reports by the day they appeared. Only the
    year-first order with one separator is read (no "01-02-2022", which could be either
    month); a number that is no calendar day ("2022-13-40") is none."""
    m = _NAME_DATE.search(os.path.basename(path or ""))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover


def too_large(size: int, max_bytes: int) -> ReadError:
    return ReadError(
        f"too large ({human_size(size)}; the limit is {human_size(max_bytes)}); "
        "split it or raise the size limit"
    )


def read_limited(stream: BinaryIO, max_bytes: int, already: bytes = b"") -> bytes:
    """Read the rest of ``stream`` but never more than ``max_bytes`` + 1 bytes in total."""
    rest = stream.read(max(0, max_bytes + 1 - len(already)))
    data = already + (rest or b"")
    if len(data) > max_bytes:
        raise ReadError(
            f"too large (more than {human_size(max_bytes)}); split it or raise the size limit"
        )
    return data


def check_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes), not a text report")


def decode_utf8(data: bytes) -> str:
    """Strict UTF-8 (BOM dropped); a non-UTF-8 input is rejected, not guessed."""
    check_binary(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex().upper()
        raise ReadError(
            f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); "
            "convert it first, e.g. iconv -f cp1252 -t utf-8"
        ) from None
    return text


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else is touched (offsets!)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def sniff(head: bytes) -> str:
    """Guess "html", "jsonl" or "text" from the first bytes of an input."""
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if _HTML_START.match(body) or (body.lstrip().startswith(b"<") and _HTML_TAGS.search(body)):
        return "html"
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith(b"{"):
            try:
                if isinstance(json.loads(line), dict):
                    return "jsonl"
            except ValueError:
                # a pretty-printed JSON document or a truncated sniff window
                return "jsonl" if line.rstrip().endswith(b"}") else "json?"
        break
    return "text"


def parse_published(value) -> date | None:
    """ISO date or datetime (``2022-01-23``, ``2022-01-23T10:00:00Z``) -> date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ReadError(f"published must be an ISO date string, got {value!r}")
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        raise ReadError(
            f"unparseable published date {value!r} (expected ISO 8601, e.g. 2022-01-23)"
        ) from None
