"""Arrests made at a protest are its intervention, not an event of their own.

The codebook (spec §2.2) counts arrests among the ways a protest is broken up: "Protest with
intervention ... including arrests". A report telling a march in one sentence and "police said
15 people were arrested" in the next, or in the paragraph after, tells one event, not a protest
and a strategic development. An arrests mention folds into the demonstration told with it, in
its paragraph or the one before, when nothing sets it apart: not a day of its own told in its
sentence other than the protest's, not a place of its own told in its sentence other than the
protest's, not people arrested as suspects of something ("suspected of the bombing", "charged
with", "in connection with"), and not a sentence that also tells violence. A peaceful protest
that takes arrests becomes a Protest with intervention; excessive force and a violent
demonstration keep their labels (they outrank it).
"""
from __future__ import annotations

from datetime import date

from .episodes import Episode, same_place
from .lexicon import Lexicon, is_violent_type
from .mentions import EventMention
from .rows import _best_place, _episode_days

#: the demonstrations arrests may fold into, and the sub-type a peaceful one then takes
FOLDING = (("Protests", None), ("Riots", "Violent demonstration"))
INTERVENED = ("Protests", "Protest with intervention")


def _is_arrest(m: EventMention) -> bool:
    return m.event_type == "Strategic developments" and m.sub_event_type == "Arrests"


def _is_demonstration(ep: Episode) -> bool:
    event_type, sub = ep.best_type()
    return any(event_type == t and (s is None or sub == s) for t, s in FOLDING)


def _told_as_suspects(m: EventMention, doc, lexicon: Lexicon) -> bool:
    """The arrest's sentence tells what the arrested are held for ("suspected of the bombing",
    "charged with murder", "in connection with the attack"): a case of its own, not a crowd's
    arrests (``accusation_words``, ``accusation_preps``, ``arrest_case_nouns`` in cues.toml)."""
    cues = lexicon.cues
    sent = doc[m.candidate.triggers[0].start_i].sent if m.candidate.triggers else None
    if sent is None:
        return False
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in cues["accusation_words"] and any(
                c.dep_ == "prep" and c.lower_ in cues["accusation_preps"] for c in t.children):
            return True
        if lemma in cues["arrest_case_nouns"] and t.dep_ == "pobj" and t.head.lower_ == "in":
            return True
    return False


def _tells_violence(m: EventMention, mentions: list[EventMention]) -> bool:
    """Another mention of the arrest's sentence is violence: the arrests answer it."""
    return any(o.sent_index == m.sent_index and o is not m and is_violent_type(o.event_type, o.sub_event_type)
               for o in mentions)


def _fits(m: EventMention, ep: Episode, days: list[date], mentions, doc, lexicon: Lexicon) -> bool:
    """``m`` is an arrest told with the demonstration ``ep`` (held on ``days``)."""
    paragraphs = {e.paragraph for e, _ in ep.mentions if not e.is_headline}
    if m.date_source == "sentence" and not set(m.days) & set(days):
        return False  # another day
    if m.places and not any(same_place(p, _best_place(ep)) for p in m.places):
        return False  # elsewhere
    if m.place_source != "sentence" and not paragraphs & {m.paragraph, m.paragraph - 1}:
        return False  # placed by no word of its own, and told away from the demonstration
    return not _told_as_suspects(m, doc, lexicon) and not _tells_violence(m, mentions)


def fold_arrests_into_protests(episodes: list[Episode], dropped: list[tuple[EventMention, str]],
                               mentions: list[EventMention], doc, lexicon: Lexicon, anchor: date | None = None
                               ) -> tuple[list[Episode], list[tuple[EventMention, str]]]:
    """The episodes and the left-out mentions with each arrest told with a demonstration (the
    last one told before it, else the first after) moved into it; an arrests episode left with
    no mention goes."""
    demos = [ep for ep in episodes if _is_demonstration(ep)]
    if not demos:
        return episodes, dropped
    spans = {id(ep): _episode_days(ep, anchor)[0] for ep in demos}

    def host(m: EventMention) -> Episode | None:
        fitting = [ep for ep in demos if spans[id(ep)] and ep.places and _fits(m, ep, spans[id(ep)], mentions,
                                                                                doc, lexicon)]
        first = lambda ep: min(e.sent_index for e, _ in ep.mentions)  # noqa: E731
        before = [ep for ep in fitting if first(ep) <= m.sent_index]
        return max(before, key=first) if before else (min(fitting, key=first) if fitting else None)

    moved: set[int] = set()
    for ep in episodes:
        if ep in demos:
            continue
        for m, p in list(ep.mentions):
            target = host(m) if _is_arrest(m) else None
            if target is not None:
                _take(target, m)
                moved.add(id(m))
        ep.mentions = [(m, p) for m, p in ep.mentions if id(m) not in moved]
    left = []
    for m, why in dropped:
        target = host(m) if _is_arrest(m) and why == "no place" else None
        if target is None:
            left.append((m, why))
        else:
            _take(target, m)
    return [ep for ep in episodes if ep.mentions], left


def _take(ep: Episode, m: EventMention) -> None:
    """The arrest joins the demonstration with no place of its own; a peaceful protest becomes
    one with intervention (spec §2.2)."""
    event_type, sub = ep.best_type()
    ep.label = INTERVENED if (event_type, sub) == ("Protests", "Peaceful protest") else (event_type, sub)
    ep.mentions.append((m, None))
