"""Which stored event a report's coded event is: by what it is, or by the names its reports share.

Why apart: the rules that join a coded row to a stored event (dedupe.matches, dedupe.corroborates)
change for other reasons than how reports that code nothing are linked.
"""
from __future__ import annotations

import math
from datetime import timedelta

from ..model import Event
from . import dedupe
from .event_rows import _ID_RE, _ORDER
from .identity.windows import PAGE_DATED_NOTE


class EventMatching:
    """The stored event a newly coded event joins, and the order a report's events look for it."""

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

    def _fold_own_rows(self, events: list[Event]) -> tuple[list[Event], list[tuple[int, Event]]]:
        """One report's rows that tell one incident twice, folded into one before they look for
        stored events: two rows of different families (the pipeline joins rows of one family
        itself, and keeps apart those it finds to be other incidents) that one report codes on
        the same day told (not a day window: a page-dated row reaches further) at the same place
        with compatible actors (dedupe.matches), their labels a pair the codebook lets tell one
        incident (dedupe.codebook_pair: a battle or a bombing and an attack on civilians), and
        at most one of them naming who did it (a group that fought one side and, by name, killed
        civilians did two things: two actor pairs, two rows, spec §0). A story codes the dead
        of its lead, killed by no one named, as an attack and the gunfire its body tells as a
        clash; stored apart, the two made two events and later reports of the incident split
        between them. Not a crime beside an act of violence, which the codebook does not rank
        (GVC train/dev folded 21 such rows and fell 0.991 -> 0.988). The folded row keeps the
        label ranked highest and the most precise day and place (dedupe.combine) and the higher
        toll (one report telling one incident twice: the fuller telling, not two incidents'
        dead). Returns the rows left and, for the history, (index in the rows left, row folded
        into it)."""
        s = self.dedupe
        if not s.enabled or not s.fold_own_rows or len(events) < 2:
            return events, []
        kept: list[Event] = []
        parts: list[list[Event]] = []
        folded: list[tuple[int, Event]] = []
        for ev in events:
            at = None
            if not ev.event_id_cnty and ev.time_precision:
                at = next((i for i, group in enumerate(parts)
                           if not group[0].event_id_cnty
                           and all(ev.event_date == o.event_date
                                   and dedupe.family(ev.event_type, ev.sub_event_type)
                                   != dedupe.family(o.event_type, o.sub_event_type)
                                   and dedupe.codebook_pair(*_label(ev), *_label(o))
                                   and not (_names_doer(ev) and _names_doer(o))
                                   and dedupe.matches(ev, o, s) for o in group)), None)
            if at is None:
                kept.append(ev)
                parts.append([ev])
                continue
            parts[at].append(ev)
            one = dedupe.combine(parts[at])
            kept[at] = one.replace(fatalities=max(o.fatalities or 0 for o in parts[at]),
                                   article_ids=kept[at].article_ids)
            folded.append((at, ev))
        return kept, folded

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

    def _same_people(self, article_id: str, people: list[str], near: dict[str, float],
                     least: int | None = None) -> dict[str, float]:
        """Stored reports that share at least ``people_names`` (``least``) of this report's
        distinctive full names (used by at most ``people_df`` stored reports) and
        ``people_overlap`` of its names: ``{article_id: names overlap}``. ``initial_names``: a
        name one side gives by initials is the other's written out (dedupe.initial_full_names)."""
        s = self.dedupe
        df = self._name_counts(people)
        rare = [n for n in people if df.get(n, 1) <= s.people_df]
        if not rare:
            return {}
        shared: dict[str, set[str]] = {}
        where, params = self._in("name", rare)
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where + " AND article_id <> ?",
                           (*params, article_id)):
            shared.setdefault(r["article_id"], set()).add(r["name"])
        near_ones = [a for a, v in near.items() if v >= s.people_overlap and a != article_id]
        if s.initial_names and near_ones:
            where, params = self._in("article_id", near_ones)
            for r in self._all("SELECT article_id, name FROM report_names WHERE " + where, params):
                if " " in r["name"]:
                    shared.setdefault(r["article_id"], set()).update(
                        n for n in rare if dedupe.initial_full_names(n, r["name"]))
        least = s.people_names if least is None else least
        return {a: near[a] for a, k in shared.items()
                if len(k) >= least and near.get(a, 0.0) >= s.people_overlap}

    def _corroborated(self, event: Event, related: dict[str, float], claimed: set[str],
                      article_id: str, shared_people: bool = False, report_names: list[str] = (),
                      recalled: bool = False, same_area: bool = False, late: bool = False) -> tuple[Event | None, dict]:
        """The stored event a related report coded, or is a related report of (linked to it by
        what it told: an undated report whose undated event a dated report of it dated), that
        this event is (dedupe.corroborates; ``shared_people``: the reports share distinctive full
        names), and why, for the history. ``report_names``: the new report's full names; a
        stored event told on another day whose reports name other people (:meth:`_other_people`)
        is not it. ``recalled``: the sentence telling the event recalls an older incident
        (dedupe.recalls: a trial), which an earlier stored event may be up to ``recalled_days`` before.
        ``same_area``: only an event in the same second-level unit (dedupe.same_area). ``late``: an
        event at the same place up to ``late_days`` apart when the later one is dated softly
        (dedupe.corroborates), found through a report that coded it, unless the reports tell
        people's ages and none the same; ``related``
        then holds overlaps down to ``same_ages_names``, enough when the new report tells two of
        the ages one of the event's reports tells (:meth:`_same_ages`, which also outweighs
        other people named), else ``related_names`` is needed."""
        best, key, why = None, None, {}
        coded = self._coded_by(related)
        for e in self._coded_by(related, ("coded", "related")).values():
            if e.event_id_cnty in claimed or article_id in e.article_ids:
                continue
            # through the reports that told it, not one linked to it by its words alone
            bridges = self._told_by_names(e) if self.dedupe.word_links_bridge_nothing else e.article_ids
            if not any(a in related for a in bridges):
                continue
            if not dedupe.corroborates(event, e, self.dedupe, people=shared_people, recalled=recalled, late=late) \
                    and not (late and self._late_elsewhere(article_id, event, e)) \
                    and not self._hearing_told(event, e):
                continue
            if same_area and not dedupe.same_area(event, e):
                continue
            late_gap = late and dedupe.day_gap(event, e, self.dedupe) > self.dedupe.related_days
            if late:
                # through the reports that coded it: a report linked to it (a roundup, a story
                # coding no violence) may tell a town's other incidents too
                coders = self._coding([e.event_id_cnty]).get(e.event_id_cnty, set())
                if not any(a in related for a in coders):
                    continue
            same_ages = late_gap and self._same_ages([article_id], e.article_ids)
            if late_gap and self._other_ages([article_id], e.article_ids):
                continue  # told months apart, other people's ages: the town's other incident
            coded_share = max((related.get(a, 0.0) for a in coders), default=0.0) if late else 0.0
            if late and not same_ages and coded_share < self.dedupe.related_names:
                continue  # fewer names in common than related_names: only the same two ages excuse it
            if late_gap and not same_ages and not self._late_names_tell(article_id, coders, related, event, e):
                continue  # weeks apart, only the town's names in common (no two ages): its other incident
            if report_names and self.dedupe.other_people_apart \
                    and dedupe.day_gap(event, e, self.dedupe) > self.dedupe.other_people_days:
                # found through its related reports alone: whom the reports that coded it name
                # (a report with no date its names linked for now may be about another incident)
                told = e if e.event_id_cnty in coded else e.replace(
                    article_ids=tuple(c.article_id for c in self.contributions(e.event_id_cnty)))
                # (told months apart: a hospital's name is no one's, a city's wounded all go there;
                # the same two ages are the same people, whoever else the reports name)
                shares_most = late_gap and self.dedupe.late_names_over_people \
                    and coded_share >= self.dedupe.late_names_over_people
                if not same_ages and not shares_most \
                        and self._other_people(article_id, report_names, event, told, care=late_gap):
                    continue
            by, overlap = max(((a, related[a]) for a in bridges if a in related), key=lambda x: x[1])
            # the most names in common, then the event more of the related reports tell (an
            # event a report mentions aside, which shares its best report, is told by fewer)
            k = (-overlap, -sum(1 for a in e.article_ids if a in related), dedupe.match_rank(event, e, self.dedupe))
            if key is None or k < key:
                best, key, why = e, k, {"related_report": [None, by], "names_overlap": [None, round(overlap, 3)]}
                if shared_people:
                    why["same_people"] = [None, True]
        return best, why

    def _hearing_told(self, event: Event, stored: Event) -> bool:
        """Is ``stored``, dated after ``event`` and coded only by reports telling a court's
        proceedings (:meth:`_in_court`), the killing ``event`` is, dated by its hearing? The
        rule a trial report meets when it arrives after the killing's reports (``recalled``:
        up to ``recalled_days`` after), read the other way round when the trial's reports came
        first (``hearing_first``): the order of arrival does not decide which incident it is.
        (ECB+ train under shuffled arrival: a trial's reports stored first made the hearing's
        day an event, and the killing's own report, arriving later, stayed apart.)"""
        if not self.dedupe.hearing_first or dedupe.is_undated(stored) or stored.event_date <= event.event_date:
            return False
        coders = self._coding([stored.event_id_cnty]).get(stored.event_id_cnty, set())
        if not coders or not all(self._in_court(a) for a in coders):
            return False
        return dedupe.corroborates(stored, event, self.dedupe, people=True, recalled=True)

    def _late_names_tell(self, article_id: str, coders, related: dict[str, float], event: Event,
                         stored: Event) -> bool:
        """For the late rule told more than ``related_days`` apart (``late_telling_names``): does
        the new report share with a report that coded ``stored`` a name telling one incident
        (NameEvidence._share_telling_name: a person's, a venue's; not the town's, its state's
        short form, an office's, a street's or a wire service's)? A wire brief names only the
        town, and a report of the town's next shooting weeks later names it too: a high overlap
        of place names alone is no follow-up."""
        if not self.dedupe.late_telling_names:
            return True
        return any(self._share_telling_name(article_id, c, places=(event, stored), streets=True)
                   for c in sorted(coders) if c in related)

    def _late_elsewhere(self, article_id: str, event: Event, stored: Event) -> bool:
        """The late rule (``late`` in :meth:`_corroborated`) wherever the two are placed, when
        the new report and a report that coded ``stored`` name someone in common by a full name
        (NameEvidence._share_people: not the place's, an office's, a street's or a hospital's)
        and one side's town is named by the other side's reports (``late_named_anywhere``), the
        two placed in other states or countries: a follow-up months later names the victim or the
        accused of the first reports, and one of the two resolved its small town to a namesake
        far away. A town neither names is where the follow-up tells something else happened; a
        neighbouring town of the same state, what happened there (a church burned twice, years
        apart, told at its town and at the next one)."""
        if not self.dedupe.late_named_anywhere or not dedupe.corroborates(event, stored, self.dedupe, late=True,
                                                                          anywhere=True):
            return False
        if (event.country_code, event.admin1) == (stored.country_code, stored.admin1):
            return False
        coders = sorted(self._coding([stored.event_id_cnty]).get(stored.event_id_cnty, set()))
        if not coders or not (self._names_town([article_id], stored) or self._names_town(coders, event)):
            return False
        return self._share_people([article_id], coders, places=(event, stored))

    def _names_town(self, article_ids: list[str], event: Event) -> bool:
        """Does one of these reports name ``event``'s town (or its district) as a name it uses?"""
        towns = [w.strip().lower() for w in (event.location or "").split(" - ") if w.strip()]
        if not towns or not article_ids:
            return False
        where, params = self._in("article_id", article_ids)
        names, nparams = self._in("name", towns)
        return self._one("SELECT COUNT(*) AS v FROM report_names WHERE " + where + " AND " + names,
                         (*params, *nparams))["v"] > 0

    def _absorb_late(self, eid: str, near: dict[str, float], claimed: set[str], article_id: str,
                     people: list[str], now: int) -> str:
        """Arrival order: event ``eid`` has just gained this report; a stored event the late rule
        (``late`` in :meth:`_corroborated`, the same test a new row meets) would join to it now is
        one with it. A late report stored first made an event of its own, and an on-time report
        whose names were too few for the late rule made another, which its siblings then joined
        by the day: the store decided once, at arrival. Only a later event dated softly, more than
        ``related_days`` after this one (:func:`_told_late`: nearer, the usual rules decided when
        its reports arrived; an earlier one is another incident this event's new report recalls).
        The two are merged (:meth:`_absorb`: the other goes to the deletions log, pointing to the
        survivor) into the one with the firmer date (:func:`_firmer`). Returns the surviving id."""
        s = self.dedupe
        least = min(s.related_names, s.same_ages_names)
        related = {a: v for a, v in near.items() if v >= least}
        for _ in range(s.late_absorb):
            here = self.event(eid)
            found, _why = self._corroborated(here, related, claimed | {eid}, article_id, report_names=people,
                                             late=True)
            if found is None or not _told_late(here, found, s) or set(found.article_ids) & set(here.article_ids) \
                    or self._other_incidents(found, here):
                break
            keep, other = (here, found) if _firmer(here, found) else (found, here)
            self._absorb(keep.event_id_cnty, other, now, article_id)
            claimed.discard(other.event_id_cnty)
            eid = keep.event_id_cnty
        return eid

    def _absorb_related(self, eid: str, related: dict[str, float], claimed: set[str], article_id: str,
                        people: list[str], now: int) -> str:
        """Arrival order: event ``eid`` has just gained this report; a stored event whose reports
        share ``related_names`` of this report's names and which the rules for a new row
        (:meth:`_corroborated`: dedupe.corroborates, within ``related_days`` for a crime; not
        another people's incident) would join to it now is one with it. Its report, stored
        first, dated the incident a few days off and made an event apart; arriving after this
        one, it would have joined this event through the names they share. Not when a report
        coded both (it told two incidents), nor when their reports' names tell two crimes
        (:meth:`_other_incidents`), and only an event one report coded (the lonely first report;
        two reports agreeing on another day tell another incident); unless ``eid`` is a second
        telling of the other, its reports but this one coding both (:meth:`_told_twice`). Up to
        ``related_absorb`` are merged into ``eid`` (:meth:`_absorb`). Returns ``eid``."""
        for _ in range(self.dedupe.related_absorb):
            here = self.event(eid)
            found, _why = self._corroborated(here, related, claimed | {eid}, article_id, report_names=people)
            if found is None or dedupe.is_undated(found) or self._other_incidents(found, here):
                break
            if (set(found.article_ids) & set(here.article_ids)
                    or len(self._coding([found.event_id_cnty]).get(found.event_id_cnty, ())) > 1) \
                    and not self._told_twice(here, found, related, article_id):
                break
            self._absorb(eid, found, now, article_id)
            claimed.discard(found.event_id_cnty)
        return eid

    def _told_twice(self, here: Event, found: Event, related: dict[str, float], article_id: str) -> bool:
        """Is ``here`` a second telling of ``found`` by the reports that coded both (``shared_told``)?
        Every report that coded ``here``, but the new one, coded ``found`` too, each time at the
        same place on another day (one report telling one incident twice: the shooting, then a
        "gun battle" on its trial's day; two places on one day are two incidents, or two readings
        of one place the store cannot choose between), and the new report's names tell ``found``
        through a report that coded it alone, not through the shared one."""
        if not self.dedupe.shared_told:
            return False
        coders = self._coding([here.event_id_cnty, found.event_id_cnty])
        mine = coders.get(here.event_id_cnty, set()) - {article_id}
        theirs = coders.get(found.event_id_cnty, set())
        if not mine or not mine <= theirs or not any(a in related for a in theirs - mine):
            return False
        told = {v.article_id: v for v in self.contributions(found.event_id_cnty) if v.article_id in mine}
        for v in self.contributions(here.event_id_cnty):
            if v.article_id not in mine:
                continue
            o = told.get(v.article_id)
            d = dedupe.distance(v, o) if o is not None else None
            if o is None or v.event_date == o.event_date or not (
                    v.location == o.location or (d is not None and d <= self.dedupe.place_window_km)):
                return False
        return True

    def _recheck_moved(self, eid: str, before: Event, claimed: set[str], article_id: str, now: int) -> str:
        """Arrival order: event ``eid`` has just gained this report, and its row moved (another
        day, another place: ``before`` is the row as it was). Where it stands now, a stored event
        may be the same incident by the rules a new row meets (:meth:`_candidates`,
        dedupe.matches: same family, day, place, compatible actors; not two crimes whose reports
        share too few names, :meth:`_other_incidents`): the first report told the wrong day and
        made an event apart from the one its siblings made, and the report dating it now shows
        the two are one. Up to ``recheck_moved`` of them are absorbed (:meth:`_absorb`: the
        other goes to the deletions log pointing to ``eid``, with history); each absorption
        may move the row again, so the test is run again from where it stands. Returns ``eid``."""
        s = self.dedupe
        for _ in range(s.recheck_moved):
            here = self.event(eid)
            if not _moved(before, here):
                break
            probe = self._as_dated(here)
            found = [c for c in self._candidates(probe)
                     if c.event_id_cnty != eid and c.event_id_cnty not in claimed and not dedupe.is_undated(c)
                     and not set(c.article_ids) & set(here.article_ids)
                     and dedupe.matches(c, probe, s) and not self._other_incidents(c, here)]
            if not found:
                break
            found.sort(key=lambda c: (dedupe.match_rank(here, c, s), c.event_id_cnty))
            self._absorb(eid, found[0], now, article_id)
            before = here
        return eid

    def _as_dated(self, here: Event) -> Event:
        """``here`` as the version that gave its day dates it: the row keeps its first report's
        notes, which may say the day was its page's (windows.page_dated) when a later report's
        text now tells it; the wider window of a page-dated crime is not the row's any more."""
        if PAGE_DATED_NOTE not in (here.notes or ""):
            return here
        days = [v for v in self.contributions(here.event_id_cnty)
                if (v.event_date, v.time_precision) == (here.event_date, here.time_precision)]
        told = next((v for v in days if PAGE_DATED_NOTE not in (v.notes or "")), None)
        return here if told is None else here.replace(notes=told.notes)


def _label(e: Event) -> tuple[str, str]:
    return e.event_type, e.sub_event_type


def _names_doer(e: Event) -> bool:
    """Does the row name who acted (actor1 not generic: not unidentified, civilians, a crowd)?"""
    return bool(e.actor1) and not e.actor1.lower().startswith(dedupe._GENERIC)


def _told_late(here: Event, found: Event, s: dedupe.DedupeSettings) -> bool:
    """Is ``found`` what the late rule joins only: dated, later than ``here`` by more than
    ``related_days``, and softly (windows.soft_day: counted from a page published long after)?"""
    return (not dedupe.is_undated(found) and found.event_date > here.event_date and dedupe.soft_day(found)
            and dedupe.day_gap(here, found, s) > s.related_days)


def _firmer(a: Event, b: Event) -> bool:
    """Of two stored events found to be one, does ``a`` survive? The one whose day its reports'
    text tells (not soft: windows.soft_day), then the more precise day, then the older id (a row
    keeps its id for life: the codebook's living data)."""
    def key(e: Event) -> tuple:
        m = _ID_RE.match(e.event_id_cnty or "")
        return (dedupe.soft_day(e), e.time_precision or 99, m.group(1) if m else "", int(m.group(2)) if m else 0)
    return key(a) <= key(b)


def _moved(before: Event, after: Event) -> bool:
    """Did an event's row change its day or its place (what dedupe.matches compares)?"""
    return (before.event_date, before.time_precision, before.latitude, before.longitude, before.location) != \
        (after.event_date, after.time_precision, after.latitude, after.longitude, after.location)
