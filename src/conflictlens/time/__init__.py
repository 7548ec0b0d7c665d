"""conflictlens.time: find and resolve date expressions (spec §5)."""
from .resolver import dateline_span, find_dateline, find_dates, governing_date, is_possessive, resolve_expression, weekdays_named, WEEKDAY_ABBR

__all__ = ["dateline_span", "find_dates", "find_dateline", "resolve_expression", "governing_date", "is_possessive",
           "weekdays_named", "WEEKDAY_ABBR"]
