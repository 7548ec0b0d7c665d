"""One stored event out of every report's version of it (:func:`combine`).

Every field is a choice among the versions (the most precise day and place, the fullest
actor names, the toll :mod:`.tolls` picks, the union of sources), so the stored row plus a
new version gives the same as all versions combined again.
"""
from __future__ import annotations

import re
from datetime import date

from ...model import Event
from .windows import PAGE_DATED_NOTE, soft_day
from .actors import related_names
from .tolls import _toll_note, best_told, coded_toll, FATALITY_NOTE, Toll


def _type_priority(event_type: str, sub_event_type: str) -> tuple:
    try:
        from ...events.lexicon import priority
        return priority(event_type, sub_event_type)
    except Exception:  # noqa: BLE001 - the codebook is optional here
        return (0, 0)


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _union(values) -> str:
    out: list[str] = []
    for v in values:
        for part in _split(v):
            if part not in out:
                out.append(part)
    return "; ".join(out)


def _fullest_actor(contribs: list[Event], name_attr: str, inter_attr: str) -> tuple[str, int | None]:
    named = [(getattr(c, name_attr), getattr(c, inter_attr)) for c in contribs if getattr(c, name_attr)]
    if not named:
        return "", getattr(contribs[0], inter_attr)
    specific = [x for x in named if not x[0].lower().startswith("unidentified")] or named
    first = specific[0]
    related = [x for x in specific if related_names(x[0], first[0])]
    return max(related, key=lambda x: len(x[0]))  # max keeps the first of equal length


#: days after another version's day past which a soft day is a late report's (:func:`coded_day`;
#: as DedupeSettings.related_days: a crime's follow-ups within two weeks still date it)
LATE_VERSION_DAYS = 14


def coded_day(versions: list[Event]) -> tuple[date, int]:
    """The day (and its precision) of one event told by several reports: the most precise;
    of those, a day the text tells of the incident over one that is only the page's date
    (:func:`page_dated`: a crime report published the morning after); then the day most
    reports give (one outlet's relative day may be counted from another day); then the
    earliest (a follow-up may code the incident on its own later day, never before it
    happened). Undated versions (precision 0) come last. A soft day (windows.soft_day: a week,
    a month, a day counted back from its page) more than ``LATE_VERSION_DAYS`` after another
    version's day is a late report's (a follow-up, an anniversary, a trial story, its day
    counted from its own page): it dates the event only when no other version does."""
    dated = [v.event_date for v in versions if v.time_precision]
    if dated:
        first = min(dated)
        versions = [v for v in versions if not (v.time_precision and soft_day(v)
                                                and (v.event_date - first).days > LATE_VERSION_DAYS)] or versions
    best = min(v.time_precision or 99 for v in versions)
    pool = [v for v in versions if (v.time_precision or 99) == best]
    pool = [v for v in pool if PAGE_DATED_NOTE not in (v.notes or "")] or pool
    counts: dict[date, int] = {}
    for v in pool:
        counts[v.event_date] = counts.get(v.event_date, 0) + 1
    day = min(counts, key=lambda d: (-counts[d], d))
    return day, next(v.time_precision for v in pool if v.event_date == day)


def placed_version(contribs: list[Event]) -> Event:
    """The version whose place the event keeps: the most precise, the first of equals, but a
    district its report puts in a town ("Brill - Alverton": "the Alverton neighborhood of
    Brill") before a version that reads the same name alone ("Alverton"): one report's words
    told which Alverton, where the others took the name for a namesake town elsewhere."""
    best = min(c.geo_precision or 3 for c in contribs)
    tied = [c for c in contribs if (c.geo_precision or 3) == best]
    alone = {c.location for c in tied if c.location}
    return next((c for c in tied if (c.location or "").partition(" - ")[2] in alone), tied[0])


def combine(contribs: list[Event], tolls: list[Toll] | None = None,
            article_ids: tuple[str, ...] | None = None, versions: list[Event] | None = None) -> Event:
    """One event out of every report's version of it (the first report's is the base).

    Every rule is a choice among the versions (the most precise, the fullest, the toll
    :func:`coded_toll` picks, the union of sources), so the stored row plus a new version
    gives the same as all versions again: the store passes ``[row, new]`` with every report's
    :class:`Toll` and ``article_ids`` (read from its sources table) and need not re-read
    them all, except every version for the day (``versions``: :func:`coded_day` counts them)."""
    base = contribs[0]
    if article_ids is None:
        article_ids = tuple(dict.fromkeys(a for c in contribs for a in (c.article_ids or (c.article_id,)) if a))
    if len(contribs) == 1:
        return base.replace(article_ids=article_ids)
    day, precision = coded_day(versions or contribs)
    where = placed_version(contribs)
    what = min(contribs, key=lambda c: _type_priority(c.event_type, c.sub_event_type))
    actor1, inter1 = _fullest_actor(contribs, "actor1", "inter1")
    actor2, inter2 = _fullest_actor(contribs, "actor2", "inter2")
    taken = {actor1, actor2}
    assoc1 = "; ".join(a for a in _split(_union(c.assoc_actor_1 for c in contribs)) if a not in taken)
    assoc2 = "; ".join(a for a in _split(_union(c.assoc_actor_2 for c in contribs)) if a not in taken)
    if tolls is None:
        tolls = [Toll(c.fatalities, c.source or c.article_id, kind=c.fatalities_kind) for c in contribs]
    fatalities, update = coded_toll(tolls)
    pool = best_told(tolls)
    kind = update.kind if update is not None else pool[0].kind if pool else "exact"
    notes = re.sub(r"\s*" + re.escape(FATALITY_NOTE) + r".*$", "", base.notes or "", flags=re.S)
    if len({t.count for t in tolls}) > 1:
        notes = (notes + " " if notes else "") + _toll_note(tolls, update, fatalities)
    return base.replace(
        event_date=day, time_precision=precision,
        event_type=what.event_type, sub_event_type=what.sub_event_type,
        disorder_type=what.disorder_type, civilian_targeting=what.civilian_targeting or base.civilian_targeting,
        actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2,
        assoc_actor_1=assoc1, assoc_actor_2=assoc2,
        iso=where.iso, region=where.region, country=where.country, country_code=where.country_code,
        admin1=where.admin1, admin2=where.admin2, admin3=where.admin3, location=where.location,
        latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision,
        source=_union(c.source for c in contribs),
        source_scale=base.source_scale or next((c.source_scale for c in contribs if c.source_scale), ""),
        notes=notes, fatalities=fatalities, fatalities_kind=kind, tags=_union(c.tags for c in contribs),
        confidence=max(c.confidence for c in contribs),
        article_ids=article_ids,
    )
