"""Reported death figures (spec §6): the package's public names in one place.

The readers and rules live in small modules, one reason to change each: ``lexicon`` (the
word lists), ``quantities`` (written numbers), ``phrases`` (figures read by pattern),
``death_verbs`` and ``persons`` (victims read from a parse), ``parsed`` (a parsed sentence's
figures), ``cues`` (roundups, failed suicides, listed incidents), ``counting`` (adding
figures into a toll), ``reconcile`` (competing tolls), ``told_apart`` (deaths told in a
sentence of their own), ``called_hurt`` (a vague kill later called hurt) and ``updates``
(tolls told as news). Importing from here keeps working for callers of the former single
module.
"""
from __future__ import annotations

from .called_hurt import drop_counts_called_hurt_later
from .counting import (_group_key, _is_name, counted_figures, nouns_named_elsewhere, split_over_days, toll_kind,
                       total_deaths)
from .cues import counts_part_of_aggregate, tells_aggregate, tells_self_survived, tells_separate_incidents, told_as_listed_incident
from .death_verbs import is_death_verb
from .lexicon import (DEATH_NOUNS, EXCLUDE, NON_PERSON, NUMBER_WORDS, QUALIFIERS, REFLEXIVES, STOP, TOLL_KINDS,
                      TRANSITIVE, VAGUE)
from .parsed import PRONOUN_GROUP, sentence_death_figures
from .persons import determiner_before, is_person_token
from .phrases import find_death_figures
from .quantities import parse_number
from .reconcile import reconcile_figures
from .told_apart import attach_deaths_told_apart, kin_by_owner, not_gathered
from .updates import toll_updates

__all__ = ["counts_part_of_aggregate", "tells_aggregate", "find_death_figures", "sentence_death_figures", "counted_figures", "total_deaths",
           "split_over_days", "parse_number", "reconcile_figures", "attach_deaths_told_apart", "is_person_token",
           "determiner_before", "toll_updates", "drop_counts_called_hurt_later", "is_death_verb",
           "told_as_listed_incident"]
