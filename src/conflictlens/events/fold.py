"""One incident, one row: episodes of one report that tell the same act of violence under
different families are folded into one.

With ``--scope all-violence`` a report may code one shooting as an ``Attack`` (a death told
beside the officers who gave the news), a riot (from a crowd word) and a ``Shooting`` of
``Other violence``, each an episode of its own because episodes join only within a family.
A coder writes one row per incident, day and place (spec §0): those episodes, on a common
day at the same place, with no contradicting pair of named actors and none told as another
incident, become one. The row takes the codebook's type when one of the folded episodes has
the political actor that type needs (an armed party that acted, a named group, rioters or
protesters), else ``Other violence``. Only groups holding an ``Other violence`` episode are
folded, so the default (political) scope is unchanged: two ACLED events on one day and
place with different actors stay two rows (spec §0).
"""
from __future__ import annotations

from datetime import date

from .episodes import Episode, same_place, told_as_other_incident
from .lexicon import VIOLENT_FAMILIES, priority
from .other_violence import EVENT_TYPE, _PRIORITY, bystanders_left_out
from .rows import _best_place, _episode_days

#: inter codes (spec §3) of the actors that make violence political: state forces at home or
#: abroad, named rebel groups and militias, and the crowd a riot needs (rioters, protesters)
STATE = (1, 8)
NAMED_GROUPS = (2, 3, 4)
CROWD = (5, 6)
#: the crowd-event sub-types that are violence (a peaceful protest beside a shooting is an event of its own)
VIOLENT_CROWD = ("Violent demonstration", "Mob violence")


def _foldable(ep: Episode) -> bool:
    event_type, sub = ep.best_type()
    return ep.family in VIOLENT_FAMILIES or event_type == "Riots" and sub in VIOLENT_CROWD


def _has_political_actor(ep: Episode, doc) -> bool:
    """The episode's type has the actor the codebook needs for it: a crowd for a riot; for an
    act of violence a named group, or state forces that did it (:func:`_did_it`)."""
    event_type, _ = ep.best_type()
    if event_type == EVENT_TYPE:
        return False
    if event_type in ("Riots", "Protests"):
        return any(a.inter in CROWD and not a.speaker for m, _ in ep.mentions for a in m.actors)
    return any(a.entry is not None and a.inter in NAMED_GROUPS for m, _ in ep.mentions for a in m.actors) \
        or any(_did_it(m, doc) for m, _ in ep.mentions)


def _did_it(m, doc) -> bool:
    return bool(_doers(m, doc))


def _doers(m, doc) -> set[int]:
    """The state forces that did the violence: the subject of a trigger's own verb ("police
    shot a man", "was shot by an officer"), the trigger noun's modifier ("a police shooting")
    or a side of the fight; not the subject of a verb the trigger hangs from (detectives looking
    into the gunfire that killed a courier, officers called out to it). Unnamed
    gunmen are no political actor (events.other_violence)."""
    tokens: set[int] = set()
    for t in m.candidate.triggers:
        head = t.head(doc)
        if head.pos_ in ("VERB", "AUX"):
            verb = head
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # "fired at and killed the man": the first verb's subject
            parts = [c for c in verb.children if c.dep_ == "nsubj"]
            parts += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        else:
            parts = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        tokens.update(x.i for p in parts for x in p.subtree)
    state = lambda a: a.inter in STATE and not a.speaker  # noqa: E731
    return {id(a) for a in m.actors if state(a) and a.head_i in tokens} | {id(a) for a in m.pair_actors if state(a)}


def _named(ep: Episode) -> set[str]:
    return ep.named_actors()


def _same_incident(a: Episode, b: Episode, anchor: date | None) -> bool:
    if a.family == b.family or not a.places or not b.places:
        return False
    days_a, _, _, _ = _episode_days(a, anchor)
    days_b, _, _, _ = _episode_days(b, anchor)
    if not set(days_a) & set(days_b):
        return False  # (days one apart when either is dated only around its sentences: GVC date exact 184 -> 183)
    if not same_place(_best_place(a), _best_place(b)):
        return False
    na, nb = _named(a), _named(b)
    if len(na) >= 2 and len(nb) >= 2 and not na & nb:
        return False  # two named pairs: two events (spec §0)
    return not any(told_as_other_incident(m) for ep in (a, b) for m, _ in ep.mentions)


def fold_incidents(episodes: list[Episode], doc, anchor: date | None = None) -> list[Episode]:
    """The episodes with those telling one incident under different families folded into one
    (where the first of them was), labelled by :func:`_label`; ``doc``: the report's parse,
    ``anchor``: its date."""
    groups: list[list[Episode]] = []
    for ep in episodes:
        if not _foldable(ep):
            groups.append([ep])
            continue
        target = next((g for g in groups if _foldable(g[0]) and all(_same_incident(ep, o, anchor) for o in g)
                       and ep.family not in {o.family for o in g}), None)
        if target is None:
            groups.append([ep])
        else:
            target.append(ep)
    folded: dict[int, Episode] = {}  # id of a group's first episode -> the fold (the rest: left out)
    gone: set[int] = set()
    for g in groups:
        if len(g) == 1 or not any(o.best_type()[0] == EVENT_TYPE for o in g):
            continue
        one = Episode(mentions=[mp for o in g for mp in o.mentions], label=_label(g, doc), parts=g)
        if one.label[0] == EVENT_TYPE:
            for m, _ in one.mentions:
                # no party to the crime: the armed actors that did not act, the state forces
                # that did not do it
                doers = _doers(m, doc)
                bystanders_left_out(m)
                m.actors = [a for a in m.actors if a.inter not in STATE or id(a) in doers]
        folded[id(g[0])] = one
        gone.update(id(o) for o in g[1:])
    # the report's order kept: a fold where its first episode was
    return [folded.get(id(ep), ep) for ep in episodes if id(ep) not in gone]


def _label(group: list[Episode], doc) -> tuple[str, str]:
    """The codebook's type when an episode of it has its political actor (the highest of
    those), else the crime's sub-type that ranks first."""
    political = [o.best_type() for o in group if _has_political_actor(o, doc)]
    if political:
        return min(political, key=lambda t: priority(*t))
    crimes = [o.best_type() for o in group if o.best_type()[0] == EVENT_TYPE]
    return min(crimes, key=lambda t: _PRIORITY.get(t[1], 99))
