"""Storing a report: the ingest transaction and how each of its events finds its stored event.

Kept apart from the rules it calls (matching, linking, undated events, story groups) so
the order of those steps, one report at a time, reads in one place.
"""
from __future__ import annotations

import time
from datetime import date

from ..events.fatalities import toll_updates
from ..model import Event, Report
from . import dedupe
from .event_rows import content_hash


#: a copy of a stored report this much longer is a later version of the story (it updates)
LONGER_VERSION = 1.1


class ReportIngest:
    """A report and its events stored in one transaction (:meth:`add_report`, :meth:`_apply`)."""

    def add_report(self, report: Report, events: list[Event], undated: list[Event] = ()) -> list[Event]:
        """Store a report and its events in one transaction; return the events as stored.
        ``undated``: what a report with no date tells of violence it could not date
        (events/rows.py: undated_rows): kept, used to link it as a related report to the
        event it tells; when no event fits, its lead mention joins or makes an undated event
        (dedupe.UNDATED, time_precision 0; left out of :meth:`events` and :meth:`counts`)
        that a dated report of it later dates or absorbs (:meth:`_waiting`).

        Each event either joins a stored event it matches (same event, told again:
        the stored row is updated, its id kept) or is added with a new id. An
        unchanged report (same id and text) adds nothing. A copy of a stored report
        (same canonical URL, or near-identical text) only adds its outlet; a longer
        version of it replaces the stored version's events. A changed report (same
        id, new text) replaces its contribution; events nothing else supports any
        more go to the deletions log.
        """
        digest = content_hash(report.text)
        with self._transaction():
            now = int(time.time())
            # the report under its id, and the outlet it came under, in one statement
            found = self._one(
                "SELECT r.content_hash AS r_hash, o.article_id AS o_id, o.content_hash AS o_hash FROM"
                " (SELECT 1 AS one) x LEFT JOIN reports r ON r.article_id = ?"
                " LEFT JOIN report_outlets o ON o.alias_id = ?", (report.id, report.id))
            row = {"content_hash": found["r_hash"]} if found["r_hash"] is not None else None
            if row is not None and row["content_hash"] == digest:
                return self.events_for(report.id)
            if row is None and found["o_id"] is not None and found["o_hash"] == digest:
                return self.events_for(found["o_id"])
            fp = dedupe.fingerprint(report.text)
            names = dedupe.report_names(report.text)
            people = dedupe.report_people(report.text)
            terms = dedupe.report_terms(report.text)
            curl = dedupe.canonical_url(report.url)
            published = report.published.isoformat() if report.published else None
            # a report with no date: the days of the month and weekdays its text gives bound its event
            told = "" if report.published else dedupe.told(report.text, report.incident_weekdays)
            ages = dedupe.told_ages(report.text)
            target = report.id
            if row is None:
                dup = self._duplicate_of(report, curl, fp)
                if dup is not None:
                    target = dup["article_id"]
                    self._add_outlet(report, target, digest, now)
                    if len(report.text) <= dup["text_length"] * LONGER_VERSION:
                        return self.events_for(target)  # a copy (perhaps with its own byline)
                    # a later, longer version of the same story: it becomes the stored text
                    self._exec("UPDATE reports SET content_hash = ?, title = ?, published = ?,"
                               " ingested_at = ?, text_length = ?, fingerprint = ?, told_days = ?, ages = ?"
                               " WHERE article_id = ?",
                               (digest, report.title or "", published, now, len(report.text), fp, told, ages, target))
                    return self._index_and_apply(report, target, events, undated, now, fp, names, people, terms)
                self._exec(
                    "INSERT INTO reports (article_id, content_hash, title, published, source, url, origin,"
                    " ingested_at, canonical_url, text_length, fingerprint, told_days, ages)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (report.id, digest, report.title or "", published, report.source or "", report.url or "",
                     report.origin or "", now, curl, len(report.text), fp, told, ages),
                )
                self._stored = None
                self._add_outlet(report, report.id, digest, now)
                return self._index_and_apply(report, report.id, events, undated, now, fp, names, people, terms,
                                             fresh=True)
            self._exec(
                "UPDATE reports SET content_hash = ?, title = ?, published = ?, source = ?, url = ?, origin = ?,"
                " ingested_at = ?, canonical_url = ?, text_length = ?, fingerprint = ?, told_days = ?, ages = ?"
                " WHERE article_id = ?",
                (digest, report.title or "", published, report.source or "", report.url or "",
                 report.origin or "", now, curl, len(report.text), fp, told, ages, report.id),
            )
            self._add_outlet(report, report.id, digest, now)
            return self._index_and_apply(report, report.id, events, undated, now, fp, names, people, terms)

    def _index_and_apply(self, report: Report, target: str, events: list[Event], undated: list[Event], now: int,
                         fp: str, names: list[str], people: list[str], terms: list[str],
                         fresh: bool = False) -> list[Event]:
        """The stored report ``target`` indexed for ``report``'s text (its names, content words,
        shingles and undated mentions; ``fresh``: a new report, with none to replace), then its
        events stored (:meth:`_apply`: a report stored before withdraws what it supported)."""
        self._index_names(target, names + people, fresh=fresh)
        self._index_terms(target, terms, fresh=fresh)
        self._index_shingles(target, fp, fresh=fresh)
        self._keep_undated(target, undated, fresh=fresh)
        return self._apply(target, events, now, withdraw=not fresh, names=names, people=people,
                           published=report.published, text=report.text)

    def _apply(self, article_id: str, events: list[Event], now: int, withdraw: bool,
               names: list[str] = (), published: date | None = None, people: list[str] = (),
               text: str = "") -> list[Event]:
        """Store one report's events: each joins the stored event it matches or is added.

        An event that matches no stored event by what it is (same family, day, place,
        actors) may still be a stored one whose reports name the same people and places
        (:meth:`_related_reports`): a violent event in the same country dated within
        ``related_days`` (dedupe.corroborates), or within ``people_days`` when their reports
        share distinctive full names (:meth:`_same_people`); or up to ``recalled_days`` after a
        stored earlier event when the sentence telling it recalls an older incident
        (dedupe.recalls), or when the report tells a court's proceedings (dedupe.told_in_court:
        the trial's day, or the day its records were released, is no day of the killing; the
        names the reports share decide, ``related_names`` as for any related report); a court
        report's row that then joins nothing may be the killing another of its rows joined,
        told again (:meth:`_fold_court_rows`). A report that codes no event at all is
        linked to the stored event its names match (:meth:`_link_related`), else to the one its
        words resemble (:meth:`_link_resembling`, :meth:`_link_lonely`). Each event's toll is
        kept with how the report tells it (dedupe.told_update: a risen toll, a later death, an
        official count), which may make it the event's toll (dedupe.coded_toll)."""
        updates = toll_updates(text) if text else []
        touched: dict[str, Event] = {}  # events the report supported before, as they were
        if withdraw:
            for old in self.events_for(article_id):
                touched[old.event_id_cnty] = old
            self._exec("DELETE FROM event_sources WHERE article_id = ?", (article_id,))
        # rows of this report that are one incident: folded first (EventMatching._fold_own_rows)
        events, own_folded = self._fold_own_rows(events)
        claimed: set[str] = set()
        out: list[str] = []
        related: dict[str, float] | None = None
        near: dict[str, float] | None = None  # overlaps down to undated_names
        sharing: dict[str, float] | None = None  # reports sharing its distinctive full names
        slots: list[str | None] = [None] * len(events)
        in_court = dedupe.told_in_court(text)
        joined: list[str] = []  # stored events this report's rows joined
        deferred: list[tuple[int, Event, tuple]] = []  # a court report's rows that joined none
        for idx in self._match_order(article_id, events, names):
            event = events[idx].replace(article_id=article_id, timestamp=now, article_ids=(article_id,))
            # a sentence recalling an older incident: an earlier event its names tell
            recalled = dedupe.recalls(event, published)
            toll = dedupe.told_update(event, events, updates, text)
            target, why = None, {}
            waiting: list[tuple[Event, float]] = []
            if self.dedupe.enabled and not event.event_id_cnty:
                cands = [c for c in self._candidates(event)
                         if c.event_id_cnty not in claimed and article_id not in c.article_ids]
                cands = [c for c in cands if dedupe.matches(event, c, self.dedupe)
                         and not self._other_incident(names, event, c)]
                if names and related is None and len(cands) > 1:
                    near, related = self._near_and_related(article_id, names)
                cands.sort(key=lambda c: self._match_key(event, c, near or {}))
                target = cands[0] if cands else None
                if names:
                    if related is None:
                        near, related = self._near_and_related(article_id, names)
                    if target is None:
                        target, why = self._corroborated(event, related, claimed, article_id, report_names=people,
                                                         recalled=recalled)
                        cands = [target] if target is not None else []
                    if target is None and people:
                        if sharing is None:
                            sharing = self._same_people(article_id, people, near)
                        # ... or a trial's report (its hearing's words) naming the same people
                        target, why = self._corroborated(event, sharing, claimed, article_id, shared_people=True,
                                                         recalled=recalled or in_court)
                        cands = [target] if target is not None else []
                    if target is None and people and self.dedupe.area_people_names:
                        # ... or a crime of the same county or district, in the usual window,
                        # whose reports name one of the same people (the victim), though the
                        # reports placed it at two towns of it (GVC train/dev: a shooting told
                        # at a town and, by a later report, at the next town of its county)
                        area = self._same_people(article_id, people, near, least=self.dedupe.area_people_names)
                        target, why = self._corroborated(event, area, claimed, article_id, report_names=people,
                                                         same_area=True)
                        cands = [target] if target is not None else []
                    if target is None and in_court and not recalled:
                        # ... or a court report's row naming the names of its reports (too common
                        # for the same-people test) up to recalled_days back: the killing, not
                        # the day its hearing or its records were told (GVC train/dev 0.974 ->
                        # 0.976, date, place and toll unchanged; ECB+ train unchanged)
                        target, why = self._corroborated(event, related, claimed, article_id, report_names=people,
                                                         recalled=True)
                        cands = [target] if target is not None else []
                    # undated events (reports with no date) this dated one tells
                    if event.time_precision:
                        waiting = self._waiting(event, near, claimed, article_id, people)
                if target is None and waiting:
                    (target, overlap), waiting = waiting[0], waiting[1:]
                    why = {"undated_event": [None, target.event_id_cnty], "names_overlap": [None, round(overlap, 3)]}
                    cands = [target]
                if target is None and names and self.dedupe.late_days and event.time_precision:
                    # ... or the same incident at the same place, told by a report published weeks
                    # or months after it (or before the late report that came first), the later
                    # one's day soft: a week, a month, a day counted back from its page
                    least = min(self.dedupe.related_names, self.dedupe.same_ages_names)
                    target, why = self._corroborated(event, {a: v for a, v in near.items() if v >= least}, claimed,
                                                     article_id, report_names=people, late=True)
                    if target is not None:
                        why = {**why, "told_late": [None, True]}
                    cands = [target] if target is not None else []
            if target is None and in_court and self.dedupe.enabled and self.dedupe.court_fold_days \
                    and event.time_precision and not event.event_id_cnty:
                deferred.append((idx, event, toll))  # the killing told again? (:meth:`_fold_court_rows`)
                continue
            if target is None:
                eid = self._create(event, now, article_id, "created", toll=toll)
            else:
                joined.append(target.event_id_cnty)
                eid = target.event_id_cnty
                undated_target = dedupe.is_undated(target)
                if undated_target:
                    self._date_undated(target)
                self._add_source(eid, event, now, toll=toll)
                before = touched.pop(eid, target)
                merged = self._recombine(eid, now, adding=None if withdraw or undated_target else event, row=target)
                self._town_of_related(eid)  # logged below with the report's other changes
                merged = self.event(eid)
                changes = dedupe.diff(before, merged)
                if "fatalities" in changes and toll[0] and merged.fatalities == event.fatalities:
                    # the toll this report tells as an update is coded: the sentence telling it
                    why = {**why, "toll_evidence": [None, {"update": toll[0], **toll[1].to_dict()}]}
                self._log(eid, now, article_id, "updated", {**changes, **why})
                for other in cands[1:]:
                    if (other.event_id_cnty not in claimed and dedupe.matches(other, merged, self.dedupe)
                            and not set(other.article_ids) & set(merged.article_ids)
                            and not self._other_incidents(other, merged)):
                        merged = self._absorb(eid, other, now, article_id)
                if names and self.dedupe.late_days and self.dedupe.late_absorb and event.time_precision:
                    # a late report's event stored apart that this one now tells (arrival order)
                    eid = self._absorb_late(eid, near or {}, claimed, article_id, people, now)
                if names and self.dedupe.related_absorb and event.time_precision and not undated_target:
                    # a stored event this report's names tell is this one (arrival order)
                    eid = self._absorb_related(eid, related or {}, claimed, article_id, people, now)
                if self.dedupe.recheck_moved and not undated_target:
                    # re-dated or re-placed: a stored event where it stands now may be it (arrival order)
                    eid = self._recheck_moved(eid, target, claimed, article_id, now)
            for other, _ in waiting:
                here = self.event(eid)
                if other.event_id_cnty not in claimed and not set(other.article_ids) & set(here.article_ids) \
                        and not self._other_incidents(other, here):
                    self._date_undated(other)
                    self._absorb(eid, other, now, article_id)
                    self._town_of_related(eid, now, article_id)
            claimed.add(eid)
            slots[idx] = eid
        for idx, eid in self._fold_court_rows(article_id, deferred, joined, now):
            claimed.add(eid)
            slots[idx] = eid
        for idx, row in own_folded:
            if slots[idx] is not None:
                ev = row.evidence
                self._log(slots[idx], now, article_id, "own row folded",
                          {"folded_row": [None, {"event_date": row.event_date.isoformat(),
                                                 "event_type": row.event_type, "sub_event_type": row.sub_event_type,
                                                 "evidence": ev.to_dict() if ev is not None else None}]})
        out = [eid for eid in slots if eid is not None]
        linked = False
        if names and self.dedupe.enabled:
            if near is None:
                near = self._related_reports(article_id, names)
            if not any(dedupe.is_violent(e) for e in events):
                if people and sharing is None:
                    sharing = self._same_people(article_id, people, near)
                linked = self._link_related(article_id, near, published, now, sharing or {}, in_court=in_court,
                                            brief=len(names) < dedupe.MIN_NAMES)
            # earlier reports that coded no violence, whatever this report coded (an arrest too)
            self._link_earlier(near, out, now)
            if linked:  # earlier reports with no date whose undated events this one's event is
                joined_to = self._coded_by([article_id], ("related",))
                self._join_undated_earlier(near, joined_to, now)
                if published is None and self.dedupe.unplaced_joins_undated:
                    # ... and, linked to an undated event, the undated events told with no place
                    # whose reports share its names: one incident, once told without saying where
                    self._join_undated_earlier(near, joined_to, now, unplaced=True, into_undated=True)
                # earlier reports whose names this one shares, as it shares its event's: one
                # linked when only another incident was stored may be this one's (a long story
                # coding it shares a sliver of their names, its follow-ups more of them)
                self._link_earlier(near, list(joined_to), now, as_when_linked=True)
        alike = None  # the reports this one resembles, compared once for every use below
        if self.dedupe.enabled:
            if not linked and not any(dedupe.is_violent(e) for e in events):
                # neither its names nor its undated mentions link it: the reports it resembles may
                alike = self._resembling(article_id)
                linked = self._link_resembling(article_id, published, now, alike)
            # earlier reports left alone that resemble this one: its event may be theirs now
            self._link_lonely(article_id, now, alike)
            if self.dedupe.recheck_word_links:
                self._recheck_word_links(article_id, now)
        if published is None and not linked and self.dedupe.enabled and not any(dedupe.is_violent(e) for e in events):
            # a report with no date, linked to no event: what its undated mentions tell is
            # stored as undated events (time_precision 0), which later reports may join (by
            # the names it shares with theirs, ``near``: not by its words, ``alike``)
            out += self._add_undated_events(article_id, names, near or {}, claimed, now)
        # events this report no longer supports
        for eid, old in touched.items():
            if eid in claimed:
                continue
            if self._value("SELECT COUNT(*) AS v FROM event_sources WHERE event_id_cnty = ? AND role = 'coded'",
                           (eid,)):
                new = self._recombine(eid, now)
                self._log(eid, now, article_id, "source withdrawn", dedupe.diff(old, new))
            else:
                self._delete(eid, article_id, "report changed", now)
        if self.dedupe.enabled and self.dedupe.story_groups:
            self._group_story(article_id, published, near or {}, alike, now, fresh=not withdraw)
        by_id = {e.event_id_cnty: e for e in self._events_in(out)}
        return [by_id[e] for e in out]
