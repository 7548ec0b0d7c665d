"""Copies of stored reports: the same text again, another outlet's copy, a longer version.

Why apart: telling a report already stored from a new one is decided before any event
is matched, by the text alone (ids, content hashes, canonical URLs, shingles).
"""
from __future__ import annotations

from datetime import timedelta

from ..model import Report
from . import dedupe
from .event_rows import content_hash


class ReportCopies:
    """Which stored report an incoming one repeats, and the outlets that carried each."""

    def has_report(self, report: Report) -> bool:
        """True when this article id is stored (or was seen as a copy) with exactly this text."""
        digest = content_hash(report.text)
        row = self._one("SELECT content_hash FROM reports WHERE article_id = ?", (report.id,))
        if row is not None:
            return row["content_hash"] == digest
        row = self._one("SELECT content_hash FROM report_outlets WHERE alias_id = ?", (report.id,))
        return row is not None and row["content_hash"] == digest

    def primary_id(self, article_id: str) -> str:
        """The stored report an article id stands for (itself, or the report it copied)."""
        row = self._one("SELECT article_id FROM report_outlets WHERE alias_id = ?", (article_id,))
        return row["article_id"] if row is not None else article_id

    def outlets(self, article_id: str) -> list[dict]:
        """Every outlet that carried a report: ``{"article_id", "source", "url", "seen_at"}``."""
        rows = self._all(
            "SELECT alias_id, source, url, seen_at FROM report_outlets WHERE article_id = ? ORDER BY seen_at, alias_id",
            (self.primary_id(article_id),))
        return [{"article_id": r["alias_id"], "source": r["source"], "url": r["url"], "seen_at": r["seen_at"]}
                for r in rows]

    def _add_outlet(self, report: Report, primary: str, digest: str, now: int) -> None:
        self._exec(
            "INSERT INTO report_outlets (alias_id, article_id, content_hash, source, url, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (alias_id) DO UPDATE SET article_id = excluded.article_id,"
            " content_hash = excluded.content_hash, source = excluded.source, url = excluded.url,"
            " seen_at = excluded.seen_at",
            (report.id, primary, digest, report.source or "", report.url or "", now),
        )

    #: shingles looked up per statement (a longer report takes more than one)
    SHINGLE_CHUNK = 900

    def _duplicate_of(self, report: Report, curl: str, fp: str):
        """The stored report this one repeats: same canonical URL, or near-identical text."""
        # the same page, and the reports published within three days that share a sampled
        # shingle (or the whole text) with this one (only they can be near-identical), in
        # one statement for a report of up to SHINGLE_CHUNK shingles
        if report.published:
            lo = (report.published - timedelta(days=3)).isoformat()
            hi = (report.published + timedelta(days=3)).isoformat()
            near, params = "published BETWEEN ? AND ?", (lo, hi)
        else:
            near, params = "published IS NULL", ()
        shingles = dedupe.shingles(fp)
        rows: dict[str, object] = {}
        for i in range(0, max(1, len(shingles)), self.SHINGLE_CHUNK):
            chunk = shingles[i:i + self.SHINGLE_CHUNK]
            where = []
            args: tuple = ()
            if curl and i == 0:
                where.append("canonical_url = ?")
                args += (curl,)
            if chunk:
                among, values = self._in("shingle", chunk)
                where.append(f"({near} AND article_id IN (SELECT article_id FROM report_shingles WHERE {among}))")
                args += (*params, *values)
            if not where:
                continue
            for r in self._all("SELECT article_id, text_length, fingerprint, canonical_url, ingested_at FROM reports"
                               " WHERE " + " OR ".join(where) + " ORDER BY ingested_at, article_id", args):
                rows[r["article_id"]] = r
        ordered = sorted(rows.values(), key=lambda r: (r["ingested_at"], r["article_id"]))
        if curl:
            same = [r for r in ordered if r["canonical_url"] == curl]
            if same:
                return same[0]
            ordered = [r for r in ordered if r["canonical_url"] != curl]
        for row in ordered:
            if row["fingerprint"] and dedupe.same_story(fp, row["fingerprint"], self.dedupe):
                return row
        return None
