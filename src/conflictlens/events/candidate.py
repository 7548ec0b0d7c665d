"""A typed event candidate of one sentence, with what the report-level rules read of it."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import priority
from .triggers import TriggerMatch


@dataclass
class Candidate:
    event_type: str
    sub_event_type: str
    triggers: list[TriggerMatch]
    explanation: str
    strong: bool = True
    rejected: list[str] = field(default_factory=list)
    #: told as the ongoing or earlier situation, not as the report's news (see ``told_as_background``)
    background: bool = False
    #: the candidate's sentence tells of people killed or hurt
    harm: bool = False
    #: an earlier incident a follow-up story refers to ("charged with the murder of"), coded
    #: only when the report tells no act of violence of its own (events.other_violence)
    reference: bool = False
    #: how many armed parties the candidate's sentence names (a clash needs two organised armed sides)
    armed_sides: int = 0
    #: the candidate's sentence names state forces as a party (not as who spoke)
    state_party: bool = False
    #: where the candidate's sentence starts (token index), the places it names (GPE, LOC, FAC),
    #: whether it names a crowd or demonstrators, and whether it opens by turning to other news
    #: ("Separately, ...", "Meanwhile, ..."): what ties a clash to a demonstration told beside it
    sent_start: int = -1
    places: frozenset = frozenset()
    crowd_named: bool = False
    turns_away: bool = False
    #: the sentence tells its event as coming after one told before ("after the blast")
    told_after: bool = False
    #: a battle told apart after the explosion that leads the report: a second event, not the main one
    apart_from_lead: bool = False
    #: the violence is aimed at demonstrators or a gathering ("opened fire on them", "fired into the crowd")
    hits_demonstrators: bool = False

    @property
    def trigger_span(self) -> tuple[int, int]:
        return min(t.start_i for t in self.triggers), max(t.end_i for t in self.triggers)


def _best(matches: list[TriggerMatch]) -> TriggerMatch:
    return min(matches, key=lambda m: priority(m.trigger.event_type, m.trigger.sub_event_type))


def _words(matches) -> str:
    return ", ".join(f"'{m.trigger.phrase}'" for m in matches)
