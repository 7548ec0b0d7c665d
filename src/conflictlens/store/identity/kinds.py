"""What kind of violence an event is, by the codebook's aggregation families.

Two events can be one only when they are of one family (or either is violence coded
outside ACLED's taxonomy), or when their labels are a pair the codebook lets tell one
incident (:func:`one_kind`, data/store/one_event_types.tsv); the matching rules ask these
questions of both sides.

Why such pairs exist (spec §0, §2): the codebook codes a row by the highest-ranked label that
applies, and reports told from different sides choose different labels for one incident.
Civilians killed in a gunfight stay in the battle's row, yet a report that tells only the
dead codes an attack on civilians; a bomb that kills shoppers is an explosion to one report
and an attack to another. (A crowd's label beside an attack stays apart: the codebook ranks
it higher, and the event would leave the acts of violence the store follows by the names its
reports share.) What the codebook writes as
separate rows stays apart: arrests after an attack, an abduction beside a fight, any
strategic development beside an act of violence. When reports disagree, the stored event
takes the label ranked highest in the codebook's priority order (combine.combine: a battle
over an attack, an explosion over an attack; a crime's label, outside the taxonomy, never
over the codebook's).
"""
from __future__ import annotations

from functools import lru_cache

from ...events.lexicon import aggregation_family, is_violent_type, VIOLENT_FAMILIES
from ...model import Event


family = aggregation_family


VIOLENT = VIOLENT_FAMILIES


def is_violent(e: Event) -> bool:
    return is_violent_type(e.event_type, e.sub_event_type)


def is_crime(e: Event) -> bool:
    """Violence coded outside ACLED's taxonomy (``--scope all-violence``)."""
    return family(e.event_type, e.sub_event_type) == "other violence"


def told_as_crime(e: Event) -> bool:
    """Coded, or told by some report (its tags), as violence outside ACLED's taxonomy."""
    return is_crime(e) or "outside ACLED taxonomy" in (e.tags or "")


def _label_matches(pattern: tuple[str, str], event_type: str, sub_event_type: str) -> bool:
    return pattern[0] == event_type and pattern[1] in ("*", sub_event_type)


@lru_cache(maxsize=None)
def _one_event_pairs() -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    from ...data import read_table
    return tuple(((r["type_a"], r["sub_a"]), (r["type_b"], r["sub_b"]))
                 for r in read_table("store", "one_event_types.tsv"))


def codebook_pair(a_type: str, a_sub: str, b_type: str, b_sub: str) -> bool:
    """Are two labels of different families a pair the codebook lets tell one incident
    (data/store/one_event_types.tsv, either way round)?"""
    for x, y in _one_event_pairs():
        if (_label_matches(x, a_type, a_sub) and _label_matches(y, b_type, b_sub)) \
                or (_label_matches(y, a_type, a_sub) and _label_matches(x, b_type, b_sub)):
            return True
    return False


@lru_cache(maxsize=None)
def _unplaced_pairs() -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    from ...data import read_table
    return tuple(((r["type_a"], r["sub_a"]), (r["type_b"], r["sub_b"]))
                 for r in read_table("store", "unplaced_label_pairs.tsv"))


def unplaced_pair(mention: Event, stored: Event) -> bool:
    """Are the labels of a mention told with no place (or an undated event made of one) and of a
    stored event a pair data/store/unplaced_label_pairs.tsv lets tell one incident, either way
    round? Only the kind of such a mention is told, read from a sentence that says neither when
    nor where: a raid is an attack there, the looting where its place is told."""
    x, y = _label(mention), _label(stored)
    return any((_label_matches(a, *x) and _label_matches(b, *y)) or (_label_matches(b, *x) and _label_matches(a, *y))
               for a, b in _unplaced_pairs())


def _label(e: Event) -> tuple[str, str]:
    return e.event_type, e.sub_event_type


def one_kind(a: Event, b: Event) -> bool:
    """May two events be one incident by what they are: one family, or a codebook pair
    (:func:`codebook_pair`)? (Crimes outside ACLED's taxonomy are the callers' to allow.)"""
    x, y = _label(a), _label(b)
    return family(*x) == family(*y) or codebook_pair(*x, *y)


def same_kind(a: Event, b: Event) -> bool:
    """Are two events of one family of violence (or a codebook pair: :func:`one_kind`), or either coded outside ACLED's taxonomy
    (a crime report's shooting may be another's attack)? Asked where the date cannot be
    compared (same_event.py: describes, tells_kind)."""
    return one_kind(a, b) or is_crime(a) or is_crime(b)
