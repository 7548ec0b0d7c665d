"""Which death toll an event told by several reports codes, and the note naming the others.

The lowest credible count of the best kind stands until a report tells a higher one as
news of its own (a risen toll, a later death, an official count) no earlier than the lower
counts; the note names every count and its sources.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model import Event, Evidence


FATALITY_NOTE = "Fatality counts vary by source:"


@dataclass(frozen=True)
class Toll:
    """One report's death toll for an event, as the store keeps it beside the event."""

    count: int
    source: str
    #: the report's publication date (None: unknown)
    published: date | None = None
    #: how the report tells it: "" (a count), or told as news of its own: "rise" (the toll
    #: rose), "later_death" (a victim died after the first reports), "official" (a count
    #: confirmed by an official body) (events/fatalities/updates.py: toll_updates)
    update: str = ""
    #: the sentence telling the update
    evidence: Evidence | None = None
    article_id: str = ""
    #: the deaths a "later_death" sentence tells (1 when it gives no figure: "he died of his wounds")
    late: int | None = None
    #: how the report tells the count: "exact", "lower bound" or "vague" (events.fatalities.toll_kind)
    kind: str = "exact"


#: the kinds of toll, best first: the lowest count of the best kind any report gives is coded
TOLL_KIND_ORDER = ("exact", "lower bound", "vague")


def told_as_roundup(event: Event) -> bool:
    """Does ``event``'s evidence gather the dead of several incidents, a period or an area ("30 were
    shot throughout the city over the holiday; four died", "the county's homicide count")
    (events.fatalities: tells_aggregate, tells_separate_incidents)? Its toll is then no one
    incident's: a report with no date telling it lends it to no event it is linked to."""
    from ...events.fatalities import tells_aggregate, tells_separate_incidents
    text = event.evidence.text if event.evidence else ""
    return bool(text) and (tells_aggregate(text) or tells_separate_incidents(text))


def best_told(tolls: list[Toll]) -> list[Toll]:
    """The credible tolls (above zero) of the best kind told (exact counts before lower bounds
    before vague ones): a bound or an estimate stands only when no report counts the dead."""
    credible = [t for t in tolls if t.count > 0]
    for kind in TOLL_KIND_ORDER:
        told = [t for t in credible if t.kind == kind]
        if told:
            return told
    return credible


_UPDATE_WHY = {"rise": "told a risen toll", "later_death": "told a victim's later death",
               "official": "told an official count"}


def coded_toll(tolls: list[Toll]) -> tuple[int, Toll | None]:
    """The toll a living event codes (spec §6, §1): the lowest credible one (a report naming
    none is silent, not "zero") until a report tells a higher one as an update (a risen
    toll, a later death, an official count) published no earlier than every report giving
    a lower figure (an unknown date is never later); of several, the latest, then the
    lowest (counts told at the same time keep the lowest). A later death raises the highest
    lower toll by its own victims at most; told alone, after the toll, it adds to it
    (``_added_late_death``). Returns the count and the
    updating report's toll (None when the lowest is coded). Only tolls of the best kind
    told count as the lowest (``best_told``): "at least one" does not undercut a report's
    exact count of three."""
    credible = [t for t in tolls if t.count > 0]
    if not credible:
        return 0, None
    added = _added_late_death(credible)
    if added is not None:
        return added
    pool = best_told(credible)
    lowest = min(t.count for t in pool)

    def stands(u: Toll) -> bool:
        lower = [t for t in pool if t.count < u.count]
        if u.update == "later_death" and u.count > max(t.count for t in lower) + (u.late or 1):
            return False  # a later death adds its victims to a toll already told, no more
        return u.published is not None and all(t.published is not None and t.published <= u.published for t in lower)

    updates = [u for u in credible if u.update and u.count > lowest and stands(u)]
    if not updates:
        return lowest, None
    best = min(updates, key=lambda u: (-u.published.toordinal(), u.count))
    return best.count, best


def _late_only(t: Toll) -> bool:
    """A report counting only a later death ("the gunman died of complications on Friday")."""
    return t.update == "later_death" and t.count <= (t.late or 1)


def _added_late_death(credible: list[Toll]) -> tuple[int, Toll] | None:
    """A follow-up counting only a later death, published after every report giving the
    toll it follows and counting fewer dead than that toll, tells a death the earlier toll
    left out: it adds to it (keeping the lowest would drop the earlier dead). Several
    follow-ups telling it add it once. None when no report tells one so."""
    earlier = [t for t in credible if not _late_only(t)]
    if len(earlier) in (0, len(credible)) or any(t.published is None for t in earlier):
        return None
    before, _ = coded_toll(earlier)
    last = max(t.published for t in earlier)
    late = [u for u in credible if _late_only(u) and u.published is not None and u.published > last
            and u.count < before]
    if not late:
        return None
    u = max(late, key=lambda t: t.count)
    return before + u.count, u


def _toll_note(tolls: list[Toll], update: Toll | None, coded: int) -> str:
    """Every count with its sources (a bound or an estimate said so), and which is coded and why."""
    by_toll: dict[tuple[int, str], list[str]] = {}
    for t in tolls:
        if t.source not in by_toll.setdefault((t.count, t.kind), []):
            by_toll[(t.count, t.kind)].append(t.source)
    label = {"lower bound": "at least {}", "vague": "about {}"}
    told = "; ".join(f"{label.get(k, '{}').format(n)} ({', '.join(w)})" for (n, k), w in sorted(by_toll.items()))
    if update is None:
        pool = best_told(tolls)
        if pool and any(t.count > 0 and t.kind != pool[0].kind for t in tolls):
            return f"{FATALITY_NOTE} {told}; the lowest {pool[0].kind} count is coded."
        return f"{FATALITY_NOTE} {told}; the lowest credible count is coded."
    return (f"{FATALITY_NOTE} {told}; {coded} is coded, as {update.source} {_UPDATE_WHY[update.update]}"
            f" on {update.published.isoformat()}, no earlier than the lower counts.")


def told_update(event: Event, report_events: list[Event], updates,
                text: str) -> tuple[str, Evidence | None, int | None]:
    """How one report tells an event's toll: ``(kind, sentence, deaths the sentence tells)``
    of the first sentence of its ``updates`` (events/fatalities/updates.py: toll_updates) telling it
    as news of its own, else ``("", None, None)``. A risen toll or an official count must give
    the event's toll; a victim's later death ("died of his wounds") tells the toll of the
    report's one event with deaths."""
    if event.fatalities <= 0:
        return "", None, None
    with_deaths = [e for e in report_events if e.fatalities > 0]
    for kind, count, lo, hi in updates:
        if count == event.fatalities if kind != "later_death" else (
                len(with_deaths) == 1 and (count is None or count <= event.fatalities)):
            return kind, Evidence(text[lo:hi], lo, hi), count
    return "", None, None
