"""Event identity across reports and duplicate reports: pure functions, no database.

* :func:`matches` says whether a newly coded event is the same event as a stored one
  (spec: same day, or overlapping days when time_precision > 1; same place within a
  distance window; same event type or types the codebook's aggregation rules merge;
  compatible actors). Wording plays no part.
* :func:`combine` reconciles every report's version of one event into the stored row
  by the codebook: the lowest credible death toll (the others named in ``notes``), the
  more precise place and date, the fuller actor names, every source.
* :func:`canonical_url` and :func:`fingerprint` / :func:`similarity` recognise the same
  report arriving twice (the same page, or a wire copy republished by another outlet).
* :func:`report_names` and :func:`names_overlap` tell reports about the same incident
  apart from reports about another one by the names they share (victims, suspects,
  streets, schools): the store uses them only beside what the events are
  (:func:`corroborates`), where a coded place or date is the weak field.
* :func:`report_terms` and :func:`resemblance` compare two reports by their content words
  (rarer words weighing more): the store uses them only for a report that codes no act of
  violence, or an undated event, which nothing else links to an event of the same kind.

The code lives in :mod:`conflictlens.store.identity`, one module a concern (settings, word
lists, kinds, date and place windows, actors, told days, same event, recalls, names, terms,
tolls, combine, versions, same report); this module re-exports every name it defined, the
private ones the store's mixins and the tests use included, so ``dedupe.X`` still works.
"""
# ruff: noqa: F401
from __future__ import annotations

from .identity.settings import (
    DedupeSettings, DEFAULT_SETTINGS,
)
from .identity.word_lists import (
    _CALENDAR, _calendar_words, _cue_list, _cues, _FURNITURE,
)
from .identity.kinds import (
    codebook_pair, family, is_crime, is_violent, one_kind, same_kind, told_as_crime, unplaced_pair, VIOLENT,
)
from .identity.windows import (
    _half_window, day_gap, day_window, distance, is_undated, km, later_day_soft, MONTH_REACH, near, page_dated,
    page_dated_after_told, page_dated_armed, PAGE_DATED_NOTE, page_day_only, RELATIVE_NOTE,
    same_area, same_place, soft_day, UNDATED, unplaced, window_reach,
)
from .identity.actors import (
    _GENERIC, _norm_actor, actors_compatible, named_actors, related_names, without_country,
)
from .identity.told_days import (
    _DATE_LINE_WORDS, _DEADLINE_AFTER, _DEADLINE_BEFORE, _DEADLINE_CUES, _deadline_day, _MONTH_DAY,
    _month_days, _MONTH_NAMES, _on_date_line, _weekdays_meet, _YEAR_AFTER, fits_told_days, told,
    told_days, told_days_meet, told_exact_day, told_weekdays,
)
from .identity.same_event import (
    corroborates, describes, match_rank, matches, same_toll, tells_kind, told_again,
)
from .identity.recalls import (
    _APPEARANCE_CUES, _COURT_CUES, _COURT_TERMS, _cue_terms, _RECALL_CUES, _YEAR, court_terms, recalls,
    told_as_appearance, told_in_court,
)
from .identity.names import (
    _AGE, _CAPITALISED, CARE_PLACE_WORDS, _EXAMINER_BEFORE, _LOWER, _PERSON, _STREET_WORDS, initial_full_names,
    initialled_first_names,
    COMPANY_WORDS, MIN_NAMES, names_overlap, NEWSROOM_WORDS, OFFICE_WORDS, owned_names, place_words, report_names, report_people,
    surname_respellings, surname_variants, things_named, told_ages, variant_full_names,
)
from .identity.terms import (
    _FUNCTION_WORDS, _function_words, _TERM, report_terms, resemblance,
)
from .identity.tolls import (
    _added_late_death, _late_only, _toll_note, _UPDATE_WHY, best_told, coded_toll, FATALITY_NOTE,
    told_as_roundup, told_update, Toll, TOLL_KIND_ORDER,
)
from .identity.combine import (
    _fullest_actor, _split, _type_priority, _union, coded_day, combine, placed_version,
)
from .identity.versions import (
    _plain, diff, event_from_json, event_to_json, HISTORY_FIELDS,
)
from .identity.same_report import (
    _TRACKING, _WORD, canonical_url, fingerprint, MIN_SAMPLE, same_story, SAMPLE_MOD, SHINGLE,
    shingles, similarity,
)
