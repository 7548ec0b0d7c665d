"""Events as table rows: ids, country prefixes, and the mapping between Event and its row.

Why apart: the one place that knows the events table's columns and the ACLED-style ids
(prefix and number); every other part of the store reads and writes events through it.
"""
from __future__ import annotations

import json
import re
from datetime import date

import pycountry

from ..model import ACLED_COLUMNS, Event, Evidence
from . import dedupe


#: ISO alpha-2 codes pycountry lacks, with the prefix ACLED uses.
_EXTRA_ALPHA3 = {"XK": "XKX"}
#: prefix used when an event's country cannot be resolved
UNKNOWN_PREFIX = "XXX"
#: counters kept in id_counters beside the country prefixes
_HISTORY_SEQ = "~history"
_SOURCE_SEQ = "~source"

_ID_RE = re.compile(r"^([A-Z]{3})(\d+)$")

_EVENT_COLUMNS = (
    "event_id_cnty", "id_prefix", "id_number", "article_id",
    *[c for c in ACLED_COLUMNS if c != "event_id_cnty"],
    "country_code", "evidence_text", "evidence_start", "evidence_end",
    "confidence", "explanation", "row_json",
)
_INSERT_EVENT = "INSERT INTO events ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in _EVENT_COLUMNS), ", ".join("?" for _ in _EVENT_COLUMNS)
)
_UPDATE_EVENT = "UPDATE events SET {} WHERE event_id_cnty = ?".format(
    ", ".join(f'"{c}" = ?' for c in _EVENT_COLUMNS if c != "event_id_cnty"))
_ORDER = " ORDER BY event_date, id_prefix, id_number, event_id_cnty"


def id_order(eid: str) -> tuple[str, int, str]:
    """What ties between equally good events are broken by: the id's country prefix, then
    its number ("USA8" before "USA13": the event stored earlier), as the store lists events
    (``_ORDER``); an id that is no prefix and number sorts by itself."""
    m = _ID_RE.match(eid or "")
    return (m.group(1), int(m.group(2)), "") if m else (eid or "", 0, eid or "")


def content_hash(text: str) -> str:
    """sha256 of the report text: tells an unchanged re-ingest from an edited report."""
    import hashlib
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def country_prefix(event: Event) -> str:
    """ISO alpha-3 for the event id: from country_code, else iso numeric, else name."""
    country = None
    code = (event.country_code or "").strip().upper()
    if code in _EXTRA_ALPHA3:
        return _EXTRA_ALPHA3[code]
    if code:
        country = pycountry.countries.get(alpha_2=code)
    if country is None and event.iso:
        country = pycountry.countries.get(numeric=f"{int(event.iso):03d}")
    if country is None and event.country:
        try:
            country = pycountry.countries.lookup(event.country)
        except LookupError:
            country = None
    return country.alpha_3 if country is not None else UNKNOWN_PREFIX


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


class EventRows:
    """Event ids and the events table: new events, rows written and read back with their reports."""

    def _create(self, event: Event, now: int, article_id: str, action: str,
                toll: tuple = ("", None, None)) -> str:
        """Store a new event with its first source and its history entry; return its id."""
        event = self._with_id(event)
        self._insert_event(event)
        self._add_source(event.event_id_cnty, event, now, toll=toll)
        self._log(event.event_id_cnty, now, article_id, action, dedupe.diff(None, event))
        return event.event_id_cnty

    def _with_id(self, event: Event) -> Event:
        """Keep an existing ACLED-style id (and move the counter past it), else assign one."""
        m = _ID_RE.match(event.event_id_cnty or "")
        prefix = m.group(1) if m else country_prefix(event)
        if not event.event_id_cnty:
            return event.replace(event_id_cnty=f"{prefix}{self._next(prefix)}")  # creates the counter
        self._exec(
            "INSERT INTO id_counters (prefix, last_number) VALUES (?, 0) ON CONFLICT (prefix) DO NOTHING",
            (prefix,),
        )
        if m:
            number = int(m.group(2))
            self._exec("UPDATE id_counters SET last_number = ? WHERE prefix = ? AND last_number < ?",
                       (number, prefix, number))
            return event
        if event.event_id_cnty:
            # an id we cannot parse is kept as is; the counter is not involved
            return event
        return event.replace(event_id_cnty=f"{prefix}{self._next(prefix)}")

    def _take_sources(self, survivor: str, other: str) -> list[str]:
        """Move every report of event ``other`` to event ``survivor`` (its event_sources rows), as
        often as asked: a report already a source of ``survivor`` keeps one row there (the
        survivor's; the other's when only that one coded the event and the survivor's is a
        related report's link), never two. Returns the reports that were sources of both."""
        if survivor == other:
            return []
        mine = {r["article_id"]: r["role"] for r in self._all(
            "SELECT article_id, role FROM event_sources WHERE event_id_cnty = ?", (survivor,))}
        twice = sorted(r["article_id"] for r in self._all(
            "SELECT article_id, role FROM event_sources WHERE event_id_cnty = ?", (other,))
            if r["article_id"] in mine)
        if twice:
            coded = {r["article_id"] for r in self._all(
                "SELECT article_id FROM event_sources WHERE event_id_cnty = ? AND role = 'coded'", (other,))}
            upgraded = [a for a in twice if a in coded and mine[a] != "coded"]
            kept = [a for a in twice if a not in upgraded]
            for drop_from, ids in ((survivor, upgraded), (other, kept)):
                if ids:
                    where, params = self._in("article_id", ids)
                    self._exec("DELETE FROM event_sources WHERE event_id_cnty = ? AND " + where, (drop_from, *params))
        self._exec("UPDATE event_sources SET event_id_cnty = ? WHERE event_id_cnty = ?", (survivor, other))
        return twice

    def _is_source(self, eid: str, article_id: str) -> bool:
        """Is the report already one of the event's sources (coded or related)?"""
        return self._one("SELECT COUNT(*) AS v FROM event_sources WHERE event_id_cnty = ? AND article_id = ?",
                         (eid, article_id))["v"] > 0

    def _update_event(self, event: Event) -> None:
        """Rewrite the stored row of the event's id (one statement)."""
        self._insert_event(event, update=True)

    def _insert_event(self, event: Event, update: bool = False) -> None:
        prefix, number, _ = id_order(event.event_id_cnty)
        ev = event.evidence
        values = {
            "event_id_cnty": event.event_id_cnty, "id_prefix": prefix, "id_number": number,
            "article_id": event.article_id,
            **{c: getattr(event, c) for c in ACLED_COLUMNS if c != "event_id_cnty"},
            "event_date": event.event_date.isoformat(),
            "country_code": event.country_code or "",
            "evidence_text": ev.text if ev else None,
            "evidence_start": ev.start if ev else None,
            "evidence_end": ev.end if ev else None,
            "confidence": event.confidence,
            "explanation": event.explanation or "",
            "row_json": json.dumps(event.to_row(), ensure_ascii=False),
        }
        if update:
            self._exec(_UPDATE_EVENT, (*(values[c] for c in _EVENT_COLUMNS if c != "event_id_cnty"),
                                       event.event_id_cnty))
        else:
            self._exec(_INSERT_EVENT, tuple(values[c] for c in _EVENT_COLUMNS))

    @staticmethod
    def _event(row) -> Event:
        evidence = None
        if row["evidence_text"] is not None:
            evidence = Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"])
        return Event(
            event_date=_date(row["event_date"]),
            event_type=row["event_type"], sub_event_type=row["sub_event_type"],
            disorder_type=row["disorder_type"], time_precision=row["time_precision"],
            actor1=row["actor1"], assoc_actor_1=row["assoc_actor_1"], inter1=row["inter1"],
            actor2=row["actor2"], assoc_actor_2=row["assoc_actor_2"], inter2=row["inter2"],
            civilian_targeting=row["civilian_targeting"], iso=row["iso"], region=row["region"],
            country=row["country"], admin1=row["admin1"], admin2=row["admin2"],
            admin3=row["admin3"], location=row["location"], latitude=row["latitude"],
            longitude=row["longitude"], geo_precision=row["geo_precision"],
            source=row["source"], source_scale=row["source_scale"], notes=row["notes"],
            fatalities=row["fatalities"], tags=row["tags"], timestamp=row["timestamp"],
            event_id_cnty=row["event_id_cnty"], article_id=row["article_id"],
            evidence=evidence, confidence=row["confidence"], explanation=row["explanation"],
            country_code=row["country_code"],
        )

    def _with_article_ids(self, events: list[Event]) -> list[Event]:
        if not events:
            return events
        ids: dict[str, list[str]] = {e.event_id_cnty: [] for e in events}
        keys = list(ids)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            where, params = self._in("event_id_cnty", chunk)
            for r in self._all("SELECT event_id_cnty, article_id FROM event_sources WHERE " + where
                               + " ORDER BY seq", params):
                ids[r["event_id_cnty"]].append(r["article_id"])
        return [e.replace(article_ids=tuple(ids[e.event_id_cnty])) for e in events]

    #: read events and their article ids in one statement (a join): fewer round trips to a
    #: server (PostgreSQL); SQLite, in process, is faster with two plain statements
    JOINED_LOADS = False

    def _load(self, sql: str, params: tuple = ()) -> list[Event]:
        """The events a ``SELECT * FROM events ...`` statement reads, with their article ids
        (with ``JOINED_LOADS`` in one statement, joined with their sources, by date then id)."""
        if not self.JOINED_LOADS:
            return self._with_article_ids([self._event(r) for r in self._all(sql, params)])
        rows = self._all("SELECT e.*, s.article_id AS source_article FROM ({}) e LEFT JOIN event_sources s"
                         " ON s.event_id_cnty = e.event_id_cnty ORDER BY e.event_date, e.id_prefix, e.id_number,"
                         " e.event_id_cnty, s.seq".format(sql), params)
        out: list[Event] = []
        ids: list[str] = []
        for r in rows:
            if not out or out[-1].event_id_cnty != r["event_id_cnty"]:
                if out:
                    out[-1] = out[-1].replace(article_ids=tuple(ids))
                out.append(self._event(r))
                ids = []
            if r["source_article"] is not None:
                ids.append(r["source_article"])
        if out:
            out[-1] = out[-1].replace(article_ids=tuple(ids))
        return out
