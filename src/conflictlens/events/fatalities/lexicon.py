"""The fatalities word lists, loaded once from ``data/fatalities/lexicon.toml``.

Every reader of death figures (the pattern reader, the parse reader, the cues and the
updates) draws its words from here, so that coders tune death verbs, exclusions, vague
quantities and person nouns in one data file without touching code; the few patterns built
from those lists that several readers share live here too.
"""
from __future__ import annotations

import re

from ...data import read_toml


def _lexicon() -> dict:
    """The word lists of ``data/fatalities/lexicon.toml``, loaded once per process."""
    return read_toml("fatalities", "lexicon.toml")


_LEX = _lexicon()
VAGUE: dict[str, int] = {k.lower(): int(v) for k, v in _LEX["vague"].items()}
QUALIFIERS: dict[str, str] = {k.lower(): v for k, v in _LEX["qualifiers"].items()}
#: a figure's qualifier -> how it tells a toll ("lower bound", "vague"); unlisted: "exact"
TOLL_KINDS: dict[str, str] = {k.lower(): v for k, v in _LEX["toll_kinds"].items()}
NUMBER_WORDS = tuple(w.lower() for w in _LEX["numbers"]["words"])
_D = _LEX["death"]
TRANSITIVE = frozenset(w.lower() for w in _D["transitive"])
DEATH_NOUNS = frozenset(w.lower() for w in _D["nouns"])
EXCLUDE = frozenset(w.lower() for w in _LEX["exclude"]["words"])
NON_PERSON = frozenset(w.lower() for w in _LEX["non_person"]["words"])
STOP = frozenset(w.lower() for w in _LEX["grammar"]["stop"])
_CLAUSE_FINAL = frozenset(w.lower() for w in _D["clause_final"])
_AFTER_FIRST = frozenset(w.split()[0].lower() for w in _D["after"])


def _alt(words) -> str:
    """A regex alternation, longest phrase first, spaces matching any whitespace."""
    uniq = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


#: nouns for two people ("parents", "twins")
_PAIR_WORDS = frozenset(w.lower() for w in _LEX["pairs"]["words"])
#: Prefilter: a sentence with none of these words reports no death (nor a zero toll).
_ANY_DEATH = re.compile(
    rf"\b(?:{_alt(_D['after'] + _D['before'] + _D['toll'] + _D['nouns'] + _D['self_killing'])}"
    rf"|no\s+one|nobody|no\s+casualties|no\s+lives)\b", re.I)
#: the word right before a position ("his" in "his son", "Sept" in "Sept. 3")
_PREV = re.compile(r"([A-Za-z]+)\W*$")

#: the victims section: words that tell whom a parse names killed
_V = _LEX["victims"]
_V_PASSIVE = frozenset(_V["passive"])
_V_TO_DEATH = frozenset(_V["to_death"])
_V_TO_DEATH_WORDS = frozenset(_V["to_death_words"])
_V_INTRANSITIVE = frozenset(_V["intransitive"])
#: verbs whose active subject is the victim ("the mayor died"): no doer of the violence
VICTIM_SUBJECT_VERBS = _V_INTRANSITIVE
_V_WOUND_VERBS = frozenset(_V["fatal_wound_verbs"])
_V_WOUND_NOUNS = frozenset(_V["fatal_wound_nouns"])
_V_FATAL = frozenset(_V["fatal_words"])
_V_SUFFER = frozenset(_V["suffer_verbs"])
_V_INFLICT = frozenset(_V["inflict_verbs"])
_V_INFLICTED_ON = frozenset(_V["inflicted_on"])
_V_BODY = frozenset(_V["body"])
_V_NOMINAL = frozenset(_V["nominal"])
_V_PERSONS = frozenset(w.lower() for w in _V["persons"])
_V_COLLECTIVES = frozenset(w.lower() for w in _V["collectives"])
_V_ANAPHORS = frozenset(w.lower() for w in _V["anaphors"])
_V_PRONOUNS = frozenset(w.lower() for w in _V["pronouns"])
_V_BODY_OWNERS = frozenset(w.lower() for w in _V["body_owner_pronouns"])
_V_PLURAL_BODY_OWNERS = frozenset(w.lower() for w in _V["plural_body_owners"])
_V_COMPANIONS = frozenset(w.lower() for w in _V["companions"])
_V_PRONOUNCED = frozenset(w.lower() for w in _V["pronounced_dead"])
_V_DEAD_VERBS = frozenset(w.lower() for w in _V["found_dead"]) | _V_PRONOUNCED
#: "himself", "herself", "self": the killer as one more object of his killing
REFLEXIVES = frozenset(w.lower() for w in _V["reflexives"])
#: words before a victim noun that give its count themselves ("a 2-year-old", "his son")
_DETERMINERS = frozenset(w.lower() for w in _V["determiners"])
_NOT_REAL = frozenset(_V["not_real"])
_NOBODY = frozenset(_V["nobody"])
_ATTEMPT = frozenset(_V["attempt"])
#: "aged 7 and 11" after a plural noun: its victims counted by the ages listed (two or more)
_AGES = re.compile(rf"\b(?:{_alt(_V['ages'])})\s+(\d{{1,3}}(?:\s*,\s*\d{{1,3}})*\s*,?\s*and\s+\d{{1,3}})\b(?!\s*-)",
                   re.I)
