"""Deaths and their days. The day of an incident told only in the sentence of its dead ("Detectives charged a woman
with the murder of a shop owner. The owner, 58, was killed Friday morning."): a death told in a sentence
that is no event of its own joins the violence told before it (``attach_deaths_told_apart``),
and its own day dates that violence when nothing nearer does (the violence's sentence gives
only the page's date or an arrest's day as a bound); and the dead of another incident that
a sentence dates apart ("a block from a May 2014 shooting that killed a boy"), which are no
toll of the violence the sentence tells (``drop_tolls_of_other_days``)."""
from __future__ import annotations

from datetime import date

from ..model import DateMention, DeathFigure
from ..nlp.parser import doc_text
from ..time import names_incident
from .mentions import EventMention


def date_from_deaths_told_apart(mentions: list[EventMention],
                                death_days: list[tuple[list[DeathFigure], DateMention]]) -> None:
    """``death_days``: the figures of each sentence of deaths told apart with the day its
    death words hang on. The mention those figures joined, dated only by the page or by a
    bound, takes that day when it is no later than that day (a bound to a week, "charged
    over the weekend", only says which week: the extractor's dates are never
    after the page's)."""
    for figures, day in death_days:
        ids = {id(f) for f in figures}
        target = next((m for m in mentions if any(id(f) in ids for f in m.deaths)), None)
        if target is None or not target.days or not (target.date_source == "anchor" or target.date_bound):
            continue
        if target.time_precision == 1 and day.days[-1] > target.days[-1]:
            continue
        target.days, target.time_precision, target.date_source = list(day.days[-1:]), 1, "sentence"
        target.date_text, target.date_relative, target.date_bound = day.text, day.relative, False


def drop_tolls_of_other_days(mentions: list[EventMention], dates: list[DateMention], doc) -> None:
    """Leave out of each mention's deaths those its sentence tells of another incident, dated
    apart (``_another_day_s_toll``). Run again once other violence has filled in its deaths."""
    for m in mentions:
        if m.deaths and m.days:
            m.deaths = [f for f in m.deaths if not _another_day_s_toll(f, m, dates, doc)]


def _another_day_s_toll(f, m: EventMention, dates: list[DateMention], doc) -> bool:
    """The figure is told inside the phrase of another incident noun that its own date puts on
    another day than the mention's ("a block away from a May 2014 shooting that killed a
    boy"): the dead of that older incident, not of this one."""
    text = doc_text(doc)
    for d in dates:
        if not (m.evidence.start <= d.start < m.evidence.end and d.days and names_incident(d, doc, text)):
            continue
        if any(_same_time(d, day) for day in m.days):
            continue
        noun = doc.char_span(d.start, d.end, alignment_mode="expand").root.head
        if noun.idx <= m.trigger_char < noun.idx + len(noun.text):
            continue  # the mention's own noun
        if noun.left_edge.idx <= f.start < noun.right_edge.idx + len(noun.right_edge.text):
            return True
    return False


def _same_time(d: DateMention, day: date) -> bool:
    """``day`` falls on the date told: the day itself, or its month when only a month is told."""
    if d.precision == 3:
        return any((x.year, x.month) == (day.year, day.month) for x in d.days)
    return day in d.days
