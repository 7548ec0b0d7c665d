"""One report's version of an event as JSON, and what changed between two versions.

The store keeps every report's version beside the event (to recombine it when a report is
removed) and a history of each field that changed; both need the event in plain values.
"""
from __future__ import annotations

import dataclasses
import json
from datetime import date

from ...model import Event, Evidence


#: the fields a history entry compares
HISTORY_FIELDS = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "article_ids",
)


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def diff(old: Event | None, new: Event | None) -> dict[str, list]:
    """{field: [old, new]} for the fields that differ (None stands for a missing event)."""
    out = {}
    for f in HISTORY_FIELDS:
        a = _plain(getattr(old, f)) if old is not None else None
        b = _plain(getattr(new, f)) if new is not None else None
        if a != b:
            out[f] = [a, b]
    return out


def event_to_json(e: Event) -> str:
    d = {f.name: getattr(e, f.name) for f in dataclasses.fields(Event)}
    d["evidence"] = dataclasses.asdict(e.evidence) if e.evidence is not None else None
    d["event_date"] = e.event_date.isoformat()
    d["article_ids"] = list(e.article_ids or ())
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def event_from_json(text: str) -> Event:
    d = json.loads(text)
    d["event_date"] = date.fromisoformat(d["event_date"])
    d["evidence"] = Evidence(**d["evidence"]) if d.get("evidence") else None
    d["article_ids"] = tuple(d.get("article_ids") or ())
    known = {f.name for f in dataclasses.fields(Event)}
    return Event(**{k: v for k, v in d.items() if k in known})
