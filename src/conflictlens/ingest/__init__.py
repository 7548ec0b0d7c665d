"""Reading reports: plain text, HTML and JSON Lines, from files, folders or stdin.

``read_reports`` yields :class:`~conflictlens.model.Report` objects and, for each
unreadable input, an :class:`~conflictlens.model.InputError` instead of raising.
"""
from .common import DEFAULT_MAX_BYTES, EXTENSIONS, FORMATS
from .reader import iter_files, read_reports

__all__ = ["read_reports", "iter_files", "DEFAULT_MAX_BYTES", "EXTENSIONS", "FORMATS"]
