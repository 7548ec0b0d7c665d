"""conflictlens.time: find and resolve date expressions (spec §5)."""
from .datelines import dateline_day, dateline_span, find_dateline, find_page_stamp
from .governing import (counts_from_trigger, date_governor, dates_aftermath, dates_condition, dates_discovery,
                        dates_earlier_act, dates_speech, governing_date, is_possessive, names_incident,
                        dates_incident_occurring, names_other_incident, dates_response)
from .scan import WEEKDAY_ABBR, find_dates, resolve_expression, weekdays_named

__all__ = ["counts_from_trigger", "date_governor", "dates_condition", "dates_earlier_act", "dates_discovery", "dates_speech", "dateline_day", "dateline_span", "find_page_stamp", "find_dates", "find_dateline", "resolve_expression", "dates_aftermath", "governing_date", "is_possessive", "names_incident", "names_other_incident", "dates_response",
           "weekdays_named", "WEEKDAY_ABBR", "dates_incident_occurring"]
