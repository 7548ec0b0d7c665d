"""conflictlens.time: find and resolve date expressions (spec §5)."""
from .resolver import counts_from_trigger, date_governor, dates_condition, dates_earlier_act, dates_discovery, dates_speech, dateline_span, find_dateline, find_dates, dates_aftermath, governing_date, is_possessive, names_incident, resolve_expression, weekdays_named, WEEKDAY_ABBR

__all__ = ["counts_from_trigger", "date_governor", "dates_condition", "dates_earlier_act", "dates_discovery", "dates_speech", "dateline_span", "find_dates", "find_dateline", "resolve_expression", "dates_aftermath", "governing_date", "is_possessive", "names_incident",
           "weekdays_named", "WEEKDAY_ABBR"]
