"""An event's row from its sources: each report's version kept, the fields reconciled.

Why apart: how the versions several reports give of one event combine (dedupe.combine:
date, place, toll) is separate from deciding which event they are.
"""
from __future__ import annotations

import time

from ..model import Event, Evidence
from . import dedupe
from .event_rows import _SOURCE_SEQ, _date


class FieldReconciliation:
    """Each report's version of an event, and the event's row rewritten from them (or merged)."""

    def _add_source(self, eid: str, event: Event, now: int, toll: tuple = ("", None, None)) -> None:
        """``toll``: how the report tells the event's toll, the sentence and the deaths it tells
        (dedupe.told_update). A report already linked to the event as a related report becomes
        its coder (one row); one that coded it already keeps the version it gave first."""
        role = self._one("SELECT role FROM event_sources WHERE event_id_cnty = ? AND article_id = ?",
                         (eid, event.article_id))
        if role is not None and role["role"] == "coded":
            return
        if role is not None:
            self._exec("DELETE FROM event_sources WHERE event_id_cnty = ? AND article_id = ?", (eid, event.article_id))
        ev, (update, tev, told) = event.evidence, toll
        self._exec(
            "INSERT INTO event_sources (event_id_cnty, article_id, seq, source, fatalities, evidence_text,"
            " evidence_start, evidence_end, event_json, added_at, toll_update, toll_evidence_text,"
            " toll_evidence_start, toll_evidence_end, toll_told, toll_kind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (eid, event.article_id, self._seq(_SOURCE_SEQ), event.source or "", event.fatalities,
             ev.text if ev else None, ev.start if ev else None, ev.end if ev else None,
             dedupe.event_to_json(event.replace(event_id_cnty="", article_ids=())), now,
             update, tev.text if tev else None, tev.start if tev else None, tev.end if tev else None, told,
             event.fatalities_kind or "exact"),
        )

    def contributions(self, eid: str) -> list[Event]:
        """Every report's version of one event, in the order they arrived."""
        rows = self._all("SELECT * FROM event_sources WHERE event_id_cnty = ? AND role = 'coded' ORDER BY seq",
                         (eid,))
        return self._versions(eid, rows)

    def _versions(self, eid: str, rows) -> list[Event]:
        """The reports' versions of one event from its ``coded`` event_sources rows (with event_json)."""
        out = []
        for r in rows:
            if r["event_json"]:
                out.append(dedupe.event_from_json(r["event_json"]))
            else:  # stored before sources were kept: the event row is that report's version
                row = self._one("SELECT * FROM events WHERE event_id_cnty = ?", (eid,))
                if row is not None:
                    out.append(self._event(row).replace(article_id=r["article_id"], article_ids=()))
        return out

    def evidence(self, eid: str) -> list[dict]:
        """The evidence of every report behind an event."""
        rows = self._all("SELECT article_id, source, fatalities, evidence_text, evidence_start, evidence_end,"
                         " added_at, toll_update, toll_evidence_text, toll_evidence_start, toll_evidence_end,"
                         " toll_kind FROM event_sources WHERE event_id_cnty = ? ORDER BY seq", (eid,))
        return [{"article_id": r["article_id"], "source": r["source"], "fatalities": r["fatalities"],
                 "fatalities_kind": r["toll_kind"],
                 "evidence": None if r["evidence_text"] is None else
                 {"text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"]},
                 "toll_update": r["toll_update"],
                 "toll_evidence": None if r["toll_evidence_text"] is None else
                 {"text": r["toll_evidence_text"], "start": r["toll_evidence_start"], "end": r["toll_evidence_end"]},
                 "added_at": r["added_at"]} for r in rows]

    def _recombine(self, eid: str, now: int, adding: Event | None = None, row: Event | None = None) -> Event:
        """Rewrite an event's row from its sources (its id never changes). ``adding``: the
        version just added, reconciled with the stored ``row`` alone (dedupe.combine)."""
        # one read of the sources: the tolls, the article ids and (rebuilding) every report's version
        sources = self._all(
            "SELECT s.article_id, s.source, s.fatalities, s.role, s.toll_update, s.toll_evidence_text,"
            " s.toll_evidence_start, s.toll_evidence_end, s.toll_told, s.toll_kind, s.event_json, r.published"
            " FROM event_sources s"
            " LEFT JOIN reports r ON r.article_id = s.article_id WHERE s.event_id_cnty = ? ORDER BY s.seq", (eid,))
        undated = self.dedupe.undated_related_tolls and any(r["role"] == "related" and r["fatalities"] for r in sources) \
            and (self.dedupe.undated_tolls_to_dated or (self._one(
                "SELECT time_precision AS v FROM events WHERE event_id_cnty = ?", (eid,)) or {"v": 1})["v"] == 0)
        tolls = [dedupe.Toll(r["fatalities"], r["source"] or r["article_id"],
                             _date(r["published"]) if r["published"] else None, r["toll_update"] or "",
                             None if r["toll_evidence_text"] is None else
                             Evidence(r["toll_evidence_text"], r["toll_evidence_start"], r["toll_evidence_end"]),
                             r["article_id"], r["toll_told"], r["toll_kind"] or "exact")
                 for r in sources if r["role"] == "coded" or (r["role"] == "related" and r["fatalities"] and undated)]
        if adding is not None:
            row = row or self._load("SELECT * FROM events WHERE event_id_cnty = ?", (eid,))[0]
            merged = dedupe.combine([row, adding], tolls=tolls,
                                    article_ids=tuple(dict.fromkeys(r["article_id"] for r in sources)),
                                    versions=self._day_versions(eid, sources, adding))
        else:
            contribs = self._versions(eid, [r for r in sources if r["role"] == "coded"])
            merged = dedupe.combine(contribs, tolls=tolls if len(contribs) > 1 else None)
            if len(contribs) == 1 and len(tolls) > 1:  # an undated event's one coder and its related tolls
                merged = merged.replace(fatalities=dedupe.coded_toll(tolls)[0])
        merged = merged.replace(event_id_cnty=eid, timestamp=now)
        self._update_event(merged)
        return merged

    def _day_versions(self, eid: str, sources, adding: Event) -> list[Event]:
        """Every report's version of an event, for its day (dedupe.coded_day: the day most
        reports give), when the stored row and one new version are combined."""
        coded = [r for r in sources if r["role"] == "coded"]
        return self._versions(eid, coded) if coded and all(r["event_json"] for r in coded) else []

    def _absorb(self, survivor: str, other: Event, now: int, article_id: str) -> Event:
        """Two stored events are one: ``survivor`` takes ``other``'s sources, ``other`` is logged deleted.
        A report that supports both (one incident it told twice: EventMatching._told_twice) keeps
        its version of ``survivor``; its other version is dropped, named in the history (one
        only a related report of ``survivor`` stays the coder of the event it coded). Idempotent
        (EventRows._take_sources): ``other`` is read again as stored, and one already gone
        (absorbed by an earlier step of the same report) moves nothing."""
        before = self._load("SELECT * FROM events WHERE event_id_cnty = ?", (survivor,))[0]
        if other.event_id_cnty == survivor:
            return before
        # as stored now, not as the caller read it: a report may have joined or left it since, or
        # it may be gone already (absorbed into this or another event): then nothing moves
        fresh = self._load("SELECT * FROM events WHERE event_id_cnty = ?", (other.event_id_cnty,))
        if not fresh:
            return before
        other = fresh[0]
        twice = self._take_sources(survivor, other.event_id_cnty)
        merged = self._recombine(survivor, now)
        self._exec("DELETE FROM events WHERE event_id_cnty = ?", (other.event_id_cnty,))
        self._exec("INSERT INTO deletions (event_id_cnty, article_id, reason, deleted_at, survivor)"
                   " VALUES (?, ?, ?, ?, ?)", (other.event_id_cnty, article_id, "merged", now, survivor))
        self._log(other.event_id_cnty, now, article_id, "merged into", {"survivor": [None, survivor]})
        changes = dedupe.diff(before, merged)
        changes["absorbed"] = [None, other.event_id_cnty]
        if twice:
            changes["told_twice_by"] = [None, twice]
        self._log(survivor, now, article_id, "absorbed", changes)
        return merged

    def merge_events(self, survivor: str, absorbed: str, article_id: str = "") -> Event:
        """Merge two stored events by hand: ``absorbed`` goes to the deletions log."""
        with self._transaction():
            other = self._load("SELECT * FROM events WHERE event_id_cnty = ?", (absorbed,))
            if not other or not self._load("SELECT * FROM events WHERE event_id_cnty = ?", (survivor,)):
                raise KeyError(f"no such event: {survivor if other else absorbed}")
            return self._absorb(survivor, other[0], int(time.time()), article_id)
