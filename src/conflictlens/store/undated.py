"""Undated events: what reports with no date tell, kept until a dated report dates or absorbs it.

Why apart: an undated event (dedupe.UNDATED, time_precision 0) is made, joined and dated by
its own rules (the days of the month and ages its reports give, the names they share).
"""
from __future__ import annotations

from ..model import Event
from . import dedupe
from .event_rows import id_order


class UndatedEvents:
    """Undated events made from reports with no date, and their joining dated events later."""

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
        town, told by reports with no date, is not dated by the news of a later one. Nor is
        one whose reports tell people's ages, none of them this report's (:meth:`_ages_apart`:
        nor a year off, when they share ``told_days_names`` of their names or more), nor one
        whose reports share with it only the place's and unspecific names
        (:meth:`_place_names_only`, ``place_names_dated``: as a report with no date is not linked)."""
        out = []
        s = self.dedupe
        least = min(s.undated_join_names, s.told_date_names or 1.0)
        for e in self._undated_coded_by(a for a, v in near.items() if v >= least).values():
            if e.event_id_cnty in claimed or article_id in e.article_ids:
                continue
            # a report linked to it by its words alone tells nothing of whom or where it is about
            own = self._told_by_names(e)
            overlap = max((near.get(a, 0.0) for a in own), default=0.0)
            if overlap < s.undated_join_names and not (
                    s.told_date_names and overlap >= s.told_date_names and dedupe.describes(e, event, s)
                    and any(dedupe.told_exact_day(event, t) for t in self._told_days(own).values())):
                continue  # (its reports telling this event's very day, kind and place: fewer)
            same_ages = self._same_ages([article_id], own)  # the same people: days do not decide
            if overlap < s.told_days_names and not same_ages and not all(
                    dedupe.fits_told_days(event, t, s) for t in self._told_days(e.article_ids).values()):
                continue  # its reports give days of the month far from this event's
            if people and s.undated_people_reports and len(e.article_ids) >= s.undated_people_reports \
                    and overlap < s.told_days_names and self._other_people(article_id, people, event, e):
                continue  # several reports tell whom it is about: other people than this report's
            if self._ages_apart([article_id], e.article_ids, overlap, (event, e)):
                continue  # its reports tell other people's ages than this report's
            if self._other_people_waiting(article_id, e, own, overlap):
                continue  # its reports tell other people, ages this report does not tell
            several = s.several_killed and (event.fatalities or 0) >= s.several_killed \
                and dedupe.same_toll(event, e) and dedupe.describes(e, event, s)  # the toll tells it
            if s.place_names_dated and not several and self._place_names_only(article_id, e, [event]):
                continue  # only the town's, its officials' and its hospitals' names in common
            # what any of its reports tells with no date (not only the lead that made it)
            told = dedupe.describes(e, event, s) or any(
                self._told(self._undated(a), event) for a in e.article_ids) \
                or self._told_elsewhere(own, [e], [article_id], event)
            # both acts of violence; or an undated event told with no place, whose kind is all it
            # tells, and a label the dated report's own sentence gives that incident (``unplaced_pairs``)
            both = (dedupe.is_violent(event) and dedupe.is_violent(e)) or (
                s.unplaced_pairs and dedupe.unplaced(e) and dedupe.unplaced_pair(e, event)
                and dedupe.actors_compatible(e, event))
            if told or (overlap >= s.undated_join_related_names and both) \
                    or (overlap >= s.unplaced_names and dedupe.tells_kind(e, event)):
                out.append((e, overlap, told))
        out.sort(key=lambda x: (not x[2], -x[1], id_order(x[0].event_id_cnty)))
        return [(e, overlap) for e, overlap, _ in out]

    def _other_people_waiting(self, article_id: str, undated: Event, own: list[str], overlap: float) -> bool:
        """The test that keeps a report with no date from an event (RelatedLinking._link_key:
        fewer than ``undated_other_people_names`` of its names in common, other people named,
        ages the other side does not tell) read from the dated side (``waiting_other_people``):
        the dated report ``article_id`` and the ``undated`` event, told by its reports ``own``. Whichever of the
        two arrived first, they stay apart."""
        s = self.dedupe
        return bool(s.waiting_other_people and s.undated_other_people_names and own
                    and overlap < s.undated_other_people_names
                    and self._ages_not_told(own, [article_id])
                    and self._undated_other_people(article_id, undated.replace(article_ids=tuple(own))))

    def _told_elsewhere(self, mine: list[str], mentions: list[Event], theirs: list[str], event: Event,
                        ages_only: bool = False) -> bool:
        """Does one of ``mentions`` (told by the reports ``mine``) tell ``event`` (told by the
        reports ``theirs``) though the two are placed at two towns of one state, up to
        ``town_elsewhere_km`` apart (``named_town_elsewhere``)? Both acts of violence of the same family with compatible
        actors, one side's town among the names the other side's reports use, and the two sides
        naming someone in common by a full name (NameEvidence._share_people: not the place's, an
        office's, a street's or a hospital's) or telling the same ages (NameEvidence._same_ages).
        One report tells the shooting at the town of the victim's home, the next at the town
        of the road where it happened, which the first names too; a village is resolved to a
        namesake in the next county. ``ages_only``: the same ages alone will do (a report linked
        to an event: a story of one fire recalling the other, in the next town, names the same
        public figure)."""
        s = self.dedupe
        if not s.named_town_elsewhere or not mine or not theirs:
            return False
        for m in mentions:
            if not (dedupe.is_violent(m) and dedupe.is_violent(event) and dedupe.same_kind(m, event)):
                continue
            if not (m.country_code and m.admin1) or (m.country_code, m.admin1) != (event.country_code, event.admin1):
                continue
            apart = dedupe.distance(m, event)
            if apart is None or apart > s.town_elsewhere_km:
                continue  # the next town, not one across the state
            if not dedupe.actors_compatible(m, event):
                continue
            if not (self._names_town(mine, event) or self._names_town(theirs, m)):
                continue
            if self._same_ages(mine, theirs) or (
                    not ages_only and self._own_people_shared(mine, theirs, places=(m, event))):
                return True
        return False

    def _own_people_shared(self, mine: list[str], theirs: list[str], places=()) -> bool:
        """Do the reports of ``mine`` and of ``theirs`` name someone in common by a distinctive
        full name (as NameEvidence._share_people reads them; used by at most ``people_df`` stored
        reports, as for ``people_days``)? A victim's name is his incident's own; a governor's,
        named by the stories of two church fires of neighbouring towns years apart, is not."""
        full = self._people_full_names([*mine, *theirs], places)
        ours = {k: v for a in mine for k, v in full.get(a, {}).items()}
        others = {k: v for a in theirs if a not in mine for k, v in full.get(a, {}).items()}
        shared = {n for m, n in ours.items() for t, o in others.items() if m <= t or t <= m} | \
                 {o for m in ours for t, o in others.items() if m <= t or t <= m}
        if not shared:
            return False
        where, params = self._in("name", shared)
        users: dict[str, set[str]] = {}
        for r in self._all("SELECT name, article_id FROM report_names WHERE " + where, params):
            users.setdefault(r["name"], set()).add(r["article_id"])
        return any(len(us) <= self.dedupe.people_df for us in users.values())

    def _date_undated(self, undated: Event) -> None:
        """A dated report of an undated event arrived: the reports with no date that coded
        it become its related reports (they tell no date and change no field, like any
        report with no date linked to a dated event), so its row is the dated reports'; a count one
        of them told as a roundup (``roundup_tolls_withheld``) is no toll it lends."""
        if self.dedupe.roundup_tolls_withheld:  # a roundup's count lends the dated event no toll
            for r in self._all("SELECT article_id, event_json FROM event_sources WHERE event_id_cnty = ?"
                               " AND role = 'coded' AND fatalities > 0", (undated.event_id_cnty,)):
                if r["event_json"] and dedupe.told_as_roundup(dedupe.event_from_json(r["event_json"])):
                    self._exec("UPDATE event_sources SET fatalities = 0 WHERE event_id_cnty = ? AND article_id = ?",
                               (undated.event_id_cnty, r["article_id"]))
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
        hearing's or a funeral's); their weekdays keep them apart whatever names they share,
        as a baby's age told against others' ages, none a baby's, does (:meth:`_baby_apart`)."""
        mentions = self._undated(article_id)
        if not mentions:
            return []
        least = min(self.dedupe.undated_group_names, self.dedupe.same_toll_names, self.dedupe.same_ages_names)
        options = self._undated_coded_by(a for a, v in near.items() if v >= least)
        best, key, mention = None, None, mentions[0]
        told = self._told_days([article_id]).get(article_id, "")
        for e in options.values():
            if e.event_id_cnty in claimed or article_id in e.article_ids:
                continue
            overlap = max((near.get(a, 0.0) for a in self._told_by_names(e)), default=0.0)
            if overlap < self.dedupe.undated_group_names and not (
                    self._same_killing(mentions, e) and self._names_things_of(article_id, e)) and not (
                    overlap >= self.dedupe.same_ages_names and self._same_ages([article_id], self._told_by_names(e))
                    and (any(dedupe.describes(m, e, self.dedupe) for m in mentions)
                         or self._told_elsewhere([article_id], mentions, self._told_by_names(e), e))):
                continue
            # as many names in common, or the ages of the same people: the days of the month
            # its text gives do not decide (a funeral's), its weekdays still do
            same_ages = self._same_ages([article_id], self._told_by_names(e))
            days = told if overlap < self.dedupe.told_days_names and not same_ages else dedupe.told_weekdays(told)
            if days and not all(dedupe.told_days_meet(days, t, self.dedupe)
                                for t in self._told_days(e.article_ids).values()):
                continue  # its reports give days of the month far from this one's
            if overlap < self.dedupe.told_days_names and self._other_ages([article_id], e.article_ids):
                continue  # its reports tell other people's ages
            if self._baby_apart([article_id], e.article_ids):
                continue  # a baby's age against others' ages, none a baby's
            if self._place_names_only(article_id, e, mentions):
                continue  # only the town's and its officials' names in common: no one of its own
            own = self._told_by_names(e)
            for m in mentions:
                if dedupe.describes(m, e, self.dedupe) or dedupe.tells_kind(m, e) \
                        or self._told_elsewhere([article_id], [m], own, e):
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
            names = self._short_names(aid)
            mentions, told = self._undated(aid), self._told_days([aid]).get(aid, "")
            for target in events.values():
                here = self.event(target.event_id_cnty)
                if here is None or aid in here.article_ids:
                    continue
                overlaps = self._weighed_undated(self._name_overlaps(names, here.article_ids, article_id=aid))
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
