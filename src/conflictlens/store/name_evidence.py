"""What the names reports share tell: the same incident, or two incidents of one town.

Why apart: matching, linking and undated events all weigh reports by the names, full names
and ages they share; one place computes those overlaps and tests.
"""
from __future__ import annotations

import math
import re

from ..model import Event
from . import dedupe


class NameEvidence:
    """Reports sharing names with a report, and the tests that tell two incidents apart by them."""

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
        rare = self._telling_names(names, df, total)
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
        out = self._name_overlaps(names, short, df, total, least=2, article_id=article_id)
        return self._worth_keeping(out, article_id)

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
        rare = self._telling_names(names, df, total)
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
        out = self._name_overlaps(names, keep, df, total, least=2, article_id=article_id)
        return self._worth_keeping(out)

    @staticmethod
    def _telling_names(names: list[str], df: dict[str, int], total: int) -> list[str]:
        """The names that can tell which reports are related: used by another stored report,
        and by too few (at most a twentieth of them, or 20) to be a common word."""
        return [n for n in names if 2 <= df.get(n, 1) <= max(20, total // 20)]

    def _names_floor(self) -> float:
        """The lowest of ``related_names``, ``undated_names``, ``undated_group_names`` and
        ``undated_join_names``: the least overlap most rules use."""
        s = self.dedupe
        return min(s.related_names, s.undated_names, s.undated_group_names, s.undated_join_names)

    def _worth_keeping(self, overlaps: dict[str, float], article_id: str | None = None) -> dict[str, float]:
        """The overlaps some rule may use: from :meth:`_names_floor` on; from ``told_date_names``
        on between a report with no date whose text gives days of the month and any other
        (RelatedLinking._link_key: a report telling the day of a dated event)."""
        s = self.dedupe
        floor = self._names_floor()
        low = s.told_date_names and {a for a, v in overlaps.items() if s.told_date_names <= v < floor}
        if low:
            told = self._told_days([*low, *([article_id] if article_id else [])])
            days = {a for a, t in told.items() if dedupe._month_days(t)}
            low = low if article_id in days else low & days
        return {a: v for a, v in overlaps.items() if v >= floor or (low and a in low)}

    def _name_overlaps(self, names: list[str], others, df: dict | None = None,
                       total: int | None = None, least: int = 1, article_id: str | None = None) -> dict[str, float]:
        """``{article_id: overlap}`` of a report's names with each stored report of ``others``
        that uses at least ``least`` names (dedupe.names_overlap). A name weighs less the more
        stored reports use it (a city; "Police" in a report that never writes "police").
        ``article_id``: the stored report whose names ``names`` are; a surname another report
        spells otherwise in the same person's full name is counted as its (``name_variants``:
        dedupe.surname_respellings)."""
        others = list(dict.fromkeys(others))
        if not others or not names:
            return {}
        total = total or self._reports_stored() + 1
        df = df if df is not None else self._name_counts(names)
        theirs: dict[str, list[str]] = {}
        people: dict[str, list[str]] = {}
        where, params = self._in("article_id", others)
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where, params):
            if " " not in r["name"]:  # full names (dedupe.report_people) are not counted here
                theirs.setdefault(r["article_id"], []).append(r["name"])
            else:
                people.setdefault(r["article_id"], []).append(r["name"])
        # (``initial_names``: a first name one side writes and the other gives as an initial,
        # dedupe.initialled_first_names, counts on neither side)
        unsaid: dict[str, tuple[set[str], set[str]]] = {}
        if article_id and (self.dedupe.name_variants or self.dedupe.initial_names) and people:
            mine = [r["name"] for r in self._all("SELECT name FROM report_names WHERE article_id = ?", (article_id,))
                    if " " in r["name"]]
            for a, ns in theirs.items():
                spelt = dedupe.surname_respellings(mine, people.get(a, ()), names, ns,
                                                   self.dedupe.variant_surname_letters) \
                    if mine and self.dedupe.name_variants else {}
                if spelt:
                    theirs[a] = list(dict.fromkeys(spelt.get(n, n) for n in ns))
                if mine and self.dedupe.initial_names:
                    mine_first, their_first = dedupe.initialled_first_names(mine, people.get(a, ()))
                    if mine_first or their_first:
                        unsaid[a] = (mine_first - set(ns), their_first - set(names))
        df.update(self._name_counts({n for ns in theirs.values() for n in ns} - set(df)))
        # each name's weight computed once, not once per report compared
        weight = {n: math.log((total + 1) / max(1, df.get(n, 1))) for ns in (names, *theirs.values()) for n in ns}
        said = lambda ns, gone: [n for n in ns if n not in gone]  # noqa: E731
        return {a: dedupe.names_overlap(said(names, unsaid.get(a, ((), ()))[0]), said(ns, unsaid.get(a, ((), ()))[1]),
                                        weight.__getitem__, self.dedupe.names_larger_share)
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
            names = self._short_names(aid)
            if len(names) < dedupe.MIN_NAMES:
                continue
            overlaps = self._name_overlaps(names, [x for x in b.article_ids if x not in a.article_ids],
                                           least=dedupe.MIN_NAMES, article_id=aid)
            if overlaps and max(overlaps.values()) >= self.dedupe.distinct_names:
                return False
            told = told or bool(overlaps)
        return told

    def _undated_other_people(self, article_id: str, event: Event) -> bool:
        """Does a report with no date name other people than ``event``'s reports (full names,
        offices left out: :meth:`_other_people`)? Two riots of one capital years apart, each
        told with its victim's and its prime minister's names, share the city's names only."""
        mine = [r["name"] for r in self._all("SELECT name FROM report_names WHERE article_id = ?", (article_id,))
                if " " in r["name"]]
        return bool(mine) and self._other_people(article_id, mine, event, event, titles=True)

    def _place_names_only(self, article_id: str, event: Event, mentions=()) -> bool:
        """Are the names a report shares with ``event``'s reports (those linked to it by their
        names: :meth:`_told_by_names`) only the words of the place (its town, units, country and
        the country's adjective: dedupe.place_words) and of offices (data/store/office_words.txt:
        "Prime Minister", "Police")? Every report of any incident of that town uses them: two
        killings of one capital years apart, told with no date, share no victim, no street, no
        suspect (``place_names_only``)."""
        if not self.dedupe.place_names_only:
            return False
        mine = set(self._short_names(article_id))
        theirs: set[str] = set()
        others = [a for a in self._told_by_names(event) if a != article_id]
        for a in others:
            theirs.update(self._short_names(a))
        shared = mine & theirs
        telling = shared - dedupe.place_words(event, *mentions) - dedupe.OFFICE_WORDS
        if telling and self.dedupe.nothing_specific:
            telling -= self._unspecific_names(telling, [article_id, *others])
        return bool(shared) and not telling

    def _names_tell_story(self, article_id: str, other: str, places=()) -> bool:
        """Do two stored reports share a name that tells one story (``group_telling_names``)? A
        full name of a person or thing (:meth:`_share_people`: the place's, a street's, a
        hospital's and an office's left out), or a one-word name that is none of the place's
        words (``places``: the events either report supports and the undated mentions either
        tells, dedupe.place_words), no office's, none that tells no incident
        (:meth:`_unspecific_names`) and no word other reports write in lower case
        (:meth:`_ordinary_words`: "Robbers" opening a brief). Two briefs of two incidents of one
        town share its name and the word their first sentences open with, nothing of their own."""
        if not self.dedupe.group_telling_names:
            return True
        return self._share_telling_name(article_id, other, places)

    def _share_telling_name(self, article_id: str, other: str, places=(), streets: bool = False) -> bool:
        """The test of :meth:`_names_tell_story`, whatever ``group_telling_names``: a full name
        of a person or thing, or a one-word name none of the place's, an office's or a word
        telling no incident. ``streets``: nor a word of a street's name either report writes
        ("Dirksen" of "Dirksen Parkway"): where a town's incidents recur, weeks apart."""
        if self._share_people([article_id], [other], places):
            return True
        shared = set(self._short_names(article_id)) & set(self._short_names(other))
        telling = shared - dedupe.place_words(*places) - dedupe.OFFICE_WORDS
        if telling and streets:
            telling -= self._street_name_words([article_id, other])
        if telling:
            telling -= self._unspecific_names(telling, [article_id, other])
        if telling:
            telling -= self._ordinary_words(telling)
        return bool(telling)

    def _street_name_words(self, article_ids) -> set[str]:
        """The words of the full names ending in a street word (data/store/street_words.txt)
        that these reports use: "dirksen" and "parkway" of "Dirksen Parkway"."""
        where, params = self._in("article_id", list(article_ids))
        return {w for r in self._all("SELECT name FROM report_names WHERE " + where, params)
                if " " in r["name"] and r["name"].split()[-1] in dedupe._STREET_WORDS for w in r["name"].split()}

    def _ordinary_words(self, names) -> set[str]:
        """Those of ``names`` that at least ``ordinary_word_reports`` other stored reports write in
        lower case: their content word (dedupe.report_terms: a plural's ``s`` dropped) is used
        by that many more reports than the name is. A report's names are its capitalised words
        it never writes in lower case, so a brief's opening word ("Robbers", "Gunfire") is one
        of its names; the other stories of the store show it is an English word."""
        least = self.dedupe.ordinary_word_reports
        names = list(dict.fromkeys(names))
        if not least or not names:
            return set()
        term_of = {n: (dedupe.report_terms(n) or [""])[0] for n in names}
        terms = self._term_counts({t for t in term_of.values() if t})
        counts = self._name_counts(names)
        return {n for n in names if term_of[n] and terms.get(term_of[n], 0) - counts.get(n, 0) >= least}

    def _unspecific_names(self, names: set[str], article_ids) -> set[str]:
        """Those of ``names`` that tell no one incident (``nothing_specific``): a street's, a
        hospital's or a newsroom's word (data/store/street_words.txt, care_place_words.txt,
        newsroom_words.txt: "Avenue", "Hospital", "Weather"; any word of a hospital's or a
        newsroom's full name, "Brackley" of "Brackley Hospital", or of an official's named after
        the office, "Marsh" of "Sheriff Jo Marsh"), an English word written as a name
        at a sentence's start ("Investigators", data/store/function_words.txt), the name of the
        outlet that published one of ``article_ids`` (its host: "WTOL" of wtol.com; a station
        covers every incident of its town), or a name too many stored reports use to tell
        (:meth:`_telling_names`)."""
        from ..geo.outlet import host_of
        where, params = self._in("article_id", list(article_ids))
        hosts = {w for r in self._all("SELECT url FROM reports WHERE " + where, params)
                 for w in re.findall(r"[a-z0-9]+", host_of(r["url"] or ""))}
        total = self._reports_stored() + 1
        df = self._name_counts(names)
        common = {n for n in names if df.get(n, 1) > max(20, total // 20)}
        words = dedupe._STREET_WORDS | dedupe.CARE_PLACE_WORDS | dedupe.NEWSROOM_WORDS | dedupe._FUNCTION_WORDS
        # the words of a hospital's or a newsroom's full name ("Brackley Hospital", "Action News"),
        # and (``officials_unspecific``) of an official's named after the office ("Sheriff Jo
        # Marsh": who speaks for every incident of the county, as :meth:`_share_people` reads it)
        offices = dedupe.OFFICE_WORDS if self.dedupe.officials_unspecific else frozenset()
        inside = {w for r in self._all("SELECT name FROM report_names WHERE " + where, params)
                  if " " in r["name"] and (r["name"].split()[-1] in dedupe.CARE_PLACE_WORDS | dedupe.NEWSROOM_WORDS
                                           or r["name"].split()[0] in offices)
                  for w in r["name"].split()}
        return {n for n in names if n in words or n in hosts or n in inside} | common

    def _other_ages(self, mine, theirs, slack: int = 0) -> bool:
        """Do reports of ``mine`` and of ``theirs`` both tell people's ages, and none the same
        (dedupe.told_ages), nor ``slack`` years off when each tells one age (a lone victim's,
        told 17 in one story and 18 in the next; among several people's ages one a year off is
        as likely another person's)? A town's other incident, told months apart by reports with
        no date: "a 2-year-old girl" is not "the 15-year-old boy"."""
        if not self.dedupe.other_ages:
            return False
        told, ages = self._ages_of(mine, theirs)
        near = {str(int(a) + d) for a in told for d in range(-slack, slack + 1)}
        return bool(told) and bool(ages) and not any(
            (near if len(told) == 1 == len(a) else told) & a for a in ages.values())

    def _ages_apart(self, mine, theirs, overlap: float, places=()) -> bool:
        """:meth:`_other_ages` of a report with no date and an event, or of a dated report and
        an undated event, sharing ``overlap`` of their names: below ``told_days_names`` no age
        the same; from it on (``ages_over_names``) none within ``ages_slack`` years either (of
        a report telling one age, against a report telling one). The
        names a town's incidents share (its streets, officers, outlets) do not make another
        victim's age the same; a victim told 17 in one story and 18 in the next is one person."""
        s = self.dedupe
        if overlap < s.told_days_names:
            if not self._other_ages(mine, theirs):
                return False
            # a victim's, an accused's or a venue's full name both name outweighs the ages
            # (one report tells the victim's, the other a witness's or the accused's)
            return not (s.ages_unless_people_below and self._share_incident_names(mine, theirs, places))
        if s.ages_over_names:
            return self._other_ages(mine, theirs, slack=s.ages_slack)
        return s.ages_unless_people and self._other_ages(mine, theirs, slack=s.ages_slack) \
            and not self._share_people(mine, theirs, places)

    def _share_people(self, mine, theirs, places=()) -> bool:
        """Do reports of ``mine`` and of ``theirs`` name someone or something in common by a
        full name (dedupe.report_people), those naming the place of ``places`` (events), an
        office ("Police Chief"), someone by his office ("Lieutenant Jo Marsh": who speaks for
        the police of every incident), a street or a hospital left out? A victim's or a suspect's
        name tells one incident where the ages told differ (one story tells the victim's, the
        other a witness's or a relative's): the town's, its streets' and its officials' do not."""
        full = self._people_full_names([*mine, *theirs], places)
        ours = {k: n for a in mine for k, n in full.get(a, {}).items()}
        others = {k: n for a in theirs if a not in mine for k, n in full.get(a, {}).items()}
        return any(m <= t or t <= m or self._respelt(ours[m], others[t]) for m in ours for t in others)

    def _share_incident_names(self, mine, theirs, places=()) -> bool:
        """:meth:`_share_people` without the names of companies and newsrooms (an outlet's
        owner in its copyright line, "Action News"): the victim, the accused, the apartment
        complex or the school both name, which a report sharing few names with an event's
        reports must name to be told apart from the town's other incidents by nothing else."""
        full = self._people_full_names([*mine, *theirs], places)
        outlet = dedupe.COMPANY_WORDS | dedupe.NEWSROOM_WORDS
        ours = {k: n for a in mine for k, n in full.get(a, {}).items() if not k & outlet}
        others = {k: n for a in theirs if a not in mine for k, n in full.get(a, {}).items() if not k & outlet}
        return any(m <= t or t <= m or self._respelt(ours[m], others[t]) for m in ours for t in others)

    def _respelt(self, a: str, b: str) -> bool:
        """Are two full names one person's, the surname spelled two ways (``name_variants``:
        dedupe.variant_full_names), or the first name written as its initial by one of them
        (``initial_names``: dedupe.initial_full_names, "J. Marsh" and "Jo Marsh")?"""
        return (self.dedupe.name_variants and dedupe.variant_full_names(a, b, self.dedupe.variant_surname_letters)) \
            or (self.dedupe.initial_names and dedupe.initial_full_names(a, b))

    def _people_full_names(self, ids, places=()) -> dict[str, dict[frozenset, str]]:
        """The full names of people and things the reports ``ids`` tell, by report: each name's
        word set to the name, those naming the place of ``places`` (events), an office, someone
        by his office, a street or a hospital left out (``_share_people``)."""
        place = dedupe.place_words(*places) if places else set()
        ids = [a for a in dict.fromkeys(ids) if a]
        full: dict[str, dict[frozenset, str]] = {}
        if not ids:
            return full
        where, params = self._in("article_id", ids)
        for r in self._all("SELECT article_id, name FROM report_names WHERE " + where, params):
            words = r["name"].split()
            if len(words) < 2 or set(words) & place or words[-1] in dedupe._STREET_WORDS \
                    or words[-1] in dedupe.CARE_PLACE_WORDS or words[0] in dedupe.OFFICE_WORDS \
                    or len([w for w in words if w not in dedupe.OFFICE_WORDS]) < 2:
                continue
            full.setdefault(r["article_id"], {})[frozenset(words)] = r["name"]
        return full

    def _baby_apart(self, mine, theirs) -> bool:
        """Does one side tell only a baby's age (``0``: dedupe.told_ages) and the other tell
        ages, none a baby's (``baby_apart``)? A baby is no teenager or adult of another
        incident's stories, whoever else the reports name."""
        if not self.dedupe.baby_apart:
            return False
        told, ages = self._ages_of(mine, theirs)
        theirs_told = set().union(*ages.values()) if ages else set()
        if not told or not theirs_told:
            return False
        return (told == {"0"} and "0" not in theirs_told) or (theirs_told == {"0"} and "0" not in told)

    def _ages_not_told(self, mine, theirs) -> bool:
        """Do reports of ``mine`` tell people's ages that no report of ``theirs`` tells, nor one a
        year off (they telling none counts)? Weaker than :meth:`_other_ages`: with other people
        named too it tells another incident (a 15-year-old's death, not the bank fire of the
        stories named); a victim told 17 in one story and 18 in the next is one person."""
        told, ages = self._ages_of(mine, theirs)
        # an age a year off is the same person's (a birthday, a slip: 17 in one story, 18 in the next)
        near = {str(int(a) + d) for a in told for d in (-1, 0, 1)}
        return bool(told) and not any(near & a for a in ages.values())

    def _same_ages(self, mine, theirs) -> bool:
        """Do the reports of ``mine`` tell at least ``same_ages`` of the ages one report of
        ``theirs`` tells (dedupe.told_ages)? "A 16-year-old and an 18-year-old" told by two
        reports of one town are the same people: one incident, whatever few names they share."""
        least = self.dedupe.same_ages
        if not least:
            return False
        told, ages = self._ages_of(mine, theirs)
        return len(told) >= least and any(len(told & a) >= least for a in ages.values())

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

    def _other_people(self, article_id: str, people: list[str], event: Event, stored: Event,
                      titles: bool = False, care: bool = False) -> bool:
        """Do the new report and the stored event's reports name other people? Both name
        some (full names, the events' place names left out: dedupe.report_people) and share
        none that only the stored event's reports use (an official quoted in the stories of
        several incidents is no one's identity): two incidents of one town, days apart.
        ``care``: a hospital's name (dedupe.CARE_PLACE_WORDS) is no one's either, nor
        (``late_officials_no_one``) a name opened by an office's word, nor a street's name only
        one side uses: the first stories of an incident often name only the police spokesman
        and the street (a street both name is still a name in common)."""
        place = {w for e in (event, stored) for v in (e.location, e.admin1, e.admin2)
                 for w in re.findall(r"[a-z]+", (v or "").lower())}
        offices = dedupe.OFFICE_WORDS if titles else frozenset()
        # ``titles``: an office's name ("Prime Minister", "Greek Prime Minister George") is no one's
        officials = care and self.dedupe.late_officials_no_one
        streets = dedupe._STREET_WORDS if titles else frozenset()
        cares = dedupe.CARE_PLACE_WORDS if care else frozenset()
        heads = dedupe.OFFICE_WORDS if officials else frozenset()
        keep = lambda ns: {n for n in ns if not set(n.split()) & place  # noqa: E731
                           and len([w for w in n.split() if w not in offices]) >= 2
                           and n.split()[0] not in heads
                           and n.split()[-1] not in streets and n.split()[-1] not in cares}
        mine = keep(people)
        others = [a for a in stored.article_ids if a != article_id]
        if not mine or not others:
            return False
        where, params = self._in("article_id", others)
        theirs = keep(r["name"] for r in self._all("SELECT name FROM report_names WHERE " + where, params)
                      if " " in r["name"])
        # the same person with or without a title ("Captain Jane Doe", "Jane Doe")
        # (``name_variants``: or its surname spelled otherwise, dedupe.variant_full_names; ``initial_names``:
        # or its first name written as an initial, dedupe.initial_full_names)
        same = lambda a, b: (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())  # noqa: E731
                             or self._respelt(a, b))
        if officials:  # a street counts only as a name both sides use (a link), never as someone else
            street = lambda n: n.split()[-1] in dedupe._STREET_WORDS  # noqa: E731
            mine, theirs = ({n for n in side if not street(n) or any(same(n, o) for o in other)}
                            for side, other in ((mine, theirs), (theirs, mine)))
            if not mine:
                return False
        if not theirs:
            return False
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
