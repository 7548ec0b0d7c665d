"""Reading events back: exports, a report's events, counts.

Why apart: the read side (CLI export, API, evaluation) changes for other reasons than ingest.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Event
from . import dedupe
from .event_rows import _ORDER


class EventQueries:
    """Stored events read back: all of them, by report, by id, and the counts."""

    def events(self, since: int | None = None, undated: bool = False) -> Iterator[Event]:
        """All events, or those whose ``timestamp`` (unix time) is >= ``since``, by date then id.

        Undated events (told only by reports with no date: dedupe.UNDATED, time_precision 0)
        are left out unless ``undated``: they are not rows a dataset can carry until a dated
        report of them arrives (then they are dated, keep their id and show as changed)."""
        where = [] if undated else ["event_date <> ?"]
        params: list = [] if undated else [dedupe.UNDATED.isoformat()]
        if since is not None:
            where.append('"timestamp" >= ?')
            params.append(int(since))
        cur = self._exec("SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "") + _ORDER,
                         tuple(params))
        # streamed in batches so a large store exports in constant memory
        while rows := cur.fetchmany(500):
            yield from self._with_article_ids([self._event(r) for r in rows])

    def events_for(self, article_id: str, role: str = "coded") -> list[Event]:
        """The events a report supports (alone or with other reports): those it coded, or
        with ``role="related"`` the one it was linked to without coding it."""
        aid = self.primary_id(article_id)
        return self._load("SELECT * FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_sources"
                          " WHERE article_id = ? AND role = ?)" + _ORDER, (aid, role))

    def _events_in(self, eids, order: str = "") -> list[Event]:
        """The stored events of these ids (``order``: an ORDER BY clause)."""
        eids = list(eids)
        if not eids:
            return []
        where, params = self._in("event_id_cnty", eids)
        return self._load("SELECT * FROM events WHERE " + where + order, params)

    def event(self, eid: str) -> Event | None:
        found = self._load("SELECT * FROM events WHERE event_id_cnty = ?", (eid,))
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        """Row counts: reports, events (dated), deletions (events removed by changed reports or merged)."""
        one = lambda table: self._value(f"SELECT COUNT(*) AS v FROM {table}")  # noqa: E731
        return {"reports": one("reports"), "events": one("events") - self.undated_count(),
                "deletions": one("deletions")}

    def undated_count(self) -> int:
        """Undated events (left out of :meth:`counts` and :meth:`events`)."""
        return self._value("SELECT COUNT(*) AS v FROM events WHERE event_date = ?", (dedupe.UNDATED.isoformat(),))

    def _coded_by(self, article_ids, roles: tuple[str, ...] = ("coded",)) -> dict[str, Event]:
        """The events these reports coded (or, with ``roles``, support in those roles)."""
        ids = list(article_ids)
        if not ids:
            return {}
        # one statement: the events read through their sources
        where, params = self._in("article_id", ids)
        return {e.event_id_cnty: e for e in self._load(
            "SELECT * FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_sources WHERE role IN ({})"
            " AND {})".format(", ".join("?" for _ in roles), where) + _ORDER, (*roles, *params))}

    def _coding(self, eids) -> dict[str, set[str]]:
        """The reports that coded each of these events (not those linked to it)."""
        eids = list(eids)
        if not eids:
            return {}
        out: dict[str, set[str]] = {}
        where, params = self._in("event_id_cnty", eids)
        for r in self._all("SELECT event_id_cnty, article_id FROM event_sources WHERE role = 'coded' AND " + where,
                           params):
            out.setdefault(r["event_id_cnty"], set()).add(r["article_id"])
        return out
