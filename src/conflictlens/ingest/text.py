"""Plain-text reports: the file's content is the report, byte for byte (UTF-8 only)."""
from __future__ import annotations

from datetime import date

from ..model import Report
from .common import ReadError, decode_utf8, normalise_newlines


def parse_text(
    data: bytes,
    *,
    article_id: str,
    origin: str,
    published: date | None = None,
    source: str | None = None,
) -> Report:
    """Build a Report from raw bytes; raises ReadError with a one-line reason.

    The text is kept as is apart from line endings, because every character
    offset downstream (evidence, mentions) points into it.
    """
    if not data:
        raise ReadError("empty file")
    text = normalise_newlines(decode_utf8(data))
    if not text.strip():
        raise ReadError("empty file (only whitespace)")
    return Report(
        id=article_id, text=text, title="", published=published,
        source=source or "", origin=origin,
    )
