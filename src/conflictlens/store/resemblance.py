"""Linking reports by their words alone: the weakest link, made and rechecked as reports arrive.

Why apart: a report that neither codes violence nor shares enough names with any event's
reports is linked by how much its content words resemble theirs; those links are kept
apart from the names-based ones (they lend an event none of their names).
"""
from __future__ import annotations

import functools
import math
from datetime import date

from ..model import Event
from . import dedupe
from .event_rows import _date, id_order


def _own_place_words(e: Event) -> set[str]:
    """The words naming ``e``'s place below its country (dedupe.place_words without the
    country's words and without words many places' names share)."""
    country = dedupe.place_words(e.replace(location="", admin1="", admin2="", admin3=""))
    return dedupe.place_words(e) - country - _GENERIC_PLACE_WORDS


_GENERIC_PLACE_WORDS = frozenset(dedupe._cue_list("place_name_generic_words.txt"))


@functools.cache
def _country_words() -> dict[str, str]:
    """Lower-cased one-word country names ("italy") and countries' own adjectives ("italian":
    data/geo/demonyms.tsv), each to its ISO2 code; made once a process."""
    from ..geo.tables import countries, national_demonyms
    words = {n.lower(): cc for cc, (n, _num, _region) in countries().items() if " " not in n}
    for w, cc in national_demonyms().items():
        words.setdefault(w, cc)
    return words


def _countries_named(names: set[str]) -> set[str]:
    """The ISO2 codes of the countries a report's names (lower-cased single words) name: a
    one-word country name ("Italy") or a country's own adjective ("Italian")."""
    words = _country_words()
    return {cc for w in names if (cc := words.get(w))}


@functools.cache
def _gazetteer():
    """The gazetteer, opened once a process (read-only; never built here): None when absent."""
    try:
        from ..geo.gazetteer import Gazetteer
        return Gazetteer.open(build_if_missing=False)
    except Exception:  # noqa: BLE001 - no index: no country read from a place name
        return None


@functools.lru_cache(maxsize=50_000)
def _famous_place_country(word: str, people: int, ratio: float) -> str:
    """The ISO2 code of the country a one-word name places a report in without doubt: the
    gazetteer's largest place of that exact name (a country, a province, a district or a town)
    has ``people`` inhabitants or more and ``ratio`` times as many as any place of that name in
    another country ("Marseille", a big city whose namesakes elsewhere are villages); '' else
    (a name many countries' towns share, a small town, no place)."""
    gaz = _gazetteer()
    if gaz is None:
        return ""
    found = [c for c in gaz.lookup(word) if c.match == "exact" and c.level in ("country", "admin1", "admin2", "city")]
    if not found:
        return ""
    top = max(found, key=lambda c: c.population or 0)
    if (top.population or 0) < people:
        return ""
    others = max((c.population or 0 for c in found if c.country_code != top.country_code), default=0)
    return top.country_code if others * ratio <= top.population else ""


class ResemblanceLinking:
    """Reports linked to an event by the content words they share with its reports."""

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
        mine, df, weight, total = self._weighed_terms(article_id)
        if not mine:
            return {}
        # the candidates: reports sharing its rarest words (the words that tell an incident)
        rare = sorted((t for t in mine if 2 <= df.get(t, 1) <= max(20, total // 20)),
                      key=lambda t: (df.get(t, 1), t))
        # cut: some report sharing its rare words may be left out (:meth:`_resembling_back`)
        self._resembling_cut = (article_id, len(rare) > self.RARE_TERMS)
        rare = rare[:self.RARE_TERMS]
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
        if len(shared) > len(short):
            self._resembling_cut = (article_id, True)
        if not short:
            return {}
        return self._resemblances(mine, short, df, weight)

    def _weighed_terms(self, article_id: str):
        """A stored report's content words, how many reports use each (``df``, completed as
        other reports' words are read), the weight of a word (the rarer, the heavier: it reads
        ``df``) and the number of reports stored."""
        mine = [r["term"] for r in self._all("SELECT term FROM report_terms WHERE article_id = ?", (article_id,))]
        total = self._reports_stored() or 1
        df = self._term_counts(mine) if mine else {}
        weight = lambda t: math.log((total + 1) / max(1, df.get(t, 1)))  # noqa: E731
        return mine, df, weight, total

    def _resemblances(self, mine: list[str], ids: list[str], df: dict[str, int], weight) -> dict[str, float]:
        """How much each of these reports resembles one whose terms are ``mine`` (the same
        from either side): their terms read, ``df`` completed with those terms' counts, and
        every term weighed by ``weight`` (which reads ``df``)."""
        theirs: dict[str, list[str]] = {}
        where, params = self._in("article_id", ids)
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
        ``near``, the new one's comparison with all it resembles, was made already. With
        ``recheck_unlinked`` the comparison is two-sided: a lonely report the new one's shortlist
        leaves out, whose own finds the new one (:meth:`_resembling_back`), is linked as it would
        be arriving now (:meth:`_link_resembling`, :meth:`_link_unlinked`)."""
        resembling = near if near is not None else self._resembling(
            article_id, among=lambda ids: [*self._lonely(ids)[0], *self._related_only(ids)])
        ids = [a for a, v in resembling.items() if v >= self.dedupe.resemblance_link]
        # two-sided: reports whose own comparison finds this one, though its comparison left them out
        cut = getattr(self, "_resembling_cut", None) != (article_id, False)  # else it compared them all
        theirs = self._resembling_back(article_id, set(resembling)) if self.dedupe.recheck_unlinked and cut else {}
        lonely, undated = self._lonely(ids)
        self._move_linked_by_words(self._linked_by_words([*ids, *theirs]), now)
        back = [a for a in self._lonely(theirs)[0] if a not in lonely]
        published = self._published([*lonely, *back])
        for aid in back:  # as it would be linked, coming now (its comparison is the one just made)
            day = _date(published[aid]) if published.get(aid) else None
            own = self._undated_coded_by([aid])
            if own:
                self._link_unlinked(aid, day, set(own), now, theirs[aid])
            else:
                self._link_resembling(aid, day, now, theirs[aid])
        for aid in lonely:
            if aid not in published:
                continue
            day = _date(published[aid]) if published[aid] else None
            if aid not in undated:
                self._link_resembling(aid, day, now)
                continue
            found = self._resembled_event(aid, day, dated_only=True)
            if found is None:
                if self.dedupe.recheck_unlinked:  # an undated event its words tell, now
                    self._link_unlinked(aid, day, undated[aid], now)
                continue
            target, score = found
            for eid in sorted(undated[aid], key=id_order):
                self._joins_undated(eid, target, score, aid, now)

    #: how many lonely reports, of those sharing the most of a new report's rare words, are
    #: compared in full from their side (:meth:`_resembling_back`)
    UNLINKED_RECHECKS = 5
    #: of those, how many (sharing the most weight of its rare words) are first weighed by it
    UNLINKED_POOL = 50
    #: the reports sharing the most weight of its rare words looked at for those
    UNLINKED_SHARERS = 120

    def _resembling_back(self, article_id: str, seen: set[str]) -> dict[str, float]:
        """Lonely reports (:meth:`_lonely`) that this new report's comparison left out (``seen``:
        the ones it compared) but whose own comparison (:meth:`_resembling`, their rarest words,
        their shortlist) finds it at least ``resemblance_link``: ``{article_id: their comparison}``.
        Each report's shortlist is its own, so whether two reports of one story meet must not
        depend on which came first. Found through the word index by every rare word of this
        report (not only its ``RARE_TERMS`` rarest), ``UNLINKED_RECHECKS`` of them at most."""
        mine, df, weight, total = self._weighed_terms(article_id)
        if not mine:
            return {}
        rare = {t: weight(t) ** 2 for t in mine if 2 <= df.get(t, 1) <= max(20, total // 20)}
        shared: dict[str, float] = {}
        terms = list(rare)
        for i in range(0, len(terms), 500):
            where, params = self._in("term", terms[i:i + 500])
            for r in self._all("SELECT article_id, term FROM report_terms WHERE " + where + " AND article_id <> ?",
                               (*params, article_id)):
                if r["article_id"] not in seen:
                    shared[r["article_id"]] = shared.get(r["article_id"], 0.0) + rare[r["term"]]
        sharing = sorted(shared, key=lambda a: (-shared[a], a))[:self.UNLINKED_SHARERS]
        pool = set(self._lonely(sharing)[0]) | set(self._related_only(sharing))
        lonely = [a for a in sharing if a in pool][:self.UNLINKED_POOL]
        if not lonely:
            return {}
        # how much each resembles it (the same from either side): the likeliest are compared in full
        alike = self._resemblances(mine, lonely, df, weight)
        alike = {a: v for a, v in alike.items() if v >= self.dedupe.resemblance_link}
        out = {}
        for aid in sorted(alike, key=lambda a: (-alike[a], a))[:self.UNLINKED_RECHECKS]:
            near = self._resembling(aid)
            if near.get(article_id, 0.0) >= self.dedupe.resemblance_link:
                out[aid] = near
        return out

    def _link_unlinked(self, article_id: str, published: date | None, own: set[str], now: int,
                       near: dict[str, float] | None = None) -> bool:
        """A report that found no event when it came, so that its undated mentions made undated
        events only it supports (``own``), is linked now as it would have been had it come after
        the reports stored since (``recheck_unlinked``): the event its words resemble by the
        rules a report arriving now meets (:meth:`_resembled_event`, the same thresholds; an
        undated event too, which :meth:`_link_lonely`'s dated test leaves out) takes it as a
        related report, and its own undated events, which it would not have made, are absorbed
        (their ids to the deletions log). Returns whether it was linked."""
        mine = [e for e in self._events_in(sorted(own, key=id_order)) if list(e.article_ids) == [article_id]]
        if not mine or len(mine) != len(own):
            return False  # another report tells one of them: it found a partner
        found = self._resembled_event(article_id, published, near)
        if found is None:
            return False
        target, score = found
        if any(self._other_incidents(u, target) for u in mine):
            return False
        for u in mine:
            self._date_undated(u)  # its rows become related ones, as a link would have made them
            self._absorb(target.event_id_cnty, u, now, article_id)
        self._log(target.event_id_cnty, now, article_id, "related report",  # as a word link made on arrival
                  {"resemblance": [None, round(score, 3)], "absorbed": [None, [u.event_id_cnty for u in mine]]})
        return True

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
            names = self._short_names(aid)
            found = self._events_in([eid])
            if not found:
                continue
            if len(names) >= dedupe.MIN_NAMES:
                others = [a for a in found[0].article_ids if a != aid]
                if max(self._name_overlaps(names, others, article_id=aid).values(), default=0.0) >= self.dedupe.related_names:
                    continue
            out[aid] = eid
        return out

    def _move_linked_by_words(self, linked: dict[str, str], now: int) -> None:
        """Reports linked to an event by their words alone (:meth:`_linked_by_words`) move to
        the event their words resemble now, when that is another one, by ``resemblance_ratio``
        over the one they are linked to (:meth:`_resembled_event`): a report linked by its
        words when its incident's own reports were not stored yet is not left with the
        incident they resembled then, so the order of arrival does not matter. One whose words
        resemble no event now is unlinked (``word_links_undone``): its own story's reports, stored
        since, are the ones it resembles, as they would have been had they arrived first."""
        published = self._published(linked)
        for aid, eid in linked.items():
            day = _date(published[aid]) if published.get(aid) else None
            found = self._resembled_event(aid, day, current=eid)
            if found is None and not (self.dedupe.word_links_undone and self._linked_for_words(eid, aid)):
                continue
            if found is not None and found[0].event_id_cnty == eid:
                continue
            current = self.event(eid)
            if current is None:
                continue
            # no event resembled now: the link is undone, as it would not be made now
            moved_to = found[0].event_id_cnty if found is not None else ""
            self._unlink_related(current, aid, moved_to, now)
            if found is not None:
                self._add_related(found[0], aid, 0.0, now, why={"resemblance": [None, round(found[1], 3)]})

    def _linked_for_words(self, eid: str, article_id: str) -> bool:
        """Was this report's last link to event ``eid`` made for its words (a "related report"
        entry giving a resemblance)? A brief linked for the few names it shares is not undone
        when its words resemble nothing."""
        rows = self._all("SELECT changes FROM event_history WHERE event_id_cnty = ? AND article_id = ?"
                         " AND action = 'related report' ORDER BY seq", (eid, article_id))
        return bool(rows) and '"resemblance"' in (rows[-1]["changes"] or "")

    def _published(self, article_ids) -> dict[str, str | None]:
        """``{article_id: published}`` of these stored reports (as stored: an ISO day or None)."""
        ids = list(article_ids)
        if not ids:
            return {}
        where, params = self._in("article_id", ids)
        return {r["article_id"]: r["published"] for r in self._all(
            "SELECT article_id, published FROM reports WHERE " + where, params)}

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
        # an event's words are those of the reports that told it (its coders, those linked by
        # their names), not of a report its words alone linked: word links do not chain (a dated
        # event's too: ECB+ train whole store 0.896 -> 0.931, a jail death linked by its words to
        # a robbery drew the jail story's siblings after it). As a rival, a dated event keeps
        # them all: a report resembling two incidents alike is taken by neither
        tellers = {e.event_id_cnty: (self._told_by_names(e) if dedupe.is_undated(e) else self._told_not_by_words(e))
                   if s.word_links_resemble_nothing else e.article_ids for e in events}
        rivals = {e.event_id_cnty: tellers[e.event_id_cnty] if dedupe.is_undated(e) else e.article_ids
                  for e in events}

        def score(ids, mode: str) -> float:
            vals = [near[a] for a in ids if a in near]
            return (max(vals) if mode == "max" else sum(vals)) if vals else 0.0

        shared = s.word_rivals_unshared
        for mode in ("max", "sum"):
            scores = [(v, e) for e in events if (v := score(tellers[e.event_id_cnty], mode)) > 0]
            # of two alike, an act of violence before an arrest or a protest its reports also told
            ranked = sorted(scores, key=lambda x: (-x[0], shared and not dedupe.is_violent(x[1]),
                                                   id_order(x[1].event_id_cnty)))
            if not ranked:
                return None
            best, e = ranked[0]
            # a report of the best event too tells the rival no more than it (``word_rivals_unshared``)
            mine = set(e.article_ids) if shared else set()
            second = max((score([a for a in rivals[o.event_id_cnty] if a not in mine], mode) for o in events
                          if o.event_id_cnty != e.event_id_cnty), default=0.0)
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
        if published is None and self._placed_elsewhere(article_id, e, mentions):
            return None  # placed by name in a neighbourhood or town the event is not at
        if self._other_country(article_id, e):
            return None  # it names another country (its police, its people) and nothing of e's place
        return e, best

    def _other_country(self, article_id: str, e: Event) -> bool:
        """Does a report name a country (its name, or its adjective: "Italian police sources")
        other than ``e``'s, and no word of ``e``'s place (dedupe.place_words: town, units,
        country, adjective)? News names the country of the incident it tells; a story of a
        death in an Italian cell is alike in words to a death in an American prison, not the
        same incident (``word_links_other_country``)."""
        if not self.dedupe.word_links_other_country or not e.country_code:
            return False
        mine = set(self._short_names(article_id))
        if mine & dedupe.place_words(e):
            return False
        told = _countries_named(mine)
        if e.country_code in told:
            return False
        if self.dedupe.word_links_coded_country:  # the store's queries only when they can decide
            told |= self._countries_placed(article_id, mine)
        return bool(told) and e.country_code not in told

    def _countries_placed(self, article_id: str, names: set[str]) -> set[str]:
        """The countries of the places a report's own rows are coded at: the events it coded
        (an arrest, a raid) and its undated mentions placed by name (a town, a district or a
        province of their own). A report naming only a famous city and its island names its
        country as surely as one writing the country's name (``word_links_coded_country``);
        ``names`` are the report's short names, already read by the caller."""
        rows = self.events_for(article_id) + [m for m in self._undated(article_id)
                                               if m.location or m.admin1]
        s = self.dedupe
        return ({r.country_code for r in rows if r.country_code}
                | {cc for w in names
                   if (cc := _famous_place_country(w, s.famous_place_people, s.famous_place_ratio))})

    def _placed_elsewhere(self, article_id: str, e: Event, mentions: list[Event]) -> bool:
        """Does a report with no date place the violence it tells by name (an undated mention at a
        town or district whose name it writes) without naming any word of ``e``'s place (town or
        district, county, state: dedupe.place_words, its country's name and adjective and words
        many places' names share left out: data/store/place_name_generic_words.txt)? The words
        of one city's shootings are alike (a teenage boy, the hospital every victim is taken to);
        the neighbourhood each report names tells them apart, and a neighbourhood next to another
        lies within any distance window (``word_links_name_place``)."""
        if not self.dedupe.word_links_name_place or not e.location:
            return False
        mine = set(self._short_names(article_id))
        there = set().union(*(_own_place_words(m) for m in mentions if m.location and (m.geo_precision or 3) < 3))
        if not mine & there:
            return False  # it names no place of its own: nothing tells the two apart
        here = _own_place_words(e)
        return bool(here) and not mine & here

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

    def _told_not_by_words(self, e: Event) -> list[str]:
        """The reports of a dated ``e`` but those its history says were linked to it by their
        words (a "related report" entry giving a resemblance) and that no names link now
        (:meth:`_linked_by_words`). A report that told an undated event a dated report then
        dated became a related report of it, as a word link does, but its undated mention told
        the event: it keeps lending its words."""
        words = self._linked_by_words(e.article_ids)
        if not words:
            return list(e.article_ids)
        by_words = {r["article_id"] for r in self._all(
            "SELECT article_id, changes FROM event_history WHERE event_id_cnty = ? AND action = 'related report'",
            (e.event_id_cnty,)) if '"resemblance"' in (r["changes"] or "")}
        return [a for a in e.article_ids if not (a in words and a in by_words)]

    def _told_by_names(self, e: Event) -> list[str]:
        """The reports of ``e`` but those linked to it by their words alone
        (:meth:`_linked_by_words`): a word link says the story is alike, not that it names the
        people or the place of ``e``, so no dated event is ``e`` for the names it shares with one."""
        if not self.dedupe.word_links_name_nothing:
            return list(e.article_ids)
        words = self._linked_by_words(e.article_ids)
        return [a for a in e.article_ids if a not in words]
