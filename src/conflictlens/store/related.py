"""Related reports: a report that codes no act of violence, linked to the event it is about.

Why apart: a related report joins an event's reports and changes none of its fields; when
it may be linked (windows, names, its undated mentions) and moved later is its own rule set.
"""
from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from ..model import Event
from . import dedupe
from .event_rows import _ORDER, _SOURCE_SEQ, _date, id_order


class RelatedLinking:
    """Linking a report that codes no violence to the stored event it tells, now or when a better one comes."""

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

    def _told_far(self, event: Event, told: str, overlap: float) -> bool:
        """Does a report with no date sharing less than ``far_told_days_names`` of its names with
        ``event``'s reports give days of the month further than ``far_told_days`` from a dated
        ``event`` (:func:`dedupe.fits_told_days` with that window)? The names it shares past
        ``told_days_names`` excuse a funeral's or a hearing's day a few weeks off, not one months
        away: "Dec. 6" is no day of a May riot in the same capital."""
        s = self.dedupe
        weekdays = set(dedupe.told_weekdays(told).split(","))
        days = ",".join(t for t in (told or "").split(",") if t not in weekdays)  # not its weekdays
        if not days or overlap >= s.far_told_days_names or dedupe.is_undated(event):
            return False
        return not dedupe.fits_told_days(event, days, replace(s, told_days=s.far_told_days))

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
        exact_day = published is None and dedupe.told_exact_day(event, told)  # its very day told
        if overlap >= self.dedupe.told_days_names and not self._told_far(event, told, overlap):
            # as many names in common: the days its text gives do not decide (a funeral's), but
            # against an undated event the weekdays still do: each report dates its own violence
            told = dedupe.told_weekdays(told) if dedupe.is_undated(event) else ""
        days = max(days or 0, self.dedupe.people_days if same_people else 0) or None
        if coded_overlap >= self.dedupe.related_names and any(
                (dedupe.describes(m, event, self.dedupe) or dedupe.tells_kind(m, event))
                and dedupe.recalls(m, published) for m in mentions):
            days = max(days or 0, self.dedupe.recalled_days)  # a trial, an anniversary: it tells it
        if published is not None and self.dedupe.late_link_names and dedupe.is_violent(event) \
                and coded_overlap >= self.dedupe.late_link_names and article_id \
                and len(self._short_names(article_id)) >= dedupe.MIN_NAMES:
            # a follow-up months on, telling it in its names (not a brief: its few names say little)
            days = max(days or 0, self.dedupe.late_days)
        if not self._may_link(event, published, days, told):
            return None
        told = self._told(mentions, event) or (bool(article_id) and self._told_elsewhere(
            [article_id], mentions, [a for a in self._told_by_names(event) if a != article_id], event,
            ages_only=True))
        s = self.dedupe
        least = s.undated_names if told else s.related_names if published else s.undated_related_names
        if not told and any(dedupe.tells_kind(m, event) for m in mentions):
            least = min(least, s.unplaced_names)  # what it is, told with no place
        if same_people:  # its reports share distinctive full names with this one
            least = min(least, s.people_overlap)
        several = published is None and s.several_killed and told and (event.fatalities or 0) >= s.several_killed \
            and self._same_killing(mentions, event)  # several killed: the toll tells the incident
        if published is None and article_id and overlap >= s.same_toll_names \
                and self._same_killing(mentions, event) and (several or self._names_things_of(article_id, event)):
            least = min(least, s.same_toll_names)
        if exact_day and told and s.told_date_names:
            least = min(least, s.told_date_names)  # the same kind, place and day: the same incident
        if published is None and article_id and told and overlap >= s.same_ages_names \
                and self._same_ages([article_id], self._told_by_names(event)):
            least = min(least, s.same_ages_names)  # the same people's ages: the same incident
        if overlap < least:
            return None
        if published is None and article_id and self._ages_apart([article_id], event.article_ids, overlap,
                                                                 (event, *mentions)):
            return None  # its reports tell other people's ages: another incident of the town
        if published is None and article_id and not several and self._place_names_only(article_id, event, mentions):
            return None  # only the town's and its officials' names in common: no one of its own
        if published is None and article_id and overlap < s.undated_other_people_names \
                and self._ages_not_told([article_id], event.article_ids) \
                and self._undated_other_people(article_id, event):
            return None  # other people, other ages than the event's reports: another incident
        # an event with neither day nor place is not the likelier for being violence: its kind is
        # all it tells (``bare_not_violence_first``), and of two alike, the dated placed one first
        bare = s.bare_not_violence_first and dedupe.is_undated(event) and dedupe.unplaced(event)
        return (not told, not (told and self._told_near(mentions, event)), not dedupe.is_violent(event) or bare,
                -overlap, bare, id_order(event.event_id_cnty))

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
        if published is None and self.dedupe.told_date_names:
            # reports sharing fewer names than most rules use bring in only the events whose very
            # day this report tells (``told_date_names``: dedupe.told_exact_day)
            floor = self._names_floor()
            usual = self._coded_by([a for a, v in related.items() if v >= floor],
                                   ("coded", "related") if brief else ("coded",))
            events = {k: e for k, e in events.items() if k in usual or dedupe.told_exact_day(e, told)}
        coding = self._coding(events) if published is not None and (
            mentions or in_court or self.dedupe.late_link_names) else {}
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
            # (not a roundup's count: a toll gathered over several incidents is none of them's)
            told = next((m for m in mentions if dedupe.describes(m, best, self.dedupe) and m.fatalities
                         and not (self.dedupe.roundup_tolls_withheld and dedupe.told_as_roundup(m))), None) \
                if published is None and (dedupe.is_undated(best) or self.dedupe.undated_tolls_to_dated) \
                and self.dedupe.undated_related_tolls else None
            self._link_related_report(best, article_id, best_overlap, now, toll=told.fatalities if told else 0)
            if told is not None:
                # an undated event's toll is what its reports with no date tell of it (a later death)
                merged = self._recombine(best.event_id_cnty, now)
                if merged.fatalities != best.fatalities:
                    self._log(best.event_id_cnty, now, article_id, "related toll",
                              {"fatalities": [best.fatalities, merged.fatalities]})
            # after the rebuild from the sources, which knows no town a related report lends
            self._town_of_related(best.event_id_cnty, now, article_id)
        return best is not None

    def _weighed_undated(self, overlaps: dict[str, float], dated_only: bool = False) -> dict[str, float]:
        """What a report with no date shares with others (``{article_id: overlap}``), as it
        counts: two reports with no date say less by their names (a city, its police), so what
        it shares with another undated report counts from ``undated_group_names`` on; with
        ``dated_only``, not at all."""
        dated = self._dated(overlaps)
        least = math.inf if dated_only else self.dedupe.undated_group_names
        return {a: v for a, v in overlaps.items() if a in dated or v >= least}

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
                      as_when_linked: bool = False, follow: bool = True) -> None:
        """Reports stored earlier that coded no act of violence, about an event this report
        coded: linked to it now, or moved to it from the event they were linked to when it
        fits them better (:meth:`_link_key`), so the order of arrival does not matter. One
        with no date is weighed against the dated reports alone; ``as_when_linked`` (the new
        report coded nothing, it is only linked to the event: weaker evidence than a coded
        row), as it was when it was linked (:meth:`_weighed_undated`). ``follow``: the reports
        left on an event one of them moved from are weighed again (:meth:`_follow_moved`)."""
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
        moves: dict[str, str] = {}  # event left -> event moved to
        for r in lonely:
            aid = r["article_id"]
            published = _date(r["published"]) if r["published"] else None
            current = self.event(linked[aid]) if aid in linked else None
            options = [e for e in mine if aid not in e.article_ids] + ([current] if current is not None else [])
            if current is None and not options:
                continue
            names = self._short_names(aid)
            overlaps = self._name_overlaps(names, [a for e in options for a in e.article_ids if a != aid],
                                           article_id=aid)
            if published is None:  # wherever it is now
                overlaps = self._weighed_undated(overlaps, dated_only=not as_when_linked)
            elif self._neighbour_towns(current, options):
                # between two neighbouring towns' events, a report tells the one whose reports share
                # several of its names, not one a brief ties it to by a handful (the town, a governor)
                own = set(names)
                overlaps = {a: v for a, v in overlaps.items()
                            if len(own & set(self._short_names(a))) >= dedupe.MIN_NAMES}
            mentions = self._undated(aid)
            # a court report (a verdict, an indictment) stored before the killing's reports:
            # the same window as had it come after them (:meth:`_court_days`)
            in_court = published is not None and self._in_court(aid)
            coding = self._coding(e.event_id_cnty for e in options) \
                if published is not None and (mentions or in_court or self.dedupe.late_link_names) else {}
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
                moves.setdefault(current.event_id_cnty, best.event_id_cnty)
            self._add_related(best, aid, best_overlap, now)
            if self.dedupe.recheck_word_links and self.dedupe.word_links_follow_moves:
                # the reports its events' word links rest on changed: weighed again (:meth:`_recheck_word_links`)
                self._recheck_word_links(aid, now)
            if current is not None and dedupe.is_undated(current) and dedupe.unplaced(current) \
                    and self.dedupe.undated_follows and not dedupe.is_undated(best):
                # the undated event it leaves, told with no place: the dated one a dated report
                # tells was weighed by its place and people then (:meth:`_waiting`); this one
                # only by its kind, without the names of the report that now moved
                self._join_undated_earlier({a: 1.0 for a in current.article_ids if a != aid},
                                           {best.event_id_cnty: best}, now, unplaced=True)
        if follow and self.dedupe.moved_link_siblings:
            self._follow_moved(moves, now)

    def _follow_moved(self, moves: dict[str, str], now: int) -> None:
        """The reports still linked to an event a related report moved from (``moves``: event
        left -> event moved to) whose own names reach a report that coded the event moved to
        (:meth:`_worth_keeping`) are weighed between the two (:meth:`_link_earlier`, once, not
        followed further). The new report looked for its earlier reports from its side only,
        among the few its names reach first; had it come before them, each would have been
        weighed against its event from theirs, so the order of arrival does not matter."""
        for left, moved_to in moves.items():
            event = self.event(left)
            coders = self._coding([moved_to]).get(moved_to, set())
            if event is None or not coders:
                continue
            reach = {a: 1.0 for a in event.article_ids if a not in coders and self._worth_keeping(
                self._name_overlaps(self._short_names(a), coders, article_id=a))}
            if reach:
                self._link_earlier(reach, [moved_to], now, as_when_linked=True, follow=False)

    def _neighbour_towns(self, current: Event | None, options: list[Event]) -> bool:
        """Is one of ``options`` an event at another town of the state of ``current`` (the event
        a dated report is linked to; not a district of its town), up to ``town_elsewhere_km`` from
        it (``neighbour_few_names``)?
        Then :meth:`_link_earlier` counts what the report shares with a stored report only when
        they share ``MIN_NAMES`` names or more: a short report's few names (its town, its state, a
        governor's) are all of its names, so its share of them is high whatever the story."""
        if not self.dedupe.neighbour_few_names or current is None or not current.admin1:
            return False
        town = lambda e: (e.location or "").split(" - ")[0]  # noqa: E731 (a district is its town's)
        return any(e is not current and town(e) != town(current) and e.admin1 == current.admin1
                   and (d := dedupe.distance(e, current)) is not None and d <= self.dedupe.town_elsewhere_km
                   for e in options)

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

    def _unlink_related(self, event: Event, article_id: str, moved_to: str, now: int) -> None:
        """Drop a related report from ``event``: "related report moved" to the event
        ``moved_to``, or, with none, "related report unlinked" (a word link undone)."""
        self._exec("DELETE FROM event_sources WHERE event_id_cnty = ? AND article_id = ? AND role = 'related'",
                   (event.event_id_cnty, article_id))
        self._exec('UPDATE events SET "timestamp" = ? WHERE event_id_cnty = ?', (now, event.event_id_cnty))
        changes = {"article_ids": [list(event.article_ids), [a for a in event.article_ids if a != article_id]]}
        if moved_to:
            changes["moved_to"] = [None, moved_to]
        self._log(event.event_id_cnty, now, article_id,
                  "related report moved" if moved_to else "related report unlinked", changes)

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

    def _add_related(self, best: Event, article_id: str, overlap: float, now: int, why: dict | None = None,
                     toll: int = 0) -> None:
        self._link_related_report(best, article_id, overlap, now, why, toll=toll)
        self._town_of_related(best.event_id_cnty, now, article_id)

    def _link_related_report(self, best: Event, article_id: str, overlap: float, now: int,
                             why: dict | None = None, toll: int = 0) -> None:
        best = self.event(best.event_id_cnty)
        if best is None or self._is_source(best.event_id_cnty, article_id):
            return  # linked already (or coded it): moving a report there twice leaves one link
        self._exec(
            "INSERT INTO event_sources (event_id_cnty, article_id, seq, source, fatalities, event_json, added_at,"
            " role) VALUES (?, ?, ?, '', ?, '', ?, 'related')",
            (best.event_id_cnty, article_id, self._seq(_SOURCE_SEQ), toll, now))
        self._exec('UPDATE events SET "timestamp" = ? WHERE event_id_cnty = ?', (now, best.event_id_cnty))
        self._log(best.event_id_cnty, now, article_id, "related report",
                  {"article_ids": [list(best.article_ids), [*best.article_ids, article_id]],
                   **(why or {"names_overlap": [None, round(overlap, 3)]})})
