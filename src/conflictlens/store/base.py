"""The event store's behaviour, shared by the SQLite and PostgreSQL backends.

A backend supplies a connection, how a statement is run (``?`` placeholders are
turned into its own) and how a write transaction starts; everything else (migrations,
ids, event identity across reports, history, deletions, duplicate reports) is here,
so both backends behave the same.

Write transactions are serialised (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a
transaction-scoped advisory lock), so two ingest processes never both decide that an
event or a report is new: the second one sees what the first committed.
"""
from __future__ import annotations

import math
import re
import time
from datetime import date, timedelta

from ..events.fatalities import toll_updates
from ..model import Event, Report
from . import dedupe
from .dedupe import DEFAULT_SETTINGS, DedupeSettings
from .event_queries import EventQueries
from .event_rows import EventRows
from .event_rows import (  # noqa: F401 - re-exported
    UNKNOWN_PREFIX, _ORDER, _SOURCE_SEQ, _date, content_hash, country_prefix, id_order)
from .history import HistoryLog
from .plumbing import StorePlumbing
from .reconcile import FieldReconciliation
from .report_copies import ReportCopies
from .schema import LATEST_VERSION  # noqa: F401 - re-exported
from .word_index import WordIndex

#: a copy of a stored report this much longer is a later version of the story (it updates)
LONGER_VERSION = 1.1


class BaseStore(ReportCopies, WordIndex, FieldReconciliation, HistoryLog, EventRows, EventQueries, StorePlumbing):
    """Reports, their coded events, every event's sources and history."""

    dedupe: DedupeSettings = DEFAULT_SETTINGS

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
                    self._index_names(target, names + people)
                    self._index_terms(target, terms)
                    self._index_shingles(target, fp)
                    self._keep_undated(target, undated)
                    return self._apply(target, events, now, withdraw=True, names=names, people=people,
                                       published=report.published, text=report.text)
                self._exec(
                    "INSERT INTO reports (article_id, content_hash, title, published, source, url, origin,"
                    " ingested_at, canonical_url, text_length, fingerprint, told_days, ages)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (report.id, digest, report.title or "", published, report.source or "", report.url or "",
                     report.origin or "", now, curl, len(report.text), fp, told, ages),
                )
                self._stored = None
                self._add_outlet(report, report.id, digest, now)
                self._index_names(report.id, names + people, fresh=True)
                self._index_terms(report.id, terms, fresh=True)
                self._index_shingles(report.id, fp, fresh=True)
                self._keep_undated(report.id, undated, fresh=True)
                return self._apply(target, events, now, withdraw=False, names=names, people=people,
                                   published=report.published, text=report.text)
            self._exec(
                "UPDATE reports SET content_hash = ?, title = ?, published = ?, source = ?, url = ?, origin = ?,"
                " ingested_at = ?, canonical_url = ?, text_length = ?, fingerprint = ?, told_days = ?, ages = ?"
                " WHERE article_id = ?",
                (digest, report.title or "", published, report.source or "", report.url or "",
                 report.origin or "", now, curl, len(report.text), fp, told, ages, report.id),
            )
            self._add_outlet(report, report.id, digest, now)
            self._index_names(report.id, names + people)
            self._index_terms(report.id, terms)
            self._index_shingles(report.id, fp)
            self._keep_undated(report.id, undated)
            return self._apply(target, events, now, withdraw=True, names=names, people=people,
                               published=report.published, text=report.text)

    # -- event identity --------------------------------------------------------

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

    def _fold_court_rows(self, article_id: str, rows: list[tuple[int, Event, tuple]], joined: list[str],
                         now: int) -> list[tuple[int, str]]:
        """A court report's rows that joined no stored event (``rows``: index, row, toll): each
        is stored as a new event, unless it is the older killing another of its rows joined
        (``joined``), told again on the hearing's day (dedupe.told_again) in a sentence telling
        the court's proceedings ("went on trial Monday for killing her": dedupe.told_in_court)
        or naming someone or somewhere that event's other reports name (a full name: the
        victim, the accused, the street; another victim told beside it is named otherwise).
        That row is not stored: the event's history records it ("court row folded"). Returns
        (index, event id) of the rows stored. (ECB+ train: two hearing-day rows of trial
        stories kept out of the store, B-cubed unchanged as a report maps to the event more
        reports tell; GVC train/dev: none folded.)"""
        out: list[tuple[int, str]] = []
        events = {e.event_id_cnty: e for e in self._events_in(list(dict.fromkeys(joined)))}
        for idx, row, toll in rows:
            folded = None
            for stored in events.values():
                if dedupe.told_again(row, stored, self.dedupe) and (
                        dedupe.told_in_court(row.evidence.text if row.evidence is not None else "")
                        or self._names_someone_of(article_id, row, stored)):
                    folded = stored
                    break
            if folded is None:
                out.append((idx, self._create(row, now, article_id, "created", toll=toll)))
                continue
            ev = row.evidence
            self._log(folded.event_id_cnty, now, article_id, "court row folded",
                      {"folded_row": [None, {"event_date": row.event_date.isoformat(),
                                             "sub_event_type": row.sub_event_type,
                                             "evidence": ev.to_dict() if ev is not None else None}]})
        return out

    def _names_someone_of(self, article_id: str, row: Event, stored: Event) -> bool:
        """Does the sentence telling ``row`` name someone (a full name: dedupe.report_people)
        whom a report of ``stored`` other than ``article_id`` names too?"""
        mine = dedupe.report_people(row.evidence.text) if row.evidence is not None else []
        others = [a for a in stored.article_ids if a != article_id]
        if not mine or not others:
            return False
        where, params = self._in("article_id", others)
        names, nparams = self._in("name", mine)
        return self._one("SELECT COUNT(*) AS v FROM report_names WHERE " + where + " AND " + names,
                         (*params, *nparams))["v"] > 0

    def _match_order(self, article_id: str, events: list[Event], names) -> list[int]:
        """The order in which a report's events look for the stored event they are: those that
        match one by what they are (:func:`dedupe.matches`), the nearest in days first, then
        the rest (which may join one by the names the reports share). An incident a report
        tells beside its story (another victim a day before, a case recalled by name) otherwise
        claimed the story's stored event first when told first, and re-dated it."""
        if not self.dedupe.enabled or len(events) < 2:
            return list(range(len(events)))

        def rank(i: int) -> tuple:
            ev = events[i]
            if ev.event_id_cnty:
                return (1, 0, i)
            gaps = [dedupe.day_gap(ev, c, self.dedupe) for c in self._candidates(ev)
                    if article_id not in c.article_ids and not self._other_incident(names, ev, c)]
            return (0, min(gaps), i) if gaps else (1, 0, i)
        return sorted(range(len(events)), key=rank)

    def _near_and_related(self, article_id: str, names) -> tuple[dict[str, float], dict[str, float]]:
        """Reports sharing names with this one (:meth:`_related_reports`), and those sharing
        enough of them (``related_names``) to tell the same incident."""
        near = self._related_reports(article_id, names)
        return near, {a: v for a, v in near.items() if v >= self.dedupe.related_names}

    def _match_key(self, event: Event, stored: Event, near: dict[str, float]) -> tuple:
        """Smaller is the likelier of the stored events ``event`` matches: the nearer date
        windows, then the one whose reports share the most names with the new report, and more
        of them (``near``: :meth:`_related_reports`), then dedupe.match_rank. An event known to
        the week or month overlaps several days' events alike: its window's centre is no
        nearer one of them, the names tell which incident it is."""
        shared = [near[a] for a in stored.article_ids if a in near]
        return (dedupe.day_gap(event, stored, self.dedupe), -max(shared, default=0.0), -len(shared),
                dedupe.match_rank(event, stored, self.dedupe))

    def _candidates(self, event: Event) -> list[Event]:
        """Stored events that :func:`dedupe.matches` ``event``, read through the indexes: only
        rows whose date window can overlap the event's (per time precision) and whose
        coordinates lie in the box around it (regions and events with no coordinates too)."""
        s = self.dedupe
        own = dedupe.window_reach(event.time_precision, s) + max(s.day_window, s.page_dated_days, s.page_dated_after)
        days, params = [], []
        for precision, half in (("time_precision <= 1", 0), ("time_precision = 2", s.week_half_days),
                                ("time_precision >= 3", dedupe.window_reach(3, s))):
            days.append(f"({precision} AND event_date BETWEEN ? AND ?)")
            params += [(event.event_date - timedelta(days=own + half)).isoformat(),
                       (event.event_date + timedelta(days=own + half)).isoformat()]
        sql = "SELECT * FROM events WHERE (" + " OR ".join(days) + ")"
        if event.country_code:
            sql += " AND country_code IN (?, '')"
            params.append(event.country_code)
        if event.latitude is not None and event.longitude is not None and event.geo_precision != 3:
            # the place window as a box (a little wider); regions and unplaced events always qualify
            dlat = s.place_window_km * 1.1 / 111.0
            dlon = dlat / max(0.05, math.cos(math.radians(event.latitude)))
            sql += (" AND (geo_precision = 3 OR latitude IS NULL OR longitude IS NULL"
                    " OR (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?))")
            params += [event.latitude - dlat, event.latitude + dlat, event.longitude - dlon, event.longitude + dlon]
        # the matching rules first, the sources only of the events that pass them
        if self.JOINED_LOADS:
            return [c for c in self._load(sql + _ORDER, tuple(params)) if dedupe.matches(event, c, s)]
        found = [self._event(r) for r in self._all(sql + _ORDER, tuple(params))]
        return self._with_article_ids([c for c in found if dedupe.matches(event, c, s)])

    #: a report's rarest content words through which the reports it may resemble are found,
    #: and how many of those sharing the most of them are compared in full (each comparison
    #: reads every word of the other report and how many reports use it)
    RARE_TERMS = 40
    RESEMBLING_SHORTLIST = 10

    def _resembling(self, article_id: str, among=None) -> dict[str, float]:
        """Stored reports whose content words resemble this stored report's
        (dedupe.resemblance, a word weighing the less the more reports use it): ``{article_id:
        resemblance}`` of the ``RESEMBLING_SHORTLIST`` sharing the most weight of its
        ``RARE_TERMS`` rarest words (``among``: of those, only these are compared)."""
        mine = [r["term"] for r in self._all("SELECT term FROM report_terms WHERE article_id = ?", (article_id,))]
        if not mine:
            return {}
        total = self._reports_stored() or 1
        df = self._term_counts(mine)
        weight = lambda t: math.log((total + 1) / max(1, df.get(t, 1)))  # noqa: E731
        # the candidates: reports sharing its rarest words (the words that tell an incident)
        rare = sorted((t for t in mine if 2 <= df.get(t, 1) <= max(20, total // 20)),
                      key=lambda t: (df.get(t, 1), t))[:self.RARE_TERMS]
        shared: dict[str, float] = {}
        if rare:
            where, params = self._in("term", rare)
            for r in self._all("SELECT article_id, term FROM report_terms WHERE " + where + " AND article_id <> ?",
                               (*params, article_id)):
                shared[r["article_id"]] = shared.get(r["article_id"], 0.0) + weight(r["term"]) ** 2
        if among is not None:  # chosen before the shortlist: the others would crowd them out
            keep = set(among(list(shared)))
            shared = {a: v for a, v in shared.items() if a in keep}
        short = sorted(shared, key=lambda a: (-shared[a], a))[:self.RESEMBLING_SHORTLIST]
        if not short:
            return {}
        theirs: dict[str, list[str]] = {}
        where, params = self._in("article_id", short)
        for r in self._all("SELECT article_id, term FROM report_terms WHERE " + where, params):
            theirs.setdefault(r["article_id"], []).append(r["term"])
        df.update(self._term_counts({t for ts in theirs.values() for t in ts} - set(df)))
        weights = {t: weight(t) for t in df}
        return {a: dedupe.resemblance(mine, ts, weights) for a, ts in theirs.items()}

    def _lonely(self, article_ids) -> tuple[list[str], dict[str, set[str]]]:
        """Those of these reports that support no dated event (they coded none, or no act of
        violence, and nothing linked them; or only undated events), and the undated events
        each of those supports."""
        ids = list(article_ids)
        if not ids:
            return [], {}
        taken, undated = set(), {}
        where, params = self._in("s.article_id", ids)
        for r in self._all("SELECT s.article_id, s.role, s.event_id_cnty, e.event_date, e.event_type,"
                           " e.sub_event_type FROM event_sources s JOIN events e ON e.event_id_cnty = s.event_id_cnty"
                           " WHERE " + where, params):
            if _date(r["event_date"]) == dedupe.UNDATED:
                undated.setdefault(r["article_id"], set()).add(r["event_id_cnty"])
            elif r["role"] != "coded" or dedupe.family(r["event_type"], r["sub_event_type"]) in dedupe.VIOLENT:
                taken.add(r["article_id"])
        lonely = [a for a in ids if a not in taken]
        return lonely, {a: undated[a] for a in lonely if a in undated}

    def _link_lonely(self, article_id: str, now: int, near: dict[str, float] | None = None) -> None:
        """Reports stored earlier that resemble a new one at least ``resemblance_link`` and
        that support no dated event (:meth:`_lonely`) are looked at again, so the order of
        arrival does not matter: one that codes nothing is linked to the stored event its
        reports resemble (:meth:`_resembled_event`); an undated event of its joins the dated
        event its report resembles that way, when it tells it (:meth:`_joins_undated`). Only
        such reports are compared in full with the new one (most reports are not lonely), unless
        ``near``, the new one's comparison with all it resembles, was made already."""
        resembling = near if near is not None else self._resembling(
            article_id, among=lambda ids: [*self._lonely(ids)[0], *self._related_only(ids)])
        ids = [a for a, v in resembling.items() if v >= self.dedupe.resemblance_link]
        lonely, undated = self._lonely(ids)
        self._move_linked_by_words(self._linked_by_words(ids), now)
        if not lonely:
            return
        where, params = self._in("article_id", lonely)
        published = {r["article_id"]: r["published"] for r in self._all(
            "SELECT article_id, published FROM reports WHERE " + where, params)}
        for aid in lonely:
            if aid not in published:
                continue
            day = _date(published[aid]) if published[aid] else None
            if aid not in undated:
                self._link_resembling(aid, day, now)
                continue
            found = self._resembled_event(aid, day, dated_only=True)
            if found is None:
                continue
            target, score = found
            for eid in sorted(undated[aid], key=id_order):
                self._joins_undated(eid, target, score, aid, now)

    def _recheck_word_links(self, article_id: str, now: int) -> None:
        """The reports linked by their words alone (:meth:`_linked_by_words`) to an event this
        report now supports are weighed again (:meth:`_move_linked_by_words`): a word link is
        the weakest, made against the reports stored then; each report an event gains changes
        how common its words are, and the incident told by a linked report's own siblings
        (an undated event they made) may now be the one it resembles most."""
        eids = [r["event_id_cnty"] for r in self._all(
            "SELECT event_id_cnty FROM event_sources WHERE article_id = ?", (article_id,))]
        ids = {a for e in self._events_in(list(dict.fromkeys(eids))) for a in e.article_ids if a != article_id}
        if ids:
            self._move_linked_by_words(self._linked_by_words(ids), now)

    def _related_only(self, article_ids) -> dict[str, str]:
        """Those of these reports that coded no event and are linked to one event as a related
        report: ``{article_id: event id}`` (one statement)."""
        ids = list(article_ids)
        if not ids:
            return {}
        support: dict[str, list[tuple[str, str]]] = {}
        where, params = self._in("article_id", ids)
        for r in self._all("SELECT article_id, role, event_id_cnty FROM event_sources WHERE " + where, params):
            support.setdefault(r["article_id"], []).append((r["role"], r["event_id_cnty"]))
        return {aid: rows[0][1] for aid, rows in support.items() if len(rows) == 1 and rows[0][0] == "related"}

    def _linked_by_words(self, article_ids) -> dict[str, str]:
        """Those of these reports linked to one event only by their words (:meth:`_related_only`,
        :meth:`_link_resembling`): ``{article_id: event id}``. A report whose names link it
        (``related_names`` shared with that event's other reports, a report using ``MIN_NAMES``
        or more) is not one: names outweigh words."""
        out = {}
        for aid, eid in self._related_only(article_ids).items():
            names = [x["name"] for x in self._all("SELECT name FROM report_names WHERE article_id = ?", (aid,))
                     if " " not in x["name"]]
            found = self._events_in([eid])
            if not found:
                continue
            if len(names) >= dedupe.MIN_NAMES:
                others = [a for a in found[0].article_ids if a != aid]
                if max(self._name_overlaps(names, others).values(), default=0.0) >= self.dedupe.related_names:
                    continue
            out[aid] = eid
        return out

    def _move_linked_by_words(self, linked: dict[str, str], now: int) -> None:
        """Reports linked to an event by their words alone (:meth:`_linked_by_words`) move to
        the event their words resemble now, when that is another one, by ``resemblance_ratio``
        over the one they are linked to (:meth:`_resembled_event`): a report linked by its
        words when its incident's own reports were not stored yet is not left with the
        incident they resembled then, so the order of arrival does not matter."""
        where, params = self._in("article_id", list(linked))
        published = {r["article_id"]: r["published"] for r in self._all(
            "SELECT article_id, published FROM reports WHERE " + where, params)} if linked else {}
        for aid, eid in linked.items():
            day = _date(published[aid]) if published.get(aid) else None
            found = self._resembled_event(aid, day, current=eid)
            if found is None or found[0].event_id_cnty == eid:
                continue
            current = self.event(eid)
            if current is None:
                continue
            self._unlink_related(current, aid, found[0].event_id_cnty, now)
            self._add_related(found[0], aid, 0.0, now, why={"resemblance": [None, round(found[1], 3)]})

    def _joins_undated(self, eid: str, target: Event, score: float, article_id: str, now: int) -> None:
        """An undated event one of whose reports resembles the dated ``target``'s reports
        (:meth:`_resembled_event`) is ``target`` when it tells it (dedupe.describes, or
        dedupe.tells_kind for one told with no place) and none of their reports codes both:
        ``target`` absorbs it, its reports becoming related reports (:meth:`_date_undated`)."""
        undated, here = self.event(eid), self.event(target.event_id_cnty)
        if undated is None or here is None or set(undated.article_ids) & set(here.article_ids):
            return
        if not (dedupe.describes(undated, here, self.dedupe) or dedupe.tells_kind(undated, here)):
            return
        if self._other_incidents(undated, here):
            return
        self._date_undated(undated)
        self._absorb(here.event_id_cnty, undated, now, article_id)
        self._town_of_related(here.event_id_cnty, now, article_id)
        self._log(here.event_id_cnty, now, article_id, "undated event resembled",
                  {"resemblance": [None, round(score, 3)], "absorbed": [None, eid]})

    def _resembled_ranked(self, article_id: str, near: dict[str, float], dated_only: bool = False,
                          current: str = "") -> tuple[Event, float] | None:
        """The stored event whose reports ``near`` (this report's resemblance to each stored
        report) resembles most, and how much: at least ``resemblance_link`` and
        ``resemblance_ratio`` times as much as any other event's reports (the words of this
        incident, not of its kind, must decide). Its single most resembling report decides
        first; when that leaves two events too close, each event's reports taken together
        (the sum of their resemblances: an incident several stories told, against another
        that one story resembles as much). ``current``: the event the report is linked to,
        weighed with the others."""
        s = self.dedupe
        events = [e for e in self._coded_by(near, ("coded", "related")).values()
                  if (article_id not in e.article_ids or e.event_id_cnty == current)
                  and not (dated_only and dedupe.is_undated(e))]
        # an undated event's words are those of the reports that told it (its coder, those linked
        # by their names), not of a report its words alone linked: word links do not chain
        tellers = {e.event_id_cnty: self._told_by_names(e) if s.word_links_resemble_nothing and dedupe.is_undated(e)
                   else e.article_ids for e in events}
        for mode in ("max", "sum"):
            scores = []
            for e in events:
                vals = [near[a] for a in tellers[e.event_id_cnty] if a in near]
                score = (max(vals) if mode == "max" else sum(vals)) if vals else 0.0
                if score > 0:
                    scores.append((score, e))
            ranked = sorted(scores, key=lambda x: (-x[0], id_order(x[1].event_id_cnty)))
            if not ranked:
                return None
            best, e = ranked[0]
            second = ranked[1][0] if len(ranked) > 1 else 0.0
            if best >= s.resemblance_link and best >= s.resemblance_ratio * second:
                return e, best
        return None

    def _resembled_event(self, article_id: str, published: date | None, near: dict[str, float] | None = None,
                         dated_only: bool = False, current: str = "") -> tuple[Event, float] | None:
        """The stored event whose reports this report's content words resemble most
        (:meth:`_resembling`), and how much: at least ``resemblance_link``, and
        ``resemblance_ratio`` times as much as any other event's reports (the words of this
        incident, not of its kind, must decide), in the date window of a related report
        (:meth:`_may_link`), and telling what the report's undated mentions tell if it tells
        any (dedupe.describes, dedupe.tells_kind). ``dated_only``: undated events left out."""
        s = self.dedupe
        near = self._resembling(article_id) if near is None else near
        if not near:
            return None
        found = self._resembled_ranked(article_id, near, dated_only, current)
        if found is None:
            return None
        e, best = found
        told = self._told_days([article_id]).get(article_id, "") if published is None else ""
        if not self._may_link(e, published, told=told):
            return None
        mentions = self._undated(article_id)
        if mentions and not any(dedupe.describes(m, e, s) or dedupe.tells_kind(m, e) for m in mentions):
            return None  # it tells violence of another kind, or elsewhere
        if published is None and self._other_ages([article_id], e.article_ids):
            return None  # its reports tell other people's ages: another incident of the town
        return e, best

    def _link_resembling(self, article_id: str, published: date | None, now: int,
                         near: dict[str, float] | None = None) -> bool:
        """A report that codes no act of violence and that neither its names nor its undated
        mentions link (:meth:`_link_related`) is listed as a related report of the stored event
        its reports resemble (:meth:`_resembled_event`). Returns whether it was linked."""
        found = self._resembled_event(article_id, published, near)
        if found is None:
            return False
        self._add_related(found[0], article_id, 0.0, now, why={"resemblance": [None, round(found[1], 3)]})
        return True

    #: reports compared in full with a new one (those sharing the most rare names with it)
    RELATED_SHORTLIST = 20

    def _related_reports(self, article_id: str, names: list[str]) -> dict[str, float]:
        """Stored reports naming the same people and places as this one: ``{article_id:
        overlap}`` for overlaps of at least ``related_names``, or ``undated_names`` (lower)
        which only an undated report's mentions may use (:meth:`_name_overlaps`); for a
        report using too few names to tell (a two-line brief), only those of an event whose
        own names they are (:meth:`_brief_related`)."""
        if len(names) < dedupe.MIN_NAMES:
            return self._brief_related(article_id, names)
        total = self._reports_stored() + 1
        df = self._name_counts(names)
        weight = lambda n: math.log((total + 1) / max(1, df.get(n, 1)))  # noqa: E731
        rare = [n for n in names if 2 <= df.get(n, 1) <= max(20, total // 20)]
        shared: dict[str, float] = {}
        for i in range(0, len(rare), 500):
            chunk = rare[i:i + 500]
            where, params = self._in("name", chunk)
            for r in self._all("SELECT article_id, name FROM report_names WHERE " + where + " AND article_id <> ?",
                               (*params, article_id)):
                shared[r["article_id"]] = shared.get(r["article_id"], 0.0) + weight(r["name"])
        short = sorted(shared, key=lambda a: -shared[a])[:self.RELATED_SHORTLIST]
        # a stored report using a single name shares all of its names with any report using
        # it: a one-line brief whose only name is its opening number word ("Two ...") is told
        # by no names (ECB+ train: such a brief was linked across topics; requiring MIN_NAMES
        # here, as of a new report, lost GVC train/dev B-cubed 0.969 -> 0.968)
        out = self._name_overlaps(names, short, df, total, least=2)
        s = self.dedupe
        floor = min(s.related_names, s.undated_names, s.undated_group_names, s.undated_join_names)
        return {a: v for a, v in out.items() if v >= floor}

    def _brief_related(self, article_id: str, names: list[str]) -> dict[str, float]:
        """:meth:`_related_reports` for a brief using fewer than ``MIN_NAMES`` names: the
        reports of the stored events whose reports use at least ``brief_names`` of its names
        mostly (dedupe.owned_names: a brief naming a victim and a street is about the incident
        whose stories name them, however short), with their usual overlaps. A name no other
        stored report uses, or one too common to tell (as in :meth:`_related_reports`), says
        nothing."""
        s = self.dedupe
        if not s.brief_names or len(names) < s.brief_names:
            return {}
        total = self._reports_stored() + 1
        df = self._name_counts(names)
        rare = [n for n in names if 2 <= df.get(n, 1) <= max(20, total // 20)]
        if len(rare) < s.brief_names:
            return {}
        users: dict[str, set[str]] = {}
        where, params = self._in("name", rare)
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where + " AND article_id <> ?",
                           (*params, article_id)):
            users.setdefault(r["name"], set()).add(r["article_id"])
        every = set().union(*users.values()) if users else set()
        keep: set[str] = set()
        for e in self._coded_by(every, ("coded", "related")).values():
            mine = set(self._told_by_names(e))  # not whom a report alike in words names
            if len(dedupe.owned_names(users, mine)) >= s.brief_names:
                keep |= mine & every
        out = self._name_overlaps(names, keep, df, total, least=2)
        floor = min(s.related_names, s.undated_names, s.undated_group_names, s.undated_join_names)
        return {a: v for a, v in out.items() if v >= floor}

    def _name_overlaps(self, names: list[str], others, df: dict | None = None,
                       total: int | None = None, least: int = 1) -> dict[str, float]:
        """``{article_id: overlap}`` of a report's names with each stored report of ``others``
        that uses at least ``least`` names (dedupe.names_overlap). A name weighs less the more
        stored reports use it (a city; "Police" in a report that never writes "police")."""
        others = list(dict.fromkeys(others))
        if not others or not names:
            return {}
        total = total or self._reports_stored() + 1
        df = df if df is not None else self._name_counts(names)
        theirs: dict[str, list[str]] = {}
        where, params = self._in("article_id", others)
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where, params):
            if " " not in r["name"]:  # full names (dedupe.report_people) are not counted here
                theirs.setdefault(r["article_id"], []).append(r["name"])
        df.update(self._name_counts({n for ns in theirs.values() for n in ns} - set(df)))
        # each name's weight computed once, not once per report compared
        weight = {n: math.log((total + 1) / max(1, df.get(n, 1))) for ns in (names, *theirs.values()) for n in ns}
        return {a: dedupe.names_overlap(names, ns, weight.__getitem__, self.dedupe.names_larger_share)
                for a, ns in theirs.items() if len(ns) >= least}

    def _other_incident(self, names: list[str], event: Event, stored: Event) -> bool:
        """Two crimes on the same day in the same town, told by reports that each use a few
        names and share almost none of them, are two incidents (two shootings in one city)."""
        if len(names) < dedupe.MIN_NAMES or not (dedupe.told_as_crime(event) or dedupe.told_as_crime(stored)):
            return False
        overlaps = self._name_overlaps(names, [a for a in stored.article_ids if a not in event.article_ids],
                                       least=dedupe.MIN_NAMES)
        return bool(overlaps) and max(overlaps.values()) < self.dedupe.distinct_names

    def _other_incidents(self, a: Event, b: Event) -> bool:
        """:meth:`_other_incident` for two stored events: some reports of each use a few
        names, and none of one's shares enough of them with any of the other's."""
        if not (dedupe.told_as_crime(a) or dedupe.told_as_crime(b)):
            return False
        told = False
        for aid in a.article_ids:
            names = [r["name"] for r in self._all("SELECT name FROM report_names WHERE article_id = ?", (aid,))
                     if " " not in r["name"]]
            if len(names) < dedupe.MIN_NAMES:
                continue
            overlaps = self._name_overlaps(names, [x for x in b.article_ids if x not in a.article_ids],
                                           least=dedupe.MIN_NAMES)
            if overlaps and max(overlaps.values()) >= self.dedupe.distinct_names:
                return False
            told = told or bool(overlaps)
        return told

    def _other_ages(self, mine, theirs) -> bool:
        """Do reports of ``mine`` and of ``theirs`` both tell people's ages, and none the same
        (dedupe.told_ages)? A town's other incident, told months apart by reports with no
        date: "a 2-year-old girl" is not "the 15-year-old boy"."""
        if not self.dedupe.other_ages:
            return False
        told, ages = self._ages_of(mine, theirs)
        return bool(told) and bool(ages) and not any(told & a for a in ages.values())

    def _ages_of(self, mine, theirs) -> tuple[set[str], dict[str, set[str]]]:
        """The ages the reports of ``mine`` tell, together, and those each report of
        ``theirs`` (not one of ``mine``) that tells any tells."""
        mine = [a for a in mine if a]
        theirs = [a for a in theirs if a and a not in mine]
        if not mine or not theirs:
            return set(), {}
        where, params = self._in("article_id", mine + theirs)
        ages = {r["article_id"]: set(r["ages"].split(",")) for r in self._all(
            "SELECT article_id, ages FROM reports WHERE ages <> '' AND " + where, params)}
        told = set().union(*(ages.get(a, set()) for a in mine))
        return told, {a: ages[a] for a in theirs if a in ages}

    def _same_people(self, article_id: str, people: list[str], near: dict[str, float],
                     least: int | None = None) -> dict[str, float]:
        """Stored reports that share at least ``people_names`` (``least``) of this report's
        distinctive full names (used by at most ``people_df`` stored reports) and
        ``people_overlap`` of its names: ``{article_id: names overlap}``."""
        s = self.dedupe
        df = self._name_counts(people)
        rare = [n for n in people if df.get(n, 1) <= s.people_df]
        if not rare:
            return {}
        shared: dict[str, int] = {}
        where, params = self._in("name", rare)
        for r in self._all("SELECT article_id FROM report_names WHERE " + where + " AND article_id <> ?",
                           (*params, article_id)):
            shared[r["article_id"]] = shared.get(r["article_id"], 0) + 1
        least = s.people_names if least is None else least
        return {a: near[a] for a, k in shared.items()
                if k >= least and near.get(a, 0.0) >= s.people_overlap}

    def _corroborated(self, event: Event, related: dict[str, float], claimed: set[str],
                      article_id: str, shared_people: bool = False, report_names: list[str] = (),
                      recalled: bool = False, same_area: bool = False) -> tuple[Event | None, dict]:
        """The stored event a related report coded, or is a related report of (linked to it by
        what it told: an undated report whose undated event a dated report of it dated), that
        this event is (dedupe.corroborates; ``shared_people``: the reports share distinctive full
        names), and why, for the history. ``report_names``: the new report's full names; a
        stored event told on another day whose reports name other people (:meth:`_other_people`)
        is not it. ``recalled``: the sentence telling the event recalls an older incident
        (dedupe.recalls: a trial), which an earlier stored event may be up to ``recalled_days`` before.
        ``same_area``: only an event in the same second-level unit (dedupe.same_area)."""
        best, key, why = None, None, {}
        coded = self._coded_by(related)
        for e in self._coded_by(related, ("coded", "related")).values():
            if e.event_id_cnty in claimed or article_id in e.article_ids or \
                    not dedupe.corroborates(event, e, self.dedupe, people=shared_people, recalled=recalled):
                continue
            if same_area and not dedupe.same_area(event, e):
                continue
            if report_names and self.dedupe.other_people_apart \
                    and dedupe.day_gap(event, e, self.dedupe) > self.dedupe.other_people_days:
                # found through its related reports alone: whom the reports that coded it name
                # (a report with no date its names linked for now may be about another incident)
                told = e if e.event_id_cnty in coded else e.replace(
                    article_ids=tuple(c.article_id for c in self.contributions(e.event_id_cnty)))
                if self._other_people(article_id, report_names, event, told):
                    continue
            by, overlap = max(((a, related[a]) for a in e.article_ids if a in related), key=lambda x: x[1])
            # the most names in common, then the event more of the related reports tell (an
            # event a report mentions aside, which shares its best report, is told by fewer)
            k = (-overlap, -sum(1 for a in e.article_ids if a in related), dedupe.match_rank(event, e, self.dedupe))
            if key is None or k < key:
                best, key, why = e, k, {"related_report": [None, by], "names_overlap": [None, round(overlap, 3)]}
                if shared_people:
                    why["same_people"] = [None, True]
        return best, why

    def _other_people(self, article_id: str, people: list[str], event: Event, stored: Event) -> bool:
        """Do the new report and the stored event's reports name other people? Both name
        some (full names, the events' place names left out: dedupe.report_people) and share
        none that only the stored event's reports use (an official quoted in the stories of
        several incidents is no one's identity): two incidents of one town, days apart."""
        place = {w for e in (event, stored) for v in (e.location, e.admin1, e.admin2)
                 for w in re.findall(r"[a-z]+", (v or "").lower())}
        keep = lambda ns: {n for n in ns if not set(n.split()) & place}  # noqa: E731
        mine = keep(people)
        others = [a for a in stored.article_ids if a != article_id]
        if not mine or not others:
            return False
        where, params = self._in("article_id", others)
        theirs = keep(r["name"] for r in self._all("SELECT name FROM report_names WHERE " + where, params)
                      if " " in r["name"])
        if not theirs:
            return False
        # the same person with or without a title ("Captain Jane Doe", "Jane Doe")
        same = lambda a, b: set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())  # noqa: E731
        shared = {t for t in theirs if any(same(m, t) for m in mine)}
        if not shared:
            return True
        where, params = self._in("name", shared)
        users = self._all("SELECT name, article_id FROM report_names WHERE " + where, params)
        outside: set[str] = set()
        for r in users:
            if r["article_id"] != article_id and r["article_id"] not in stored.article_ids:
                outside.add(r["name"])
        return not (shared - outside)

    def _may_link(self, event: Event, published: date | None, days: int | None = None, told: str = "") -> bool:
        """Can a report published on ``published`` that coded no act of violence be about
        ``event`` (which happened before, within ``link_days``, or ``days`` when longer: a
        report sharing distinctive full names with its reports, ``people_days``)? An event
        known to the week or month may have happened anywhere in its window."""
        if published is None:  # none, but days of the month its text gives (dedupe.fits_told_days)
            if told and dedupe.is_undated(event):  # those its reports give (dedupe.told_days_meet)
                return all(dedupe.told_days_meet(told, t, self.dedupe)
                           for t in self._told_days(event.article_ids).values())
            return dedupe.fits_told_days(event, told, self.dedupe)
        window = max(self.dedupe.link_days, days or 0)
        first, last = dedupe.day_window(event, self.dedupe)  # a week or month, not its centre
        return first <= published.toordinal() + 1 and last >= published.toordinal() - window

    def _court_days(self, event: Event, in_court: bool, coded_overlap: float) -> int | None:
        """The days after ``event`` a report telling a court's proceedings (a verdict, a
        sentencing, a plea: dedupe.told_in_court) that coded no act of violence may be linked
        to it as a related report: ``recalled_days`` when it shares ``related_names`` with a
        report that coded the violent ``event`` (a trial comes months or years after the
        killing, and a verdict story often tells the killing in words the coder reads as no
        event of its own); else None (the usual windows). ECB+ train 0.935 -> 0.939 (a
        verdict story linked to a trial day's row instead); GVC train/dev unchanged."""
        if in_court and dedupe.is_violent(event) and coded_overlap >= self.dedupe.related_names:
            return self.dedupe.recalled_days
        return None

    def _link_key(self, event: Event, mentions: list[Event], overlap: float, published: date | None,
                  same_people: bool = False, told: str = "", coded_overlap: float = 0.0,
                  days: int | None = None, article_id: str = ""):
        """How well a report that coded no act of violence fits ``event`` as a related report
        (smaller is better; None: it does not). An event its undated mentions describe
        (:meth:`_told`) first, with at least ``undated_names`` of its names in common; else
        one it shares at least ``related_names`` with (``undated_related_names`` for a report
        with no date, which no date window bounds); with ``same_people`` (the event's reports
        share distinctive full names with it: :meth:`_same_people`) ``people_overlap`` and
        ``people_days`` suffice; one its undated mentions tell the kind of, sharing at least
        ``related_names`` with a report that coded it (``coded_overlap``), up to
        ``recalled_days`` after it when the sentence telling it recalls an older incident
        (dedupe.recalls: not the shooting of its own page day), or ``days`` after it when the
        caller found a longer window (:meth:`_court_days`); of the events its mentions describe,
        one at the very place a mention gives before one coded only at the level of a county or
        state holding it (:meth:`_told_near`); an act of violence before any other; then the
        more names in common (the names decide between alike events). (Reading "Florida" as no
        village of New York, GVC train,dev with every second report's date dropped: place 158 ->
        159 of 207, per report 330 -> 332, B-cubed 0.959 kept only with this order.)"""
        if overlap >= self.dedupe.told_days_names:
            # as many names in common: the days its text gives do not decide (a funeral's), but
            # against an undated event the weekdays still do: each report dates its own violence
            told = dedupe.told_weekdays(told) if dedupe.is_undated(event) else ""
        days = max(days or 0, self.dedupe.people_days if same_people else 0) or None
        if coded_overlap >= self.dedupe.related_names and any(
                (dedupe.describes(m, event, self.dedupe) or dedupe.tells_kind(m, event))
                and dedupe.recalls(m, published) for m in mentions):
            days = max(days or 0, self.dedupe.recalled_days)  # a trial, an anniversary: it tells it
        if not self._may_link(event, published, days, told):
            return None
        told = self._told(mentions, event)
        s = self.dedupe
        least = s.undated_names if told else s.related_names if published else s.undated_related_names
        if not told and any(dedupe.tells_kind(m, event) for m in mentions):
            least = min(least, s.unplaced_names)  # what it is, told with no place
        if same_people:  # its reports share distinctive full names with this one
            least = min(least, s.people_overlap)
        if published is None and article_id and overlap >= s.same_toll_names \
                and self._same_killing(mentions, event) and self._names_things_of(article_id, event):
            least = min(least, s.same_toll_names)
        if overlap < least:
            return None
        if published is None and article_id and overlap < s.told_days_names \
                and self._other_ages([article_id], event.article_ids):
            return None  # its reports tell other people's ages: another incident of the town
        return (not told, not (told and self._told_near(mentions, event)), not dedupe.is_violent(event),
                -overlap, id_order(event.event_id_cnty))

    def _same_killing(self, mentions: list[Event], event: Event) -> bool:
        """Does one of a report's undated mentions tell the killing ``event`` is: it
        describes it (same family, place, compatible actors: dedupe.describes) and gives the
        same death toll (dedupe.same_toll)? Such a report with no date needs only
        ``same_toll_names`` in common with the event's reports, of its names and of whom and
        what they name (:meth:`_names_things_of`) (GVC train/dev with every second report's
        date dropped: a toddler's death told by two stations, the undated one sharing 0.21 of
        its names and a witness's full name with the first)."""
        return any(dedupe.same_toll(m, event) and dedupe.describes(m, event, self.dedupe) for m in mentions)

    def _link_related(self, article_id: str, related: dict[str, float], published: date | None, now: int,
                      sharing: dict[str, float] | None = None, in_court: bool = False,
                      brief: bool = False) -> bool:
        """A report that codes no act of violence (no date, no place; perhaps only the
        arrest that followed) but names the same people and places as the reports of a
        stored event that happened before it was published (within ``link_days``) is
        listed with that event as a related report (:meth:`_link_key`): it joins
        ``article_ids`` and changes no field. A report with no date is linked by what its
        undated mentions tell too. ``in_court``: the report tells a court's proceedings
        (dedupe.told_in_court), so the killing it is about may be older (:meth:`_court_days`).
        ``brief``: the report uses fewer than ``MIN_NAMES`` names, so ``related`` holds only
        reports of events whose own names they are (:meth:`_brief_related`): an event they are
        related reports of counts as one they coded (a long story coding it shares a sliver
        of its names with a brief, its follow-ups all of them)."""
        mentions = self._undated(article_id)
        told = self._told_days([article_id]).get(article_id, "") if published is None else ""
        if published is None and related:
            related = self._weighed_undated(related)
        best, key, best_overlap = None, None, 0.0
        events = self._coded_by(related, ("coded", "related") if brief else ("coded",))
        coding = self._coding(events) if published is not None and (mentions or in_court) else {}
        for e in events.values():
            # not through a report linked to an undated event (or a brief's) by its words alone
            ids = self._told_by_names(e) if brief or dedupe.is_undated(e) else e.article_ids
            if article_id in e.article_ids or not any(a in related for a in ids):
                continue
            overlap = max(related[a] for a in ids if a in related)
            coded_overlap = max((related.get(a, 0.0) for a in coding.get(e.event_id_cnty, ())), default=0.0)
            k = self._link_key(e, mentions, overlap, published,
                               same_people=any(a in (sharing or {}) for a in e.article_ids), told=told,
                               coded_overlap=coded_overlap,
                               days=self._court_days(e, in_court, coded_overlap), article_id=article_id)
            if k is not None and (key is None or k < key):
                best, key, best_overlap = e, k, overlap
        if best is not None:
            self._add_related(best, article_id, best_overlap, now)
        return best is not None

    def _weighed_undated(self, overlaps: dict[str, float], dated_only: bool = False) -> dict[str, float]:
        """What a report with no date shares with others (``{article_id: overlap}``), as it
        counts: two reports with no date say less by their names (a city, its police), so what
        it shares with another undated report counts from ``undated_group_names`` on; with
        ``dated_only``, not at all."""
        dated = self._dated(overlaps)
        least = math.inf if dated_only else self.dedupe.undated_group_names
        return {a: v for a, v in overlaps.items() if a in dated or v >= least}

    # -- undated events ------------------------------------------------------------

    def _undated_coded_by(self, article_ids) -> dict[str, Event]:
        """The undated events these reports support (coded, or linked to as related reports)."""
        return {k: e for k, e in self._coded_by(article_ids, ("coded", "related")).items() if dedupe.is_undated(e)}

    def _waiting(self, event: Event, near: dict[str, float], claimed: set[str],
                 article_id: str, people: list[str] = ()) -> list[tuple[Event, float]]:
        """Stored undated events that a dated ``event`` is, by the rules that link a report
        with no date to a dated event (:meth:`_link_key`): ``event`` is described by them
        (dedupe.describes: same family of violence, place, compatible actors) and their
        reports share at least ``undated_names`` of this report's names, or both are acts of
        violence and they share at least ``undated_related_names``. Best first. An undated event
        that ``undated_people_reports`` or more reports tell, sharing less than
        ``told_days_names`` with this one (a town's name, its officials'), is not it when they
        name other people than this report's (:meth:`_other_people`): an older incident of the
        town, told by reports with no date, is not dated by the news of a later one."""
        out = []
        s = self.dedupe
        for e in self._undated_coded_by(a for a, v in near.items() if v >= s.undated_join_names).values():
            if e.event_id_cnty in claimed or article_id in e.article_ids:
                continue
            # a report linked to it by its words alone tells nothing of whom or where it is about
            own = self._told_by_names(e)
            overlap = max((near.get(a, 0.0) for a in own), default=0.0)
            if overlap < s.undated_join_names:
                continue
            if overlap < s.told_days_names and not all(
                    dedupe.fits_told_days(event, t, s) for t in self._told_days(e.article_ids).values()):
                continue  # its reports give days of the month far from this event's
            if people and s.undated_people_reports and len(e.article_ids) >= s.undated_people_reports \
                    and overlap < s.told_days_names and self._other_people(article_id, people, event, e):
                continue  # several reports tell whom it is about: other people than this report's
            if overlap < s.told_days_names and self._other_ages([article_id], e.article_ids):
                continue  # its reports tell other people's ages than this report's
            # what any of its reports tells with no date (not only the lead that made it)
            told = dedupe.describes(e, event, s) or any(
                self._told(self._undated(a), event) for a in e.article_ids)
            if told or (overlap >= s.undated_join_related_names and dedupe.is_violent(event)
                        and dedupe.is_violent(e)) or (overlap >= s.unplaced_names and dedupe.tells_kind(e, event)):
                out.append((e, overlap, told))
        out.sort(key=lambda x: (not x[2], -x[1], id_order(x[0].event_id_cnty)))
        return [(e, overlap) for e, overlap, _ in out]

    def _told_by_names(self, e: Event) -> list[str]:
        """The reports of ``e`` but those linked to it by their words alone
        (:meth:`_linked_by_words`): a word link says the story is alike, not that it names the
        people or the place of ``e``, so no dated event is ``e`` for the names it shares with one."""
        if not self.dedupe.word_links_name_nothing:
            return list(e.article_ids)
        words = self._linked_by_words(e.article_ids)
        return [a for a in e.article_ids if a not in words]

    def _date_undated(self, undated: Event) -> None:
        """A dated report of an undated event arrived: the reports with no date that coded
        it become its related reports (they tell no date and change no field, like any
        report with no date linked to a dated event), so its row is the dated reports'."""
        self._exec("UPDATE event_sources SET role = 'related' WHERE event_id_cnty = ? AND role = 'coded'",
                   (undated.event_id_cnty,))

    def _add_undated_events(self, article_id: str, names: list[str], near: dict[str, float],
                            claimed: set[str], now: int) -> list[str]:
        """A report with no date that no event was found for tells one undated event: the
        stored undated event one of its undated mentions describes, whose reports share at
        least ``undated_group_names`` of its names (the most), which it joins; else its
        first undated mention (the story's lead) is stored as a new undated event. The days
        of the month the texts give keep them apart unless a report of the event shares
        ``told_days_names`` of its names (as in :meth:`_link_key`: one report's days may be a
        hearing's or a funeral's); their weekdays keep them apart whatever names they share."""
        mentions = self._undated(article_id)
        if not mentions:
            return []
        least = min(self.dedupe.undated_group_names, self.dedupe.same_toll_names)
        options = self._undated_coded_by(a for a, v in near.items() if v >= least)
        best, key, mention = None, None, mentions[0]
        told = self._told_days([article_id]).get(article_id, "")
        for e in options.values():
            if e.event_id_cnty in claimed or article_id in e.article_ids:
                continue
            overlap = max((near.get(a, 0.0) for a in self._told_by_names(e)), default=0.0)
            if overlap < self.dedupe.undated_group_names and not (
                    self._same_killing(mentions, e) and self._names_things_of(article_id, e)):
                continue
            days = told if overlap < self.dedupe.told_days_names else dedupe.told_weekdays(told)
            if days and not all(dedupe.told_days_meet(days, t, self.dedupe)
                                for t in self._told_days(e.article_ids).values()):
                continue  # its reports give days of the month far from this one's
            if overlap < self.dedupe.told_days_names and self._other_ages([article_id], e.article_ids):
                continue  # its reports tell other people's ages
            for m in mentions:
                if dedupe.describes(m, e, self.dedupe) or dedupe.tells_kind(m, e):
                    k = (-overlap, id_order(e.event_id_cnty))
                    if key is None or k < key:
                        best, key, mention = e, k, m
                    break
        mention = mention.replace(article_id=article_id, timestamp=now, article_ids=(article_id,),
                                  event_date=dedupe.UNDATED, time_precision=0)
        if best is None:
            eid = self._create(mention, now, article_id, "created undated")
        else:
            eid = best.event_id_cnty
            self._add_source(eid, mention, now)
            merged = self._recombine(eid, now, adding=mention, row=best)
            self._log(eid, now, article_id, "updated", {**dedupe.diff(best, merged),
                                                        "names_overlap": [None, round(-key[0], 3)]})
        claimed.add(eid)
        return [eid]

    def _names_things_of(self, article_id: str, event: Event) -> bool:
        """Do a report and one of ``event``'s other reports name the same people and things
        (full names, the place's left out: dedupe.things_named) at least ``same_toll_names``?
        Not one linked to it by its words alone (:meth:`_told_by_names`): whom a story alike
        names is not whom ``event`` is about."""
        where, params = self._in("article_id", [article_id, *event.article_ids])
        full: dict[str, set[str]] = {}
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where, params):
            if " " in r["name"]:
                full.setdefault(r["article_id"], set()).add(r["name"])
        place = " ".join(v or "" for v in (event.location, event.admin1, event.admin2))
        mine = full.get(article_id, set())
        return any(dedupe.things_named(mine, full.get(a, set()), place) >= self.dedupe.same_toll_names
                   for a in self._told_by_names(event) if a != article_id)

    def _told_days(self, article_ids) -> dict[str, str]:
        """The days of the month and weekdays (dedupe.told) the texts of these reports with no
        date give, for those that give any."""
        ids = list(article_ids)
        if not ids:
            return {}
        where, params = self._in("article_id", ids)
        return {r["article_id"]: r["told_days"] for r in self._all(
            "SELECT article_id, told_days FROM reports WHERE published IS NULL AND told_days <> '' AND " + where,
            params)}

    def _dated(self, article_ids) -> set[str]:
        """Those of these reports that have a publication date."""
        ids = list(article_ids)
        if not ids:
            return set()
        where, params = self._in("article_id", ids)
        return {r["article_id"] for r in self._all(
            "SELECT article_id FROM reports WHERE published IS NOT NULL AND " + where, params)}

    def _keep_undated(self, article_id: str, undated: list[Event], fresh: bool = False) -> None:
        """Keep what a report with no date tells of violence (its undated mentions), or what
        a dated report that coded nothing tells with no place (events/rows.py: unplaced_rows)."""
        if not fresh:
            self._exec("DELETE FROM undated_mentions WHERE article_id = ?", (article_id,))
        for n, e in enumerate(e for e in undated if dedupe.is_violent(e)):
            self._exec("INSERT INTO undated_mentions (article_id, n, event_json) VALUES (?, ?, ?)",
                       (article_id, n, dedupe.event_to_json(e.replace(article_ids=()))))

    def _undated(self, article_id: str) -> list[Event]:
        return [dedupe.event_from_json(r["event_json"]) for r in self._all(
            "SELECT event_json FROM undated_mentions WHERE article_id = ? ORDER BY n", (article_id,))]

    def _told(self, mentions: list[Event], event: Event) -> bool:
        """Does one of a report's undated mentions describe ``event`` (dedupe.describes)?"""
        return any(dedupe.describes(m, event, self.dedupe) for m in mentions)

    def _told_near(self, mentions: list[Event], event: Event) -> bool:
        """Does one of a report's undated mentions describe ``event`` at its own place (within
        ``place_window_km``), not only as a place inside the county or state an event coded at
        geo_precision 3 is (dedupe.same_place)? Of two events an undated report could tell, the
        one at the town it names is the better: a county-level event of the same state takes in
        every town of it, another killing's too."""
        return any(dedupe.describes(m, event, self.dedupe) and dedupe.near(m, event, self.dedupe)
                   for m in mentions)

    def _link_earlier(self, related: dict[str, float], event_ids: list[str], now: int,
                      as_when_linked: bool = False) -> None:
        """Reports stored earlier that coded no act of violence, about an event this report
        coded: linked to it now, or moved to it from the event they were linked to when it
        fits them better (:meth:`_link_key`), so the order of arrival does not matter. One
        with no date is weighed against the dated reports alone; ``as_when_linked`` (the new
        report coded nothing, it is only linked to the event: weaker evidence than a coded
        row), as it was when it was linked (:meth:`_weighed_undated`)."""
        ids = list(related)
        if not ids or not event_ids:
            return
        coded, linked = set(), {}
        where, params = self._in("s.article_id", ids)
        for r in self._all("SELECT s.article_id, s.role, s.event_id_cnty, e.event_type, e.sub_event_type"
                           " FROM event_sources s JOIN events e ON e.event_id_cnty = s.event_id_cnty"
                           " WHERE " + where, params):
            if r["role"] == "related":
                linked[r["article_id"]] = r["event_id_cnty"]
            elif dedupe.family(r["event_type"], r["sub_event_type"]) in dedupe.VIOLENT:
                coded.add(r["article_id"])
        where, params = self._in("article_id", ids)
        lonely = [r for r in self._all("SELECT article_id, published, told_days FROM reports WHERE " + where,
                                       params) if r["article_id"] not in coded]
        if not lonely:
            return
        mine = self._events_in(dict.fromkeys(event_ids), _ORDER)
        for r in lonely:
            aid = r["article_id"]
            published = _date(r["published"]) if r["published"] else None
            current = self.event(linked[aid]) if aid in linked else None
            options = [e for e in mine if aid not in e.article_ids] + ([current] if current is not None else [])
            if current is None and not options:
                continue
            names = [x["name"] for x in self._all("SELECT name FROM report_names WHERE article_id = ?", (aid,))
                     if " " not in x["name"]]
            overlaps = self._name_overlaps(names, [a for e in options for a in e.article_ids if a != aid])
            if published is None:  # wherever it is now
                overlaps = self._weighed_undated(overlaps, dated_only=not as_when_linked)
            mentions = self._undated(aid)
            # a court report (a verdict, an indictment) stored before the killing's reports:
            # the same window as had it come after them (:meth:`_court_days`)
            in_court = published is not None and self._in_court(aid)
            coding = self._coding(e.event_id_cnty for e in options) \
                if published is not None and (mentions or in_court) else {}
            best, key, best_overlap = None, None, 0.0
            for e in options:
                overlap = max((overlaps.get(a, 0.0) for a in e.article_ids if a != aid), default=0.0)
                coded_overlap = max((overlaps.get(a, 0.0) for a in coding.get(e.event_id_cnty, ())), default=0.0)
                k = self._link_key(e, mentions, overlap, published, told=r["told_days"] or "",
                                   coded_overlap=coded_overlap, days=self._court_days(e, in_court, coded_overlap),
                                   article_id=aid)
                if k is not None and (key is None or k < key):
                    best, key, best_overlap = e, k, overlap
            if best is None or best is current or self._stays(overlaps, current, best_overlap):
                continue
            if current is not None:
                self._unlink_related(current, aid, best.event_id_cnty, now)
            self._add_related(best, aid, best_overlap, now)
            if current is not None and dedupe.is_undated(current) and dedupe.unplaced(current) \
                    and self.dedupe.undated_follows and not dedupe.is_undated(best):
                # the undated event it leaves, told with no place: the dated one a dated report
                # tells was weighed by its place and people then (:meth:`_waiting`); this one
                # only by its kind, without the names of the report that now moved
                self._join_undated_earlier({a: 1.0 for a in current.article_ids if a != aid},
                                           {best.event_id_cnty: best}, now, unplaced=True)

    def _stays(self, overlaps: dict[str, float], current: Event | None, overlap: float) -> bool:
        """Does a report stay with the event it is linked to (``current``) when a recheck finds
        another that fits it better by its keys (:meth:`_link_key`: one its undated mention
        describes) but whose reports share with it ``overlap`` only: at most a
        ``stay_names_ratio``-th of what it shares with ``current``'s reports (``overlaps``)?
        A report of one incident is not taken by the other incident of its topic on the
        place and kind alone."""
        ratio = self.dedupe.stay_names_ratio
        if current is None or not ratio:
            return False
        mine = max((overlaps.get(a, 0.0) for a in current.article_ids), default=0.0)
        return mine >= ratio * overlap

    def _in_court(self, article_id: str) -> bool:
        """Does a stored report tell a court's proceedings (dedupe.court_terms: its text is not
        kept, its content words are)?"""
        return dedupe.court_terms(r["term"] for r in self._all(
            "SELECT term FROM report_terms WHERE article_id = ?", (article_id,)))

    def _join_undated_earlier(self, related: dict[str, float], events: dict[str, Event], now: int,
                              unplaced: bool = False, into_undated: bool = False) -> None:
        """Reports with no date stored earlier, naming the same people and places as a new
        report that was linked to a dated event (``events``), and that support only undated
        events: each of those is that event when its report would be linked to it now
        (:meth:`_link_key`: its undated mentions describe it, same family and place, and
        enough names in common with its reports), so the order of arrival does not matter
        (the names a report shares with an event grow with the reports that event gathers)."""
        # ``into_undated``: undated events (not dated ones) absorb undated events told with no place
        events = {k: e for k, e in events.items() if dedupe.is_undated(e) == into_undated
                  and not (into_undated and dedupe.unplaced(e))}
        ids = [a for a, v in related.items() if v >= self.dedupe.undated_join_names]
        if not events or not ids:
            return
        lonely, undated = self._lonely(ids)
        for aid in lonely:
            if aid not in undated:
                continue
            names = [x["name"] for x in self._all("SELECT name FROM report_names WHERE article_id = ?", (aid,))
                     if " " not in x["name"]]
            mentions, told = self._undated(aid), self._told_days([aid]).get(aid, "")
            for target in events.values():
                here = self.event(target.event_id_cnty)
                if here is None or aid in here.article_ids:
                    continue
                overlaps = self._weighed_undated(self._name_overlaps(names, here.article_ids))
                overlap = max(overlaps.values(), default=0.0)  # as :meth:`_link_related` weighs them
                key = self._link_key(here, mentions, overlap, None, told=told, article_id=aid)
                if key is None or key[0] and not (  # its undated mentions must tell the event
                        unplaced and overlap >= self.dedupe.undated_join_related_names
                        and any(dedupe.tells_kind(m, here) for m in mentions)):
                    continue  # (or, told with no place, its kind, with more names in common)
                for eid in sorted(undated[aid], key=id_order):
                    u = self.event(eid)
                    if u is None or set(u.article_ids) & set(here.article_ids) or self._other_incidents(u, here):
                        continue
                    if into_undated and not dedupe.unplaced(u):
                        continue
                    if not into_undated:
                        self._date_undated(u)
                    self._absorb(here.event_id_cnty, u, now, aid)
                    self._town_of_related(here.event_id_cnty, now, aid)
                    self._log(here.event_id_cnty, now, aid, "undated event named",
                              {"names_overlap": [None, round(overlap, 3)], "absorbed": [None, eid]})
                    here = self.event(here.event_id_cnty)
                break

    def _unlink_related(self, event: Event, article_id: str, moved_to: str, now: int) -> None:
        self._exec("DELETE FROM event_sources WHERE event_id_cnty = ? AND article_id = ? AND role = 'related'",
                   (event.event_id_cnty, article_id))
        self._exec('UPDATE events SET "timestamp" = ? WHERE event_id_cnty = ?', (now, event.event_id_cnty))
        self._log(event.event_id_cnty, now, article_id, "related report moved",
                  {"article_ids": [list(event.article_ids), [a for a in event.article_ids if a != article_id]],
                   "moved_to": [None, moved_to]})

    def _town_of_related(self, eid: str, now: int | None = None, article_id: str | None = None) -> None:
        """An event its dated reports place only at a county (geo_precision 3) is at the town
        inside that county that one of its related reports with no date tells it at (that
        report's undated mention describing it, dedupe.describes): a report with no date
        changes no other field, but "shot in Vista" is where the "San Diego County" event was
        (ACLED codes the most precise place any source gives, spec §4.2). The first such town
        in the order the reports were linked. Given `now`, the move is written to the event's
        history as its own entry (the caller that diffs the whole update passes none)."""
        e = self.event(eid)
        if e is None or e.geo_precision != 3 or not e.admin2:
            return
        for r in self._all("SELECT article_id FROM event_sources WHERE event_id_cnty = ? AND role = 'related'"
                           " ORDER BY seq", (eid,)):
            for m in self._undated(r["article_id"]):
                if (m.geo_precision or 3) < 3 and m.latitude is not None and (m.country_code, m.admin1, m.admin2) == (
                        e.country_code, e.admin1, e.admin2) and dedupe.describes(m, e, self.dedupe):
                    moved = e.replace(location=m.location, latitude=m.latitude, longitude=m.longitude,
                                      geo_precision=m.geo_precision, admin3=m.admin3)
                    self._update_event(moved)
                    if now is not None:
                        self._log(eid, now, article_id or r["article_id"], "town from a related report",
                                  dedupe.diff(e, moved))
                    return

    def _add_related(self, best: Event, article_id: str, overlap: float, now: int, why: dict | None = None) -> None:
        self._link_related_report(best, article_id, overlap, now, why)
        self._town_of_related(best.event_id_cnty, now, article_id)

    def _link_related_report(self, best: Event, article_id: str, overlap: float, now: int,
                             why: dict | None = None) -> None:
        best = self.event(best.event_id_cnty)
        self._exec(
            "INSERT INTO event_sources (event_id_cnty, article_id, seq, source, fatalities, event_json, added_at,"
            " role) VALUES (?, ?, ?, '', 0, '', ?, 'related')",
            (best.event_id_cnty, article_id, self._seq(_SOURCE_SEQ), now))
        self._exec('UPDATE events SET "timestamp" = ? WHERE event_id_cnty = ?', (now, best.event_id_cnty))
        self._log(best.event_id_cnty, now, article_id, "related report",
                  {"article_ids": [list(best.article_ids), [*best.article_ids, article_id]],
                   **(why or {"names_overlap": [None, round(overlap, 3)]})})

    # -- story groups ---------------------------------------------------------------

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
            by_names = near.get(aid, 0.0) >= s.group_names
            outside = max((v for o, v in alike.items() if o != aid and groups.get(o, o) != gid), default=0.0)
            by_words = alike.get(aid, 0.0) >= s.group_resemblance and alike.get(aid, 0.0) >= s.resemblance_ratio * outside
            if not (by_names or by_words):
                continue
            k = (not by_names, -near.get(aid, 0.0), -alike.get(aid, 0.0), aid)
            if key is None or k < key:
                best, key = aid, k
        if best is None:
            return
        gid = groups.get(best, best)
        if best not in groups:
            self._exec("INSERT INTO report_groups (article_id, group_id, joined_by, score, added_at)"
                       " VALUES (?, ?, '', 0, ?)", (best, gid, now))
        score = near.get(best, 0.0) if not key[0] else alike.get(best, 0.0)
        self._exec("INSERT INTO report_groups (article_id, group_id, joined_by, score, added_at)"
                   " VALUES (?, ?, ?, ?, ?)", (article_id, gid, best, round(score, 3), now))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["BaseStore", "LATEST_VERSION", "content_hash", "country_prefix", "UNKNOWN_PREFIX"]
