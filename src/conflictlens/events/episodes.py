"""Grouping a report's mentions into episodes: the same event told in several sentences.

A report says "clashes erupted at the prison" in one paragraph, "fighting continued
throughout Friday and Saturday" in another and "28 members perished in the clashes"
in a third; these are one multi-day battle, written as one row per day (spec §5.2)
with its deaths counted once (spec §6). Mentions join an episode when their event
families agree (an explosion inside a battle joins the battle, spec §2.4), their
places agree (or they name none), their named actors do not contradict, and their
days are close.
"""
from __future__ import annotations

import dataclasses

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..model import PlaceMention
from ..geo.gazetteer import haversine_km
from .lexicon import aggregation_family, priority
from .mentions import EventMention
from ..actors.finder import parties_of

#: settings (kilometres, days); see docs in README "How events are coded"
PLACE_WINDOW_KM = 10.0
DAY_WINDOW = 3
#: days apart an incident dated in its own sentence is from the days told around an episode's
#: sentences for it to be another incident, not that episode re-dated (see ``_days_compatible``)
OTHER_INCIDENT_DAYS = 30


family = aggregation_family


def km(a: PlaceMention, b: PlaceMention) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def same_place(a: PlaceMention, b: PlaceMention, own_towns: bool = False) -> bool:
    """Within the place window, or a region (precision 3) and a place inside it: inside its
    state, and with ``own_towns`` a county holds only its own towns (a town of another county
    of the state is another place: "a man was shot in X County ... a woman was wounded in
    Brill", Brill in the next county)."""
    if km(a, b) <= PLACE_WINDOW_KM:
        return True
    if (a.geo_precision == 3 or b.geo_precision == 3) and a.country_code == b.country_code and a.admin1 == b.admin1:
        return not (own_towns and _county_and_outside_town(a, b) or own_towns and _county_and_outside_town(b, a))
    return False


def _county_and_outside_town(county: PlaceMention, town: PlaceMention) -> bool:
    """``county`` is a county-level place and ``town`` a precise one the gazetteer puts in
    another county."""
    return county.level == "admin2" and bool(county.admin2) and town.geo_precision < 3 \
        and bool(town.admin2) and town.admin2 != county.admin2


#: a county-level place and a town of another county told by their own sentences are two places
OWN_TOWNS = True


@dataclass
class Episode:
    mentions: list[tuple[EventMention, PlaceMention | None]] = field(default_factory=list)
    #: the type and sub-type settled for the episode when its mentions' own labels do not tell it
    #: (rows of one incident folded into one, events.fold)
    label: tuple[str, str] | None = None
    #: the episodes folded into this one (events.fold): each told the incident's dead, which are
    #: counted from the one that told most, never added up (events.rows)
    parts: list["Episode"] = field(default_factory=list)

    @property
    def family(self) -> str:
        if self.label is not None:
            return family(*self.label)
        m = self.mentions[0][0]
        return family(m.event_type, m.sub_event_type)

    @property
    def places(self) -> list[PlaceMention]:
        return [p for _, p in self.mentions if p is not None]

    def matches_place(self, place: PlaceMention, own_towns: bool = False) -> bool:
        """Same place as the episode's; a precise place is compared with the episode's precise
        places only, so a region never chains distinct towns into one event (``own_towns``:
        :func:`same_place`)."""
        precise = [p for p in self.places if p.geo_precision < 3]
        if place.geo_precision < 3 and precise:
            return any(same_place(place, p, own_towns) for p in precise)
        return any(same_place(place, p, own_towns) for p in self.places)

    def named_actors(self) -> set[str]:
        return {a.entry.name for m, _ in self.mentions for a in m.actors if a.entry is not None}

    def day_range(self) -> tuple[date, date] | None:
        days = [d for m, _ in self.mentions if m.date_source == "sentence" for d in m.days]
        return (min(days), max(days)) if days else None

    def best_type(self) -> tuple[str, str]:
        if self.label is not None:
            return self.label
        # (a weak word in a statement about the event, "no group claimed the attack", names no
        # kind of act over the event's own sentences: "a suicide bomber blew herself up")
        told = [m for m, _ in self.mentions if m.date_source != "reference" or m.candidate.strong]
        told = told or [m for m, _ in self.mentions]
        if any(m.event_type == "Explosions/Remote violence" and m.candidate.strong for m in told) \
                and all(_one_sided_battle(m) for m in told if m.event_type == "Battles"):
            # "Russia hits the grid in a massive attack" over a missile barrage: an attack word with
            # one armed side and no second one is the barrage itself, not a battle that outranks it
            told = [m for m in told if m.event_type != "Battles"]
        # a headline's label counts only for an event type the body tells too: a title word
        # ("Fighting") summarises loosely and does not make the body's missile attack a battle
        body = {m.event_type for m in told if not m.is_headline}
        labels = [(m.event_type, m.sub_event_type) for m in told
                  if not m.is_headline or not body or m.event_type in body]
        return min(labels, key=lambda x: priority(*x))


def _one_sided_battle(m: EventMention) -> bool:
    """A battle read only from a weak attack word ("attack", "hit") in a sentence naming at most
    one armed side: no fighting is told."""
    from ..actors.finder import parties_of
    armed = [a for a in m.actors if a.inter in (1, 2, 3, 4, 8) and not a.speaker]
    return not m.candidate.strong and len(parties_of(armed)) < 2


def _actors_compatible(ep: Episode, m: EventMention) -> bool:
    """Only a fully named, different pair of actors keeps a mention out of an episode:
    a single new name may be an ally or a unit of a side already there."""
    mine = {a.entry.name for a in m.actors if a.entry is not None}
    theirs = ep.named_actors()
    if len(mine) < 2 or len(theirs) < 2:
        return True
    return bool(mine & theirs)


def _armed_sides(m: EventMention) -> set[str]:
    """The armed sides a mention's sentence names (no civilians, protesters nor speakers)."""
    return parties_of([a for a in m.actors if a.inter not in (0, 5, 6, 7) and not a.speaker])


def _strike_on_civilians(m: EventMention) -> bool:
    """A one-sided strike told against civilians: an explosion's sentence naming civilians and at
    most one armed side ("Houthis fired a missile at the town, killing two women")."""
    return (m.event_type == "Explosions/Remote violence" and any(a.is_victim_role for a in m.actors)
            and len(_armed_sides(m)) <= 1)


def _strike_beside_battle(ep: Episode, m: EventMention) -> bool:
    """A strike on civilians and a clash of two armed sides that other sentences tell (at the same
    town, the same day, one side in both) are two events (spec §2.1, §2.4): only an explosion its
    own sentence tells inside the fighting, or the civilians of the battle's crossfire, join the
    battle. The headline is no account of its own."""
    def battle(e: EventMention) -> bool:
        return e.event_type == "Battles" and len(_armed_sides(e)) >= 2

    if m.is_headline:
        return False
    told = [e for e, _ in ep.mentions if not e.is_headline and e.sent_index != m.sent_index]
    same_sentence = [e for e, _ in ep.mentions if e.sent_index == m.sent_index]
    if same_sentence:
        return False
    if _strike_on_civilians(m):
        return any(battle(e) for e in told)
    if battle(m):
        return bool(told) and all(_strike_on_civilians(e) for e in told)
    return False


def _month_well_before(m: EventMention, anchor: date | None) -> bool:
    """``m``'s own sentence dates it to a month only ("August was the deadliest month") that
    ended over ``OTHER_INCIDENT_DAYS`` before the report's date ``anchor``."""
    if anchor is None or m.date_source != "sentence" or m.time_precision != 3 or not m.days:
        return False
    last = max(m.days)
    month_end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return (anchor - month_end).days > OTHER_INCIDENT_DAYS


def _page_day_apart_from_month(ep: Episode, m: EventMention, anchor: date | None) -> bool:
    """An incident only the page's date dates (the story's news: "was shot in a home invasion")
    and violence its own sentence dates to a month well before it (a statistic or a case the
    story recalls: "August was the city's deadliest month") are two incidents, whichever is
    told first: joined, the month re-dated the story's news to it, and the report then
    supported the old month, not its own incident."""
    told = [e for e, _ in ep.mentions]
    if _month_well_before(m, anchor):
        return bool(told) and all(e.date_source == "anchor" for e in told)
    if m.date_source == "anchor":
        return bool(told) and all(_month_well_before(e, anchor) for e in told)
    return False


def _days_compatible(ep: Episode, m: EventMention, anchor: date | None = None) -> bool:
    if _page_day_apart_from_month(ep, m, anchor):
        return False
    rng = ep.day_range()
    if m.date_source != "sentence" or not m.days:
        return True
    if rng is None and not m.in_passing:
        # an episode dated only around its sentences (a paragraph's, the narrative's day) is
        # not re-dated by an incident whose own sentence dates it over a week away ("a boy is
        # charged after shooting a friend on June 3" in a story of a shooting told Thursday)
        told = [d for e, _ in ep.mentions if e.date_source in ("paragraph", "narrative")
                and e.date_text != "publication date" for d in e.days if d != anchor]
        return not told or any(abs((d - t).days) <= OTHER_INCIDENT_DAYS for d in m.days for t in told)
    if rng is None:
        # days the episode's mentions take from a date told around them (not the page's): an
        # incident named in passing that its own sentence dates days apart ("had linked him to
        # a shooting that occurred Monday" beside the deputy shot Friday) is another
        # incident, not this one re-dated
        told = [d for e, _ in ep.mentions if e.date_source in ("paragraph", "narrative")
                and e.date_text != "publication date" for d in e.days if d != anchor]
        if not told:
            return True
        rng = (min(told), max(told))
    lo, hi = rng
    return all((lo - d).days <= DAY_WINDOW and (d - hi).days <= DAY_WINDOW for d in m.days)


def _other_day_other_act(ep: Episode, m: EventMention) -> bool:
    """An act of another kind that its own sentence dates to a day none of the episode's own
    sentences tells ("An airstrike on the district killed five on Saturday" beside Tuesday's
    clashes) is another event (spec §0: one event is one day, one place, one type), never a day
    of the episode: joined, its dead were added to the episode and spread over its days. The
    same kind of act told on a next day ("fighting continued on Wednesday") still continues it."""
    if m.is_headline or m.in_passing or m.date_source != "sentence" or not m.days:
        return False
    told = [e for e, _ in ep.mentions if not e.is_headline]
    days = {d for e in told if e.date_source == "sentence" for d in e.days}
    if not days or days & set(m.days):
        return False
    return all((e.event_type, e.sub_event_type) != (m.event_type, m.sub_event_type) for e in told)


def _lent_place(ep: Episode, m: EventMention) -> bool:
    """One of the two took its place from the other's sentence, which tells an incident of another day
    ("Rebels attacked a hamlet on Monday, killing three. On Wednesday, troops fought them in Y"): two
    events, each with its own day and toll, not one episode over both days with the tolls spread."""
    return any(em.place_lent_by == m.sent_index or m.place_lent_by == em.sent_index for em, _ in ep.mentions)


def _told_apart(ep: Episode, m: EventMention) -> bool:
    """The sentence that tells ``m`` tells an event of the episode as another one ("shelling killed two
    near X, as clashes continued elsewhere"): the two are not joined."""
    return any(em.sent_index == m.sent_index and em.candidate is not m.candidate
               and em.candidate.apart_from_lead != m.candidate.apart_from_lead for em, _ in ep.mentions)


@lru_cache(maxsize=1)
def _other_incident_re() -> re.Pattern:
    from .lexicon import default_lexicon
    words = default_lexicon().cues.get("other_incident_words", [])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I) if words else re.compile(r"(?!)")


def told_as_other_incident(m: EventMention) -> bool:
    """The mention's sentence tells its incident as another one ("in an unrelated incident",
    "separately, a man was shot"): ``other_incident_words`` in cues.toml; or follows, in its
    paragraph, a sentence counting the story's incident among others (``after_recap``)."""
    return m.after_recap or bool(_other_incident_re().search(m.evidence.text))


@lru_cache(maxsize=1)
def _recap_re() -> re.Pattern:
    from .lexicon import default_lexicon
    cues = default_lexicon().cues
    ordinals, nouns = cues.get("recap_ordinals", []), cues.get("recap_nouns", [])
    if not ordinals or not nouns:
        return re.compile(r"(?!)")
    # ("a second time", "for the second time": the same victim again, no other incident)
    return re.compile(r"(?<!\bfor )\b(?:the|its)\s+(?:" + "|".join(map(re.escape, ordinals)) + r")\s+(?:such\s+)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")s?\b", re.I)


def counts_among_others(sentence: str) -> bool:
    """The sentence counts the story's incident among others ("the third such shooting this
    year"): ``recap_ordinals`` and ``recap_nouns`` in cues.toml."""
    return bool(_recap_re().search(sentence))


def opens_new_item(m: EventMention) -> bool:
    """The sentence opens a new item of a roundup ("Separately, ...", "Elsewhere, ...", "In Galmudug,
    ...") and names a place of its own. Asked of a mention the gazetteer found no place for: the
    places told before it are the earlier items' scenes, not this one's, so it takes none of them
    and continues none of their episodes (an ACLED coder leaves an item unplaced rather than code
    it in the town of the item before)."""
    if not m.candidate.places:
        return False
    words = m.evidence.text.lstrip("-•*– ").casefold()
    openers = _lexicon_cues("new_item_openers")
    if any(words.startswith(w + " ") or words.startswith(w + ",") for w in openers):
        return True
    # ("In Maguindanao, troops clashed ...": the item opens on its own place)
    opening = re.match(r"in (?:the )?([^,]+),", words)
    return opening is not None and any(opening.group(1).startswith(p) for p in m.candidate.places)


def _lexicon_cues(name: str) -> list[str]:
    """A cue list of the default lexicon (data/events/cues.toml)."""
    from .lexicon import default_lexicon
    return default_lexicon().cues.get(name, [])


def build_episodes(mentions: list[EventMention], anchor: date | None = None
                   ) -> tuple[list[Episode], list[tuple[EventMention, str]]]:
    """Episodes in order of first mention, and the mentions left out with the reason."""
    episodes: list[Episode] = []
    dropped: list[tuple[EventMention, str]] = []
    # the headline summarises the body: read it last, and let it join what the body tells
    ordered = [m for m in mentions if not m.is_headline] + [m for m in mentions if m.is_headline]
    for m in ordered:
        if m.is_headline:
            fam = family(m.event_type, m.sub_event_type)
            countries = {p.country_code for p in m.places} | m.vague_countries
            fitting = [e for e in episodes if e.family == fam and (
                not countries or any(p.country_code in countries for p in e.places))]
            # a headline placed only by the report's town joins the episode at that town, not
            # the first one told (a county's, when the town lies in another county)
            target = next((e for e in fitting if m.place_source == "report" and m.places
                           and e.matches_place(m.places[0], OWN_TOWNS)), fitting[0] if fitting else None)
            if target is not None:
                # its place may be more precise than the body's ("near Beledweyne" vs a region)
                same_country = [p for p in m.places if any(p.country_code == q.country_code for q in target.places)]
                target.mentions.append((m, same_country[0] if same_country else None))
                continue
        if m.date_source == "reference" or (not m.candidate.strong and not m.places and not m.vague_place_only):
            # "confirmed the abduction", "five were killed in the strikes": part of an event
            # already told (a weak trigger may join any violent episode: its deaths belong there)
            violent = ("armed", "civilians") if not m.candidate.strong else (family(m.event_type, m.sub_event_type),)
            target = next((e for e in reversed(episodes) if e.family in violent or
                           e.family == family(m.event_type, m.sub_event_type)), None)
            if target is not None:
                target.mentions.append((m, None))
                continue
            if m.date_source == "reference":
                dropped.append((m, "refers to an event not described"))
                continue
        if not m.days:
            dropped.append((m, "no codable date"))
            continue
        if m.time_precision not in (1, 2, 3):
            dropped.append((m, "date vaguer than a month"))
            continue
        fam = family(m.event_type, m.sub_event_type)
        pool = [e for e in episodes if e.family == fam and _actors_compatible(e, m) and _days_compatible(e, m, anchor)
                and not _told_apart(e, m) and not _strike_beside_battle(e, m)
                and not _other_day_other_act(e, m) and not _lent_place(e, m)] if not told_as_other_incident(m) else []
        attack = _attack_it_belongs_to(episodes, m, anchor) if fam == _PROPERTY else None
        if attack is not None:
            attack.mentions.append((m, None))
            continue
        if m.place_source == "sentence":
            # a county holds only its own towns, but a town told as where a person is from
            # ("Jo Reyes, 40, of Brill, died") is no scene: it stays with the county's event
            own_towns = OWN_TOWNS and not (m.person_place or m.person_modifier_place)
            for place in m.places:
                target = next((e for e in reversed(pool) if e.matches_place(place, own_towns)), None)
                if target is None:
                    target = Episode()
                    episodes.append(target)
                target.mentions.append((m, place))
            continue
        if m.vague_place_only:
            # "the prison in northeastern Syria": continues an episode in that country, or is
            # known only at country level and not recorded (spec §4.1)
            target = next((e for e in reversed(pool) if any(p.country_code in m.vague_countries
                                                             for p in e.places)), None)
            if target is None:
                dropped.append((m, "known only at country level"))
            else:
                target.mentions.append((m, None))
            continue
        # no place of its own: the episode it continues, else its paragraph's place
        target = None
        if m.place_source == "paragraph":
            target = next((e for e in reversed(pool) if e.matches_place(m.places[0])), None)
        elif pool and not opens_new_item(m):
            # (an item opening on a place of its own the gazetteer does not know continues no episode)
            target = pool[-1]
        if target is None and m.places:
            target = Episode()
            episodes.append(target)
            target.mentions.append((m, m.places[0]))
            continue
        if target is None and not told_as_other_incident(m) and not opens_new_item(m):
            target = _same_harm_told_otherwise(episodes, m, anchor)
            if target is not None:
                # (under the placed account's label: the sentence that places the harm names it)
                lead = target.mentions[0][0]
                m = dataclasses.replace(m, candidate=dataclasses.replace(
                    m.candidate, event_type=lead.event_type, sub_event_type=lead.sub_event_type))
        if target is None:
            dropped.append((m, "no place"))
            continue
        target.mentions.append((m, None))
    left = _deaths_told_ahead(episodes, dropped)
    if not episodes:
        left = _only_account(episodes, left)
    return episodes, left


_PROPERTY = family("Strategic developments", "Looting/property destruction")

#: the families one killing may be told under in one report: as an attack on a civilian ("police
#: shot the teenager dead") and as a shooting or homicide with no political actor
_ONE_HARM = ("civilians", "other violence")


def _same_harm_told_otherwise(episodes: list[Episode], m: EventMention, anchor: date | None) -> Episode | None:
    """A killing or wounding (a death or a harm told) with no place of its own, as an attack on
    a civilian ("officers fatally shot the teenager on Saturday"), in a report whose only placed
    account of violence is a shooting or homicide of the other family ("a teenager killed by
    police on a Brooklyn street"), or the other way round: the same harm under two labels, so it
    continues that episode at its town rather than being dropped for want of a place (an ACLED
    coder codes one event there). Only when no episode of its own family exists, and on a day
    that fits the episode's."""
    fam = family(m.event_type, m.sub_event_type)
    if fam not in _ONE_HARM or not (any(f.count for f in m.deaths) or m.candidate.harm) \
            or any(e.family == fam for e in episodes):
        return None
    other = [e for e in episodes if e.family in _ONE_HARM]
    if len(other) != 1:
        return None  # (several: which one the sentence continues is not told)
    e = other[0]
    if not e.places or not _actors_compatible(e, m) or not _days_compatible(e, m, anchor) or _told_apart(e, m):
        return None
    return e


def _attack_it_belongs_to(episodes: list[Episode], m: EventMention, anchor: date | None) -> Episode | None:
    """Homes burnt or goods taken in a sentence after an act of violence ("The attackers also
    torched houses"), at no other place (none of its own, or the violence's) on a day that
    fits it: part of that attack, no event of its own (codebook: Looting/property destruction
    only with no other violence around it). The last such episode told before it."""
    if told_as_other_incident(m):
        return None
    for e in reversed(episodes):
        if e.family not in ("armed", "civilians"):
            continue
        if not _actors_compatible(e, m) or not _days_compatible(e, m, anchor) or _other_day_other_act(e, m):
            return None
        if m.place_source == "sentence" and not any(e.matches_place(p) for p in m.places):
            return None
        return e
    return None


def _only_account(episodes: list[Episode], dropped: list[tuple[EventMention, str]]
                  ) -> list[tuple[EventMention, str]]:
    """A report that tells a killing only as the object of a statement ("the group claimed
    responsibility for the attack that killed the attorney general today", "condemned the murder of
    X") and nothing else: that reference is the report's only account of the violence, coded where
    its own sentence (else its paragraph or the dateline) places it, on the day the sentence tells
    (else the report's). The first such reference
    only: the others tell the same killing again. Returns the mentions still left out."""
    for n, (m, why) in enumerate(dropped):
        if why == "no place" and m.dateline_places and any(f.count for f in m.deaths) and m.days \
                and m.time_precision in (1, 2, 3):
            # a killing told with no place ("the minister was shot dead at his home") in a report filed
            # from the dateline's town, which names no other country with it: that town
            return _code_alone(episodes, dropped, n, dataclasses.replace(
                m, places=m.dateline_places, place_source="sentence"), m.dateline_places[:1])
        told = m.as_told
        if why != "refers to an event not described" or told is None or not any(f.count for f in m.deaths):
            continue
        places = told.places or m.places[:1]
        if not places or not told.days or told.time_precision not in (1, 2, 3) or told.date_source not in (
                "sentence", "anchor"):
            continue  # (a day its paragraph tells beside it is as often another incident's)
        return _code_alone(episodes, dropped, n, dataclasses.replace(
            told, deaths=m.deaths, places=places, place_source="sentence", as_told=None), places)
    for n, (m, why) in enumerate(dropped):
        if why == "no place" and m.dateline_places and m.candidate.strong and not m.generic and m.days \
                and m.time_precision in (1, 2, 3):
            # with no killing told, the first act of violence a strong trigger tells with no place
            # ("a charge went off in the kitchen", "troops opened fire near the gate") is the
            # report's news: at the dateline's town, on the same terms
            return _code_alone(episodes, dropped, n, dataclasses.replace(
                m, places=m.dateline_places, place_source="sentence"), m.dateline_places[:1])
    return dropped


def _code_alone(episodes: list[Episode], dropped: list[tuple[EventMention, str]], n: int,
                coded: EventMention, places) -> list[tuple[EventMention, str]]:
    """Code the ``n``-th left-out mention, re-read as ``coded``, as an episode of its own at
    ``places``; returns the mentions still left out."""
    episode = Episode()
    episode.mentions = [(coded, p) for p in places]
    episodes.append(episode)
    return dropped[:n] + dropped[n + 1:]


_WORD = re.compile(r"[\w'’-]+")


def _deaths_told_ahead(episodes: list[Episode], dropped: list[tuple[EventMention, str]]
                       ) -> list[tuple[EventMention, str]]:
    """A lead that names the violence only as under investigation ("detectives are looking
    into a fatal shooting") before any sentence tells it: its deaths are the toll of the first
    episode of its family told after it, not lost with the reference. A reference to several
    ("looking into three shootings overnight", its incident noun plural) names no
    one incident's toll. Returns the mentions still left out."""
    left = []
    for m, why in dropped:
        fam = family(m.event_type, m.sub_event_type)
        noun = _WORD.match(m.evidence.text, max(0, m.trigger_char - m.evidence.start))
        one = noun is not None and not noun.group().lower().endswith("s")
        # (the first sentence of the body that tells it: a headline joins an episode told after it)
        target = next((e for e in episodes if e.family == fam and min(
            (em.sent_index for em, _ in e.mentions if not em.is_headline), default=-1) > m.sent_index),
            None) if m.deaths and m.date_source == "reference" and one else None
        if target is None:
            left.append((m, why))
        else:
            target.mentions.append((m, None))
    return left
