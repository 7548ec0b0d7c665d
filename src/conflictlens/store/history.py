"""The history of every event and the log of deleted ones.

Why apart: consumers that keep a copy of the store read these to follow its changes; the
entries' form is a contract of its own.
"""
from __future__ import annotations

import json

from .event_rows import _HISTORY_SEQ


class HistoryLog:
    """Every change to an event, and the events deleted (changed reports, merges)."""

    def _delete(self, eid: str, article_id: str, reason: str, now: int) -> None:
        self._exec("DELETE FROM event_sources WHERE event_id_cnty = ?", (eid,))
        self._exec("DELETE FROM events WHERE event_id_cnty = ?", (eid,))
        self._exec("INSERT INTO deletions (event_id_cnty, article_id, reason, deleted_at, survivor)"
                   " VALUES (?, ?, ?, ?, '')", (eid, article_id, reason, now))
        self._log(eid, now, article_id, "deleted", {"reason": [None, reason]})

    def _log(self, eid: str, now: int, article_id: str, action: str, changes: dict) -> None:
        self._exec(
            "INSERT INTO event_history (seq, event_id_cnty, changed_at, article_id, action, changes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (self._seq(_HISTORY_SEQ), eid, now, article_id, action, json.dumps(changes, ensure_ascii=False)),
        )

    def history(self, eid: str) -> list[dict]:
        """Every change to one event: ``{"changed_at", "article_id", "action", "changes"}``,
        ``changes`` being ``{field: [old, new]}``."""
        rows = self._all("SELECT * FROM event_history WHERE event_id_cnty = ? ORDER BY seq", (eid,))
        return [{"event_id_cnty": r["event_id_cnty"], "changed_at": r["changed_at"], "article_id": r["article_id"],
                 "action": r["action"], "changes": json.loads(r["changes"])} for r in rows]

    def deletions(self, since: int | None = None) -> list[dict]:
        """Events removed (at or after ``since``): ``{"event_id_cnty", "deleted_at", "reason",
        "survivor", "article_id"}``; ``survivor`` is the event a merged one now lives in."""
        sql = "SELECT * FROM deletions"
        params: tuple = ()
        if since is not None:
            sql += " WHERE deleted_at >= ?"
            params = (int(since),)
        rows = self._all(sql + " ORDER BY deleted_at, event_id_cnty", params)
        return [{"event_id_cnty": r["event_id_cnty"], "deleted_at": r["deleted_at"], "reason": r["reason"],
                 "survivor": r["survivor"], "article_id": r["article_id"]} for r in rows]
