"""Plain-text reports: the file's content is the report, byte for byte (UTF-8 only)."""
from __future__ import annotations

from .common import Page, ReadError, decode_utf8, normalise_newlines


def text_page(data: bytes) -> Page:
    """The page of raw bytes (``Page.report`` makes it a Report); raises ReadError with a one-line reason.

    The text is kept as is apart from line endings, because every character
    offset downstream (evidence, mentions) points into it.
    """
    if not data:
        raise ReadError("empty file")
    text = normalise_newlines(decode_utf8(data))
    if not text.strip():
        raise ReadError("empty file (only whitespace)")
    return Page(text=text)
