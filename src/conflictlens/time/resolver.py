"""The former single-module date resolver, kept as an import path for older code.

The resolver was split by reason to change: word lists in :mod:`.lexicon`, the master
pattern in :mod:`.patterns`, calendar arithmetic in :mod:`.calendar_days`, resolution by
family in :mod:`.expressions` and :mod:`.named_days`, datelines and update stamps in
:mod:`.datelines`, the scan of a text in :mod:`.scan` and the trigger-to-date choice in
:mod:`.governing`.  This module only re-exports their public names; new code imports
from ``conflictlens.time`` or the module itself.
"""
from .calendar_days import NEAR_FUTURE_DAYS, NEAR_FUTURE_PAST_DAYS
from .datelines import dateline_span, find_dateline
from .governing import (counts_from_trigger, date_governor, dates_aftermath, dates_condition, dates_discovery,
                        dates_earlier_act, dates_speech, governing_date, is_possessive, names_incident)
from .lexicon import (AFTERMATH_NOUNS, AFTERMATH_VERBS, CONDITION_NOUNS, DISCOVERY_WORDS, MONTH_WEEKS, MONTHS,
                      NUMBER_WORDS, PRESENT_STATE_VERBS, QUARTER_ORDINALS, QUARTER_RELATIVE, SEASONS, SPEECH_VERBS,
                      STATE_VERBS, WEEKDAYS)
from .scan import WEEKDAY_ABBR, find_dates, resolve_expression, weekdays_named

__all__ = ["dates_condition", "dates_discovery", "find_dates", "find_dateline", "resolve_expression", "governing_date", "names_incident", "counts_from_trigger", "weekdays_named", "WEEKDAY_ABBR"]
