"""The day of an incident told only in the sentence of its dead ("Detectives charged a woman
with the murder of a shop owner. The owner, 58, was killed Friday morning."): a death told in a sentence
that is no event of its own joins the violence told before it (``attach_deaths_told_apart``),
and its own day dates that violence when nothing nearer does (the violence's sentence gives
only the page's date or an arrest's day as a bound)."""
from __future__ import annotations

from ..model import DateMention, DeathFigure
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
