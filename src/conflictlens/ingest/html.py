"""HTML pages: main text and metadata extracted with trafilatura.

The page title is put on the first line of the text (when the extracted body does
not already start with it), like the plain-text seed reports, so headline events
are coded too.
"""
from __future__ import annotations

import codecs
import logging

import trafilatura

from .common import Page, ReadError, check_binary, declared_charset, normalise_newlines, parse_published

# only the page's own metadata, not dates guessed from the body text
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _decode(data: bytes) -> str:
    """UTF-8, else the charset the page itself declares; never a guess."""
    check_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "utf8"):
            try:
                codecs.lookup(charset)
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                raise ReadError(f"cannot decode the page as its declared charset {charset!r}") from None
        raise ReadError(
            f"not UTF-8 (byte 0x{data[exc.start:exc.start + 1].hex().upper()} at offset "
            f"{exc.start}) and no other charset declared in the page"
        ) from None


def html_page(data: bytes) -> Page:
    """The page's main text and metadata (``Page.report`` makes it a Report); raises ReadError
    with a one-line reason."""
    if not data.strip():
        raise ReadError("empty file")
    html = _decode(data)
    try:
        doc = trafilatura.bare_extraction(
            html, favor_precision=False, include_comments=False, with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        raise ReadError(f"HTML extraction failed: {type(exc).__name__}: {exc}") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise ReadError("no main text found in the HTML page")
    title = " ".join((getattr(doc, "title", None) or "").split())
    text = normalise_newlines(body)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    try:
        published = parse_published(getattr(doc, "date", None))
    except ReadError:
        published = None  # a bad metadata date is not worth rejecting the page
    return Page(text=text, title=title, published=published, source=getattr(doc, "sitename", None) or "",
                url=getattr(doc, "url", None) or "")
