"""Story groups: reports that code no event and tell one story, kept together.

Why apart: a group is read, not stored on events: it changes no event's reports, only
which event its reports are about (:meth:`StoryGroups.group_event`).
"""
from __future__ import annotations

from datetime import date

from ..model import Event
from . import dedupe
from .event_rows import _date, id_order


class StoryGroups:
    """Groups of reports that code nothing and tell the same story, and the event each is about."""

    def story_group(self, article_id: str) -> str | None:
        """The story group a report belongs to (the article id of its first report), or None
        when no other report told its story while it supported no event (:meth:`_group_story`)."""
        return self._value("SELECT group_id AS v FROM report_groups WHERE article_id = ?",
                           (self.primary_id(article_id),))

    def group_event(self, article_id: str) -> Event | None:
        """The event a report is about through its story group: the one the nearest of the
        group's other reports that are linked to one support (nearest by the links that made
        the group: each report joined it through the report it tells the story of; of equally
        near ones, the event most of them support, then the event stored first), or None.
        Read, not stored: when a report of the group is linked to an event, or moved to another,
        the reports nearest it follow, and a link made in passing (later moved) changes no
        event's reports. A group told by two incidents' reports (two robberies of one shop, its
        owner named by both) holds each incident's reports together: the nearest decide."""
        gid = self.story_group(article_id)
        if gid is None:
            return None
        aid = self.primary_id(article_id)
        edges: dict[str, set[str]] = {}
        for r in self._all("SELECT article_id, joined_by FROM report_groups WHERE group_id = ?", (gid,)):
            if r["joined_by"]:
                edges.setdefault(r["article_id"], set()).add(r["joined_by"])
                edges.setdefault(r["joined_by"], set()).add(r["article_id"])
        linked = self._linked_events(edges)
        seen, ring = {aid}, [aid]
        while ring:
            ring = sorted({n for a in ring for n in edges.get(a, ()) if n not in seen})
            seen.update(ring)
            votes: dict[str, int] = {}
            for a in ring:
                for eid in linked.get(a, ()):
                    votes[eid] = votes.get(eid, 0) + 1
            if votes:
                return self.event(min(votes, key=lambda e: (-votes[e], id_order(e))))
        return None

    def story_groups(self) -> list[dict]:
        """Every grouped report: ``{"article_id", "group_id", "joined_by", "score", "added_at"}``
        (``joined_by``: the report it was found to tell the story of; '' for a group's first)."""
        return [dict(r) for r in self._all(
            "SELECT article_id, group_id, joined_by, score, added_at FROM report_groups"
            " ORDER BY group_id, added_at, article_id")]

    def _linked_events(self, article_ids) -> dict[str, set[str]]:
        """The events each of these reports is a related report of (those linked to any)."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        out: dict[str, set[str]] = {}
        where, params = self._in("article_id", ids)
        for r in self._all("SELECT article_id, event_id_cnty FROM event_sources WHERE role = 'related' AND "
                           + where, params):
            out.setdefault(r["article_id"], set()).add(r["event_id_cnty"])
        return out

    def _places_told(self, article_id: str, other: str, *linked: set[str]) -> list[Event]:
        """Where two reports that code nothing tell their story: the events they (or their
        groups) are linked to, and what either tells with no date (its undated mentions)."""
        eids = sorted(set().union(*linked), key=id_order)
        return [*self._events_in(eids), *self._undated(article_id), *self._undated(other)]

    def _coding_nothing(self, article_ids) -> list[str]:
        """Those of these stored reports that coded no event (none, or only linked to one)."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        where, params = self._in("article_id", ids)
        stored = {r["article_id"] for r in self._all("SELECT article_id FROM reports WHERE " + where, params)}
        where, params = self._in("article_id", stored or [""])
        taken = {r["article_id"] for r in self._all(
            "SELECT DISTINCT article_id FROM event_sources WHERE role = 'coded' AND " + where, params)}
        return [a for a in ids if a in stored and a not in taken]

    def _group_story(self, article_id: str, published: date | None, near: dict[str, float],
                     alike: dict[str, float] | None, now: int, fresh: bool = False) -> None:
        """A report that coded no event (linked to one or not) joins the story group of an
        earlier report that coded none either and tells the same story: one sharing ``group_names`` of its names (``near``: :meth:`_related_reports`),
        else one its content words resemble (``alike``: :meth:`_resembling`) at least
        ``group_resemblance`` and ``resemblance_ratio`` times as much as any report outside that
        report's group; published within ``link_days`` of each other (with no date, the days of
        the month their texts give must meet: dedupe.told_days_meet). Two such reports linked to
        no event were two singletons: now they are one story, and when one of them is linked to
        an event (before the other came, or after), the others are about it too
        (:meth:`group_event`). ``fresh``: a new report, with no group row to replace."""
        if not fresh:
            self._exec("DELETE FROM report_groups WHERE article_id = ?", (article_id,))
        if not self._coding_nothing([article_id]):
            return
        s = self.dedupe
        alike = self._resembling(article_id) if alike is None else alike
        lonely = [a for a in self._coding_nothing([*near, *alike]) if a != article_id]
        if not lonely:
            return
        where, params = self._in("article_id", lonely)
        groups = {r["article_id"]: r["group_id"] for r in self._all(
            "SELECT article_id, group_id FROM report_groups WHERE " + where, params)}
        info = {r["article_id"]: r for r in self._all(
            "SELECT article_id, published, told_days FROM reports WHERE " + where, params)}
        mine = "" if published else self._told_days([article_id]).get(article_id, "")
        # the events the report and each candidate's group are linked to: a report the store
        # linked to one incident tells no story of another's (two robberies of one shop)
        members: dict[str, set[str]] = {}
        if groups:
            where, params = self._in("group_id", set(groups.values()))
            for r in self._all("SELECT group_id, article_id FROM report_groups WHERE " + where, params):
                members.setdefault(r["group_id"], set()).add(r["article_id"])
        linked = self._linked_events([article_id, *lonely, *(m for ms in members.values() for m in ms)])
        own = linked.get(article_id, set())
        best, key = None, None
        told = []  # every earlier report the new one tells the story of, with its group's events
        for aid in lonely:
            r = info.get(aid)
            if r is None:
                continue
            theirs_linked = set().union(*(linked.get(m, set()) for m in members.get(groups.get(aid, aid), {aid})),
                                        linked.get(aid, set()))
            if own and theirs_linked and not own & theirs_linked:
                continue
            theirs = _date(r["published"]) if r["published"] else None
            if published and theirs and abs((published - theirs).days) > s.link_days:
                continue
            if not dedupe.told_days_meet(mine or "", r["told_days"] or "", s):
                continue
            gid = groups.get(aid, aid)
            by_names = near.get(aid, 0.0) >= s.group_names and self._names_tell_story(
                article_id, aid, self._places_told(article_id, aid, own, theirs_linked))
            outside = max((v for o, v in alike.items() if o != aid and groups.get(o, o) != gid), default=0.0)
            by_words = alike.get(aid, 0.0) >= s.group_resemblance and alike.get(aid, 0.0) >= s.resemblance_ratio * outside
            if not (by_names or by_words):
                continue
            k = (not by_names, -near.get(aid, 0.0), -alike.get(aid, 0.0), aid)
            told.append((aid, theirs_linked, near.get(aid, 0.0) if by_names else alike.get(aid, 0.0)))
            if key is None or k < key:
                best, key = aid, k
        if best is None:
            return
        gid = groups.get(best, best)
        if best not in groups:
            self._join_group(best, gid, "", 0.0, now)
        score = near.get(best, 0.0) if not key[0] else alike.get(best, 0.0)
        self._join_group(article_id, gid, best, score, now)
        if s.group_bridges:
            self._bridge_groups(article_id, gid, best, told, groups, own, now)

    def _bridge_groups(self, article_id: str, gid: str, best: str, told: list[tuple[str, set[str], float]],
                       groups: dict[str, str], own: set[str], now: int) -> None:
        """The other earlier reports (``told``: id, the events its group is linked to, score) a
        new report of group ``gid`` tells the story of, by the same tests as the one it joined
        (``best``), bring their groups into ``gid`` (a report in no group joins it, linked to
        the new report): single links, so that the order reports arrive in does not decide the
        groups. Two reports of one story that arrived before any report linking them each began
        a group (or were left alone, the next reports joining a likelier one), and the report
        telling both joined only one. Not a group linked to other events than ``gid``'s: two
        incidents' stories stay apart."""
        linked = set(own)
        for aid, theirs, _score in told:
            if groups.get(aid, aid) == gid:
                linked |= theirs
        for aid, theirs, score in sorted(told, key=lambda t: (-t[2], t[0])):
            other = groups.get(aid, aid)
            if aid == best or other == gid:
                continue
            if linked and theirs and not linked & theirs:
                continue
            if aid in groups:
                self._exec("UPDATE report_groups SET group_id = ? WHERE group_id = ?", (gid, other))
                # the other group's first report hangs from the new one: the links stay a tree
                self._exec("UPDATE report_groups SET joined_by = ?, score = ? WHERE article_id = ?",
                           (article_id, round(score, 3), other))
                groups.update({a: gid for a, g in list(groups.items()) if g == other})
            else:
                self._join_group(aid, gid, article_id, score, now)
                groups[aid] = gid
            linked |= theirs

    def _join_group(self, article_id: str, gid: str, joined_by: str, score: float, now: int) -> None:
        """File ``article_id`` in group ``gid``, joined by ``joined_by`` ('' for the report that
        began the group) at ``score``."""
        self._exec("INSERT INTO report_groups (article_id, group_id, joined_by, score, added_at)"
                   " VALUES (?, ?, ?, ?, ?)", (article_id, gid, joined_by, round(score, 3), now))
