"""From episodes to ACLED rows: one row per day of activity (spec §5.2), with the
actor pair, the place, the deaths split over the days (spec §6) and the notes.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from functools import lru_cache

from ..actors.dictionary import ActorDictionary
from ..data import read_table, read_words
from ..model import Actor, Event, PlaceMention, Report
from .episodes import Episode
from .mentions import EventMention, both_sides
from .abductions import abduction_ending_in_deaths
from .battle_cues import TERRITORY
from .fronts import ground_holder
from .fatalities import (_group_key, _is_name, counted_figures, counts_part_of_aggregate, nouns_named_elsewhere,
                         reconcile_figures, split_over_days, tells_self_survived, tells_separate_incidents,
                         toll_kind, total_deaths)
from .fatalities.lexicon import _LEX, _V_PERSONS
from .lexicon import disorder_type, is_violent_type

ARMED = (1, 2, 3, 4, 8)

#: days before the report's date past which an incident its own sentence dates to a month
#: only ("in February 2003") is history the report recalls, not its news (see ``recalled``)
RECALLED_AFTER_DAYS = 365


def _episode_days(ep: Episode, anchor: date | None = None) -> tuple[list[date], int, str, bool]:
    """Days, time precision, where the date came from, and whether it was relative
    (``anchor``: the report's date)."""
    for source in ("sentence", "paragraph", "narrative", "anchor"):
        ms = [m for m, _ in ep.mentions if m.date_source == source and m.days]
        if ms:
            if source == "sentence" and any(m.time_precision == 1 for m in ms):
                # "this week", "last month" beside "on Saturday", each in its own sentence: the same
                # incident told less exactly, no day of its own (its window's middle made a second
                # row); days a paragraph or the narrative lend are left as they were
                ms = [m for m in ms if m.time_precision == 1]
            elif source == "paragraph" and any(m.time_precision == 1 for m in ms):
                # a month lent by a neighbouring sentence ("The shootings happened near another
                # family's killing. In January, ...") beside the day another paragraph lends the
                # incident: the month is the other incident's, no day of this one (joined, it
                # made a months-long "episode" and halved the toll)
                ms = [m for m in ms if m.time_precision == 1]
            days = sorted({d for m in ms for d in m.days})
            if source in ("paragraph", "narrative") and len(days) > 1 and anchor in days:
                # the report's own date (its date line read as the narrative's latest date)
                # beside a day told around the telling is no day of the incident's
                days = [d for d in days if d != anchor]
            return days, min(m.time_precision for m in ms), source, any(m.date_relative for m in ms)
    return [], 0, "none", False


def _best_place(ep: Episode) -> PlaceMention:
    """The most precise place, the body's before the headline's, the most named first. A
    district of a town the episode names ("Brill - Kibbe" beside "Brill") counts the town's
    mentions too: it tells where in the town the act was."""
    placed = [(m, p) for m, p in ep.mentions if p is not None]
    counts = Counter(p.location for _, p in placed)
    for loc in list(counts):
        town = loc.split(" - ")[0]
        if town != loc and town in counts:
            counts[loc] += counts[town]
    return min(placed, key=lambda mp: (mp[1].geo_precision, mp[0].is_headline, -counts[mp[1].location],
                                       mp[1].start))[1]


def _resolve(mention, actors: ActorDictionary, place: PlaceMention, on: date, country_names) -> Actor | None:
    if mention.entry is not None:
        # the name that applied on the event's day ("Taliban" after August 2021 are the state)
        # the mention, the mention less its member noun ("ADF rebels"), and the group's own name
        # ("insurgents" standing for the Islamic State named before); a reading of the event's
        # country first ("Islamic State fighters" in Somalia are its branch there)
        readings = [actors.named(key, place.country_code, on) for key in dict.fromkeys(
            (mention.text, _without_group_heads(mention.text), mention.entry.name))]
        readings = [e for e in readings if e is not None]
        entry = next((e for e in readings if e.country and e.country == place.country_code), None) or (
            readings[0] if readings else None) or (mention.entry if mention.entry.active(on) else None)
        if entry is None:
            return None
        return actors.entry_actor(entry, on, mention.text)
    cc = mention.country_code or place.country_code
    if place.country_code in getattr(mention, "country_codes", ()):
        cc = place.country_code  # "Congolese troops" in Brazzaville are that Congo's
    if mention.role == "unidentified" and (local := actors.local_group(
            f"{getattr(mention, 'modifiers', '')} {mention.text}", cc, on)):
        return actors.entry_actor(local, on, mention.text)
    name = country_names(cc)
    actor = actors.generic_actor(mention.role, mention.inter, cc, name, on)
    if not actor.name:
        return None
    # forces of another country acting here are external forces (spec §3.3, type 8)
    actor.mention = mention.text
    return actor


def _without_group_heads(text: str) -> str:
    """A named group's mention less the head nouns the finder joined to its name ("ADF rebels"
    -> "ADF"): an alias of the group's earlier name may hold the whole phrase, and the
    group's name of the event's day only the name."""
    from ..actors.finder import _GROUP_HEADS
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip("s") in _GROUP_HEADS | {"militiamen", "gunmen", "police"}:
        words.pop()
    return " ".join(words)


def _ranked(ep: Episode, actors: ActorDictionary, place: PlaceMention, on: date, country_names,
            subjects_only: bool = False) -> list[Actor]:
    """Actors of an episode, the acting (subject) party and named actors first, then the
    most mentioned. With ``subjects_only`` and some subject found, only subjects count
    (a strategic development's actor is who acted, not who was talked about)."""
    seen: dict[str, Actor] = {}
    count: Counter = Counter()
    first: dict[str, int] = {}
    has_subject = any(m.subject_actors for m, _ in ep.mentions)
    battle = ep.best_type()[0] == "Battles"
    for n, (m, _) in enumerate(ep.mentions):
        subject_ids = {id(a) for a in m.subject_actors}
        pair_ids = {id(a) for a in m.pair_actors}
        for a in m.actors:
            if (subjects_only and has_subject or a.weak) and id(a) not in subject_ids or a.speaker:
                continue
            actor = _resolve(a, actors, place, on, country_names)
            if actor is None:
                continue
            seen.setdefault(actor.name, actor)
            # in a battle the sides are who fought whom ("clashes between X and Y");
            # elsewhere the acting party is the clause's subject
            bonus = 3 * (id(a) in pair_ids) if battle else 2 * (id(a) in subject_ids)
            count[actor.name] += 1 + (a.entry is not None) + bonus
            first.setdefault(actor.name, n * 1000 + a.start % 1000)
    return sorted(seen.values(), key=lambda a: (-count[a.name], first[a.name]))


_STATE_NAMES = ("Military Forces of", "Police Forces of")


def _joint_sides(ep: Episode, resolve) -> list[set[str]]:
    """The armed parties told together on one side: listed in one phrase ("TNLA, MNDAA fighters
    attacked junta positions", "ambushed a convoy of soldiers and VDP volunteers"), or the doers of
    one clause ("Haitian police and Kenyan officers fought gang members"); not the sides of a verb
    of fighting done by both ("troops and rebels clashed"), which are the opponents."""
    joint: list[set[str]] = []
    for m, _ in ep.mentions:
        doers = [] if both_sides(m.subject_actors, m.pair_actors) else m.subject_actors
        for told in (doers, *m.allied_actors):
            names = {t.name for t in (resolve(a) for a in told if not a.speaker)
                     if t is not None and t.inter in ARMED}
            if len(names) > 1:
                joint.append(names)
    return joint


#: unnamed identity militias that fight their own kind: "two clan militias clashed" has one such
#: militia on each side (spec §3.3, type 4), not an unidentified armed group against one
_SELF_OPPOSED = ("Unidentified Clan Militia (",)


def _same_kind(side: Actor | None) -> Actor | None:
    """The opponent of a battle's lone unnamed identity militia: another of its kind."""
    return side if side is not None and side.name.startswith(_SELF_OPPOSED) else None
def _battle_sides(armed: list[Actor], joint: list[set[str]], same: list[set[str]] = ()) -> list[list[Actor]]:
    """The armed parties of a battle grouped in sides, in rank order: a party told together with a
    side's first is its ally (spec §3.1: the rest of a side are associated actors), when some party
    outside them is there to be their opponent; those of ``same`` (one state's army and police)
    always are; the state's forces lead their side (the army, not the auxiliaries escorted with it)."""
    names = {a.name for a in armed}
    groups = [g for g in joint if names - g] + list(same)
    sides: list[list[Actor]] = []
    for a in armed:
        side = next((s for s in sides if any({a.name, s[0].name} <= g for g in groups)), None)
        if side is None:
            sides.append([a])
        else:
            side.append(a)
    for side in sides:
        side.sort(key=lambda a: a.inter != 1)
    return sides


def _attacked_together(armed: list[Actor], joint: list[set[str]], attacked: set[str]) -> bool:
    """Every armed party of a battle is told in one list as what was attacked ("soldiers and volunteer
    fighters were ambushed"): they fought on one side, and the attackers, unnamed, are the other
    (ACLED: the attacking side is actor1, unidentified when the report does not name it)."""
    names = {a.name for a in armed}
    return len(names) > 1 and names <= attacked and any(names <= g for g in joint)


def _doing_actors(m) -> list:
    """The mention's subject actors that did the violence: not those a passive trigger verb was done to."""
    done_to = m.attacked_actors
    return [doer for doer in m.subject_actors if doer not in done_to]


def _attacked_names(ep: Episode, resolve) -> set[str]:
    """The parties told as what the trigger verb was done to ("soldiers were ambushed")."""
    return {t.name for m, _ in ep.mentions for t in (resolve(a) for a in m.attacked_actors if not a.speaker)
            if t is not None}


def _allied_to_state(group: Actor, joint: list[set[str]], armed: list[Actor]) -> bool:
    """A named group told together with the state's forces ("soldiers and VDP volunteers"): it is
    on their side, so an unnamed "militants" beside it is the other side, not this group."""
    state = {a.name for a in armed if a.inter == 1}
    return any(group.name in g and g & state for g in joint)


def _home_state_leads(armed: list[Actor], joint: list[set[str]], country_code: str) -> list[Actor]:
    """The country's own forces lead the side they are told on with foreign allies, a foreign state's
    or a private military company's ("Malian troops supported by Wagner fighters attacked a village":
    the Malian army is actor1, Wagner its associated actor), as ACLED puts the home state first
    (spec §3.1). A rebel group is never led so ("the paramilitary RSF": the word describes the group)."""
    if not armed or not country_code:
        return armed
    lead = armed[0]
    if lead.inter != 8 and not (lead.name.startswith(_STATE_NAMES) and lead.country != country_code):
        return armed
    home = next((a for a in armed if a.name.startswith(_STATE_NAMES) and a.country == country_code
                 and a is not lead and any({a.name, lead.name} <= g for g in joint)), None)
    if home is None or lead.name.startswith(_STATE_NAMES) and lead.country == country_code:
        return armed
    return [home, *(a for a in armed if a is not home)]


def _transfer_actors(ep: Episode, a1: Actor | None, a2: Actor | None, resolve) -> tuple[Actor | None, Actor | None]:
    """A place handed over or left without a fight: the side that takes control is actor1 ("al-Shabaab
    withdrew and government troops moved in": the army), the side that gave it up actor2; with no taker
    named the side that left stays actor1 ("the rebels withdrew from the town")."""
    def told(attr: str) -> list[Actor]:
        found = (resolve(a) for m, _ in ep.mentions for a in getattr(m, attr) if not a.speaker)
        return [a for a in found if a is not None and a.inter in ARMED]
    gaining, leaving = told("gaining_actors"), told("leaving_actors")
    if not gaining:
        return a1, a2
    taker = gaining[0]
    giver = next((a for a in leaving if a.name != taker.name), None)
    if giver is None:
        giver = next((a for a in (a1, a2) if a is not None and a.name != taker.name
                      and a.name not in {g.name for g in gaining}), None)
    return taker, giver


def _taken_days(ep: Episode, days: list[date]) -> list[date]:
    """A place left one day and occupied some day after ("the army withdrew from X on Monday;
    the rebels moved into the town on Tuesday") changed hands once, on the day the taker moved
    in: one row of that day (spec §2.6: the transfer is a side taking control), not one a day."""
    taken = sorted({d for m, _ in ep.mentions if m.gaining_actors for d in m.days if d in days})
    return taken[-1:] if len(days) > 1 and taken else days


def _pick_actors(event_type: str, sub: str, ranked: list[Actor], actors: ActorDictionary,
                 place: PlaceMention, on: date, country_names,
                 targets: list[Actor] = (), joint: list[set[str]] = (), attacked: set[str] = frozenset()
                 ) -> tuple[Actor | None, Actor | None, list, list]:
    armed = _home_state_leads([a for a in ranked if a.inter in ARMED], joint, place.country_code)
    # an unnamed "militants" stands for the named group when one is there (not for a group
    # fighting beside the state's forces: the militants are then the other side)
    if any(a.inter in (2, 3, 4) and not a.name.startswith("Unidentified") and not (
            event_type == "Battles" and _allied_to_state(a, joint, armed)) for a in armed):
        armed = [a for a in armed if not a.name.startswith("Unidentified Armed Group")]
    elif event_type != "Battles" and any(a.inter == 4 for a in armed):
        # ... and so does a communal militia ("armed herders killed 17 ... the attackers also
        # burned houses"): "the attackers" are those herders, no other party
        armed = [a for a in armed if not a.name.startswith("Unidentified Armed Group")]
    civilians = [a for a in ranked if a.inter == 7]
    cname = country_names(place.country_code)
    target_names = {t.name for t in targets}
    if event_type in ("Explosions/Remote violence", "Violence against civilians") and target_names:
        # the attacker is actor1, whoever the strike or attack was aimed at is actor2
        attackers = [a for a in armed if a.name not in target_names]
        # a target that was not ranked (an informant, say) still names who was hit
        aimed = [a for a in ranked if a.name in target_names] or list(targets)
        a1 = attackers[0] if attackers else actors.generic_actor("unidentified", 3, place.country_code, cname, on)
        return a1, aimed[0], attackers[1:], aimed[1:]
    if event_type == "Other violence":
        from .other_violence import pick_actors
        return pick_actors(ranked, actors, place, on, cname)
    if event_type == "Battles":
        # a battle has two armed sides; a side the report does not name is unidentified
        unknown = actors.generic_actor("unidentified", 3, place.country_code, cname, on) if cname else None
        # the army and the police of one state fight on the same side: the second is an ally
        state = [{a.name for a in armed if a.inter == 1 and a.country and a.country == armed[0].country}] \
            if armed and armed[0].inter == 1 else []
        sides = _battle_sides(armed, joint, state)
        if unknown is not None and _attacked_together(armed, joint, attacked):
            # "soldiers and VDP volunteers were ambushed": the list is one side, the attacked one
            sides = [[unknown], sorted(armed, key=lambda a: a.inter != 1)]
        a1 = sides[0][0] if sides else unknown
        a2 = sides[1][0] if len(sides) > 1 else (_same_kind(a1) or (unknown if a1 is not unknown else None))
        return a1, a2, sides[0][1:] if sides else [], [
            *(sides[1][1:] if len(sides) > 1 else []), *(a for s in sides[2:] for a in s)]
    if event_type == "Violence against civilians":
        a1 = armed[0] if armed else actors.generic_actor("unidentified", 3, place.country_code, cname, on)
        a2 = civilians[0] if civilians else actors.generic_actor("civilians", 7, place.country_code, cname, on)
        return a1, a2, armed[1:], []
    if event_type == "Explosions/Remote violence":
        a1 = armed[0] if armed else actors.generic_actor("unidentified", 3, place.country_code, cname, on)
        a2 = armed[1] if len(armed) > 1 else (civilians[0] if civilians else None)
        return a1, a2, [], []
    if event_type == "Protests":
        # who broke the protest up is actor2; unnamed ("15 people were arrested", "the crowd
        # was dispersed with tear gas") it is the state's police (spec §2.6: arrests without
        # a named actor are the state's), as ACLED codes it
        a1 = actors.generic_actor("protesters", 6, place.country_code, cname, on)
        a2 = None
        if sub != "Peaceful protest":
            a2 = next((a for a in armed if a.inter == 1), None)
            if a2 is None and place.country_code:
                a2 = actors.state_forces("police", place.country_code, cname, on)
        return a1, a2, [], []
    if event_type == "Riots":
        a1 = actors.generic_actor("rioters", 5, place.country_code, cname, on)
        a2 = armed[0] if armed else (civilians[0] if civilians else None)
        return a1, a2, [], []
    # Strategic developments: the acting party; security measures and arrests without a
    # named actor are the state's (spec §2.6 Arrests: the state or a de-facto authority)
    a1 = armed[0] if armed else None
    if a1 is None and sub in ("Change to group/activity", "Arrests", "Disrupted weapons use"):
        a1 = actors.state_forces("military" if sub != "Arrests" else "police", place.country_code, cname, on)
    a2 = armed[1] if len(armed) > 1 else None
    return a1, a2, armed[2:], []


def _intercepted(ep: Episode) -> bool:
    """The episode's weapon was stopped in the air (cues ``interception_words``: "shot down", "intercepted")."""
    from .lexicon import stops_a_weapon
    return any(stops_a_weapon(m.candidate) for m, _ in ep.mentions)


def _interception_sides(ep: Episode, a1: Actor | None, a2: Actor | None, actors: ActorDictionary,
                        place: PlaceMention, on: date, country_names) -> tuple[Actor | None, Actor | None]:
    """A foreign state's drones or missiles stopped over a country ("Ukrainian air defences shot down 25
    Russian drones over Kyiv region"): the launcher is actor1, as of the strike the interception is part
    of; who stopped them is actor2, the country's own forces when no one else is named. So too of a named
    armed group's rockets ("Hezbollah fired rockets ... Israeli air defences intercepted them")."""
    cc = place.country_code
    if a1 is None or not cc:
        return a1, a2
    foreign_state = a1.inter in (1, 8) and a1.country and a1.country != cc
    named_group = a1.inter in (2, 3) and not a1.name.startswith("Unidentified")
    if not (foreign_state or named_group):
        return a1, a2
    if a2 is None:
        a2 = actors.state_forces("military", cc, country_names(cc), on)
    return a1, a2


def _crowds_clashed(ep: Episode) -> bool:
    """A riot told by a word of fighting between sides ("clashed with", "fought"), read as a crowd's
    clash (no two armed sides): the people on the other side are a crowd too, not its victims."""
    return any(m.candidate.event_type == "Riots" and m.candidate.triggers
               and all(t.trigger.event_type == "Battles" for t in m.candidate.triggers) for m, _ in ep.mentions)


def _demonstrator_group_patterns() -> list[tuple[re.Pattern, str, str]]:
    """``data/actors/demonstrator_groups.tsv`` as (pattern, actor, country) rows, read once."""
    global _GROUP_PATTERNS
    if _GROUP_PATTERNS is None:
        _GROUP_PATTERNS = [
            (re.compile(r"(?<![\w-])" + re.escape(r["phrase"]) + r"(?![\w-])",
                        0 if any(c.isupper() for c in r["phrase"]) else re.IGNORECASE), r["actor"], r["country"])
            for r in read_table("actors", "demonstrator_groups.tsv")]
    return _GROUP_PATTERNS


_GROUP_PATTERNS = None


def demonstrator_groups(ep: Episode, country_code: str, country_name: str) -> list[Actor]:
    """The groups a protest's or riot's own sentences name among its crowd (students, teachers, a union,
    a party): ACLED's associated actors of "Protesters (Country)" and "Rioters (Country)" (spec §2.2: an
    organising group goes into assoc_actor_1). Social groups take the event's country; a party or union
    is one of its own country only ("CGT" is France's or Argentina's by where the event is)."""
    texts = [m.evidence.text for m, _ in sorted(ep.mentions, key=lambda mp: mp[0].sent_index)]
    found: dict[str, Actor] = {}
    for pattern, actor, country in _demonstrator_group_patterns():
        if country and country != country_code or "{country}" in actor and not country_name:
            continue
        if any(pattern.search(t) for t in texts):
            name = actor.replace("{country}", country_name)
            found.setdefault(name, Actor(name=name, inter=0, country=country_code))
    return list(found.values())


def _distinct_figures(ep: Episode):
    """Death figures of an episode, each toll once: a headline repeats the body's toll,
    and "three civilians" and "three" in another sentence are the same three; of
    conflicting figures the lowest (events.fatalities.reconcile_figures). Returns the
    figures and the figures left out, for the notes. An episode folded from several (one
    incident told under several families, events.fold) counts the toll of the part that
    tells most: each part told the same dead."""
    if ep.parts:
        return max((_distinct_figures(p) for p in ep.parts), key=lambda fd: total_deaths(fd[0]))
    reflexive = {"herself", "himself", "self"}
    # an episode telling the doer's shot at himself was a failed try at suicide: his own
    # death is told nowhere, whichever of its sentences names that shot
    lived = any(tells_self_survived(m.evidence.text) for m, _ in ep.mentions)
    # ("Four of them died" after "thirty were shot across the city over the weekend": the aggregate's part)
    deaths = {id(m): [f for f in m.deaths if not (lived and f.qualifier == "self") and not (
        not m.evidence.start <= f.start < m.evidence.end and counts_part_of_aggregate(f, m.evidence.text))]
        for m, _ in ep.mentions}
    body = [(m, f) for m, _ in ep.mentions if not m.is_headline for f in deaths[id(m)] if not f.headline]
    body, roundup = _without_roundups(body)
    if all(f.qualifier == "self" or f.group.lower() in reflexive for _, f in body):
        # a body telling only the doer's own death ("shot his children before turning the gun on
        # himself") leaves his victims' deaths to the headline ("Man, two children dead")
        body = []
    everything = [(m, f) for m, _ in ep.mentions for f in deaths[id(m)]]
    figures, disputed = _distinct_told(body or everything)
    # (a headline gathering the dead of separate incidents, "3 killed in separate shootings",
    # tells no one incident's toll)
    head = [(m, f) for m, f in everything
            if (f.headline or m.is_headline and m.evidence.start <= f.start < m.evidence.end)
            and not tells_separate_incidents(m.evidence.text if m.is_headline else f.text)]
    # a headline counting more dead than a body that names its dead one by one ("man shoots
    # nephew, then himself" over a body naming only "the boy") tells the whole toll the body
    # tells part of; a body's number ("two people were killed") stands, and a vague headline
    # figure ("deaths") or a figure told apart from it is no such count
    if body and head and not roundup and all(f.count <= 1 for f in figures) and all(
            f.qualifier in ("exact", "self") for _, f in head):
        head_figures, head_disputed = _distinct_told(head)
        if total_deaths(head_figures) > total_deaths(figures):
            return head_figures, head_disputed
    return figures, disputed


def _without_roundups(body):
    """The body's figures less those of sentences gathering the dead of separate incidents,
    when the body tells other deaths: those are this incident's own ("two teens died in
    separate shootings. One of them died at the scene"). Returns the figures and whether a
    roundup was left out (its count, repeated by the headline, is then no toll either)."""
    kept = [(m, f) for m, f in body
            if not (m.evidence.start <= f.start < m.evidence.end and tells_separate_incidents(m.evidence.text))]
    if len(kept) == len(body) or not any(f.count for _, f in kept):
        return body, False
    return kept, True


def _distinct_told(told):
    """The distinct figures of the (mention, figure) pairs told, and those left out."""
    reflexive = {"herself", "himself", "self"}
    generic = {"", "people", "persons", "others", "dead", "bodies"}

    def anyone(m, f) -> bool:
        """Says nothing of who died: a generic word, or a reflexive ("a girl who fatally shot
        herself") with no one killed before it in its sentence: the victim counted by her own
        noun elsewhere; after a killing ("killed her daughter before turning the gun on
        herself") it is the shooter, one more, as it is told apart after someone the doer
        killed ("he killed his son ... Officers said he killed himself"): the killer is not
        his victim."""
        g = f.group.lower()
        return g in generic or g in reflexive and not any(
            h.group.lower() not in reflexive and h.start < f.start and (
                m.evidence.start <= h.start or h.victims_only and not m.evidence.start <= f.start < m.evidence.end)
            for _, h in told)

    def told_in_own_sentence(m, f) -> bool:
        return m.evidence.start <= f.start < m.evidence.end  # else a toll told apart, joined to m

    named_told = [(m, f) for m, f in told if not anyone(m, f)]
    named_counts = {f.count for _, f in named_told} | _sums_of_one_sentence(named_told, told_in_own_sentence)
    told = [(m, f) for m, f in told if not anyone(m, f) or f.count not in named_counts]
    seen: set[int] = set()
    unique = [(m, f) for m, f in told if not (id(f) in seen or seen.add(id(f)))]

    # "a teen" in one sentence and "Arlo Venkman" in another: the same victim, once
    named = nouns_named_elsewhere([(f, m.sent_index if told_in_own_sentence(m, f) else f.sentence)
                                   for m, f in unique])
    unique = [(m, f) for m, f in unique if id(f) not in named]
    unique = _names_of_a_number(unique, told_in_own_sentence)
    unique = _members_of_a_number(unique, told_in_own_sentence)
    unique = _people_told_again(unique, anyone)

    return reconcile_figures([
        (f, m.sent_index, m.days if m.date_source == "sentence" else None,
         "; ".join(m.attributed_sources) or next((a.text for a in m.actors if a.speaker), ""))
        if told_in_own_sentence(m, f) else (f, ("apart", f.start), None, "")
        for m, f in unique])


def _sums_of_one_sentence(named, own) -> set[int]:
    """The dead several victim nouns of one sentence add up to ("gunmen shot a guard and two
    drivers": three): a number of people told elsewhere ("three people died") that they make up
    counts them again, not more."""
    by_sentence: dict = {}
    for m, f in named:
        if f.count and f.qualifier == "exact":
            by_sentence.setdefault(m.sent_index if own(m, f) else ("apart", f.sentence), set()).add(id(f))
    counts = {id(f): f.count for _, f in named}
    return {sum(counts[i] for i in ids) for ids in by_sentence.values() if len(ids) >= 2}


def _people_told_again(unique, anyone):
    """"The three people inside died" told after victims already counted ("a cashier and her
    brother"): "the N people" names them again when N covers them, so the victims told before
    it are among its N, not more."""
    drop: set[int] = set()
    for _, f in unique:
        if not (f.definite and f.count >= 2 and _group_key(f.group) == "people"):
            continue
        before = [h for m, h in unique if h is not f and h.start < f.start and id(h) not in drop
                  and h.count and h.qualifier not in ("self", "pronoun") and not anyone(m, h)]
        told = sum(h.count for h in before)
        if 0 < told <= f.count:
            drop.update(id(h) for h in before)
    return [(m, f) for m, f in unique if id(f) not in drop]


#: the people a plural victim noun holds, by rank or trade ("officer": sergeant, constable, ...)
_MEMBERS = {k: frozenset(v) for k, v in _LEX.get("members", {}).items()}
#: words in a number's group that add its dead to others told ("two other men")
_MORE = frozenset(["other", "others", "more", "further", "additional", "another"])


def _names_of_a_number(unique, own):
    """"Two men were shot dead. Arlo Venkman and Bo Tarrant died at the scene": the names tell
    who the number's dead were, not more of them (a toll told twice). Names (one death each)
    from sentences other than every number's are left out when they are no more than the
    largest number for people; two or more people killed one by one by nouns in one sentence
    ("killed his girlfriend and their son") are such a number too."""
    def key(m, f):
        return m.sent_index if own(m, f) else ("apart", f.sentence)

    numbers = [(key(m, f), f.count, f.group) for m, f in unique if f.count >= 2 and not _is_name(f.group)]
    # people killed one by one in one sentence by nouns ("killed his girlfriend and wounded their
    # son fatally"): as many dead as a number, whom names told elsewhere name again
    nouns: dict = {}
    for m, f in unique:
        if f.count == 1 and f.qualifier == "exact" and f.group and not _is_name(f.group):
            nouns.setdefault(key(m, f), []).append(f)
    numbers += [(k, len(fs), " ".join(f.text for f in fs)) for k, fs in nouns.items() if len(fs) >= 2]
    names = [(m, f) for m, f in unique if f.count == 1 and f.qualifier == "exact" and _is_name(f.group)]
    if not numbers or not names or len(names) > max(n for _, n, _ in numbers) or any(
            w in _MORE for *_, g in numbers for w in g.lower().split()):
        return unique  # "two other men also died": more dead beside the names
    if {k for k, *_ in numbers} & {key(m, f) for m, f in names}:
        return unique
    drop = {id(f) for _, f in names}
    return [(m, f) for m, f in unique if id(f) not in drop]


def _members_of_a_number(unique, own):
    """"Two police officers were killed ... A sergeant was shot dead at the gate and a constable
    died later in hospital": a number, then its dead one by one by their rank or trade, each
    in a sentence after the number's: the number's people told again, not more of them
    (names are ``_names_of_a_number``'s). Nouns of the number's kind or of a member of it
    (data/fatalities/lexicon.toml [members]) no more than it counts are left out; not
    "another soldier", nor beside "two other officers"."""
    def key(m, f):
        return m.sent_index if own(m, f) else ("apart", f.sentence)

    for m, f in unique:
        if f.count < 2 or f.qualifier != "exact" or not f.group or _is_name(f.group) or any(
                w in _MORE for w in f.group.lower().split()):
            continue
        kind = _group_key(f.group)
        members = _MEMBERS.get(kind, ()) or (kind,)
        told = [(n, g) for n, g in unique if g is not f and g.count == 1 and g.qualifier == "exact"
                and g.start > f.start and key(n, g) != key(m, f) and not _is_name(g.group)
                and _group_key(g.group) in members and not any(w in _MORE for w in g.text.lower().split())]
        if told and len(told) <= f.count:
            drop = {id(g) for _, g in told}
            return [(n, g) for n, g in unique if id(g) not in drop]
    return unique


def _location_clause(place: PlaceMention) -> str:
    parts = [p for p in (place.admin2, place.admin1) if p]
    return f"in {place.location}" + (f" ({', '.join(parts)})" if parts else "")


#: event types whose actor1 is the one who struck, the other side unable to answer
_ONE_SIDED_ATTACKS = ("Explosions/Remote violence", "Violence against civilians")


def _doers_unknown(ep: Episode) -> bool:
    """A sentence of the episode says its doers are unknown ("unidentified persons fired on ...")."""
    words = read_words("actors", "unknown_doer_words.tsv")
    return any(w in words for m, _ in ep.mentions for w in re.findall(r"[a-z]+", m.evidence.text.lower()))


def _claimed(ep: Episode, event_type: str, a1: Actor | None, a2: Actor | None, day,
             cc: str, actors: ActorDictionary) -> tuple[Actor | None, Actor | None]:
    """An attack a named group claims (events.claims) is that group's: it takes the place of the
    unidentified side (actor1 of a one-sided attack, either side of a battle), as ACLED codes
    the claimant however the attack's own sentences named the doers ("gunmen"). The claimant is
    who its name stands for on the attack's day (``ActorDictionary.as_of``: a Taliban claim of
    2019 is a rebel group's, one of 2024 the Afghan state forces')."""
    found = (actors.as_of(m.claimed_by, cc, day) for m, _ in ep.mentions if m.claimed_by is not None)
    groups = {e.name: e for e in found if e is not None}
    if len(groups) != 1 or event_type not in (*_ONE_SIDED_ATTACKS, "Battles"):
        return a1, a2
    entry = next(iter(groups.values()))
    if entry.country and entry.country != cc and entry.inter != 8:
        return a1, a2
    group = actors.entry_actor(entry, day)
    unknown = lambda a: a is None or a.name.startswith("Unidentified Armed Group")  # noqa: E731
    if event_type == "Battles" and a1 is not None and not unknown(a1) and unknown(a2) and a1.name != group.name:
        return a1, group
    if unknown(a1) and (a2 is None or a2.name != group.name):
        return group, a2
    if event_type in _ONE_SIDED_ATTACKS and a2 is None and a1 is not None and a1.inter in (1, 7) \
            and a1.name != group.name:
        # "a mine blast killed four soldiers": with no doer named the harmed side
        # stands alone as actor1; the claimant struck it, so it is actor2
        return group, a1
    return a1, a2


def _report_group(report_actors: list[Actor], cc: str) -> Actor | None:
    """The one named non-state armed group a report's events name in the country, else None:
    property destroyed in a report of that group's attacks, with no party named in its own
    sentences ("a shop was burned in the raid on X"), is that group's doing; an
    ACLED row names who acted, and with two groups in the report there is no telling which."""
    groups = [a for a in report_actors if a.inter in (2, 3) and not a.name.startswith("Unidentified")
              and (not a.country or a.country == cc)]
    return groups[0] if len(groups) == 1 else None


def report_actor_ranking(episodes: list[Episode], actors: ActorDictionary, country_info) -> list[Actor]:
    """The actors a whole report names, most mentioned first (a fallback for rows whose
    own sentences name no side)."""
    out: dict[str, Actor] = {}
    count: Counter = Counter()
    for ep in episodes:
        if not ep.places:
            continue
        days, *_ = _episode_days(ep)
        place = _best_place(ep)
        for actor in _ranked(ep, actors, place, days[0] if days else None,
                             lambda cc: country_info(cc)[0] if cc else ""):
            out.setdefault(actor.name, actor)
            count[actor.name] += 1
    return sorted(out.values(), key=lambda a: -count[a.name])


def recalled(days: list[date], precision: int, date_source: str, report: Report) -> bool:
    """An incident dated by its own sentence to a month only, more than a year before the
    report's date ("a fire set by teenagers destroyed the store in February 2003" in a 2012
    report) is one the report recalls: its own reports coded it then, and as a row of this
    report it is the event undated reports of the story's incident are linked to."""
    return recalled_before(days, precision, date_source, report.anchor_date)


def recalled_before(days: list[date], precision: int, date_source: str, anchor: date | None) -> bool:
    """``recalled`` against the report's date ``anchor``. The month may also be lent by the
    paragraph or the narrative ("was sent back to prison in May 2016. ... a guard who stepped
    in was stabbed"): a sentence that tells old violence with no date of its own ("In 2016, he
    stabbed ...": a year alone dates nothing) lets the next one take the story's last month,
    years before the report's date, and that background is no more the report's news than a
    month its own sentence gives. Day-precise dates (a trial's "on March 3, 2019") stay."""
    return (anchor is not None and bool(days) and date_source in ("sentence", "paragraph", "narrative") and precision == 3
            and (anchor - days[-1]).days > RECALLED_AFTER_DAYS)


def recalled_beside_undated(events: list[Event], undated: list[Event]) -> list[Event]:
    """The rows of a report with no date that tells, with a place, events it could not
    date ("was shot Friday" and no page date): its news is what it could not date, and an
    incident it dates to a month only ("killed in October 2011") is one it recalls (see
    ``recalled``): no row of it, so the report is linked by its undated news instead."""
    if not any(e.geo_precision for e in undated):
        return events
    return [e for e in events if e.time_precision != 3]


def split_over_places(episodes: list[Episode], anchor: date | None = None) -> None:
    """A toll one sentence tells of violence in several places ("three rebels were killed in
    clashes in Usulutan and Morazan") is split across the places' rows as a multi-day total
    is across its days (spec §6: as evenly as possible, leftover deaths to the first place
    named), not told again in each. Each episode holding such a sentence gets a copy of it
    with its share of every figure (a figure whose share is none is left out); only
    episodes that can be dated and placed share."""
    holders: dict[int, list[tuple[int, Episode, EventMention]]] = {}
    for ep in episodes:
        if not ep.places or not _episode_days(ep, anchor)[0]:
            continue
        seen = set()
        for m, place in ep.mentions:
            if id(m) in seen or not m.deaths or m.place_source != "sentence" or place is None:
                continue
            seen.add(id(m))
            order = next((i for i, p in enumerate(m.places) if p is place), len(m.places))
            holders.setdefault(id(m), []).append((order, ep, m))
    for held in holders.values():
        if len(held) < 2:
            continue
        held.sort(key=lambda h: h[0])
        m = held[0][2]
        shares = [split_over_days(f.count, len(held)) for f in m.deaths]
        for i, (_, ep, _) in enumerate(held):
            own = dataclasses.replace(m, deaths=[dataclasses.replace(f, count=share[i])
                                                 for f, share in zip(m.deaths, shares) if share[i] or not f.count])
            _replace_mention(ep, m, own)


@lru_cache(maxsize=1)
def _share_re() -> re.Pattern:
    """"six in", "four people in the town of" just before a place: a share of a toll at it."""
    from .fatalities.lexicon import _alt, NUMBER_WORDS
    num = rf"(?:\d+|{_alt(NUMBER_WORDS)})"
    return re.compile(rf"(?<![\w-])(?P<n>{num})(?:\s+[a-z]+)?\s+(?:were\s+killed\s+)?in\s+(?:the\s+)?"
                      rf"(?:[a-z]+\s+of\s+)?$", re.I)


@lru_cache(maxsize=1)
def _subgroup_re() -> re.Pattern:
    """The words opening a subgroup of a toll told ("including", "among them"): the fatalities
    lexicon's ``[subgroup] before``."""
    from .fatalities.lexicon import _alt
    return re.compile(rf"(?<![\w-]){_alt(_LEX['subgroup']['before'])}(?![\w-])", re.I)


def _told_shares(m: EventMention, places: list[PlaceMention]) -> list[tuple[PlaceMention, int]]:
    """The places a sentence breaks its one toll down to, after a subgroup word, with their
    counts ("killed 12 across Gaza, including six in Deir al-Balah and four in Khan Younis"):
    places of the sentence other than its own, each right after a number and "in"."""
    from .fatalities.quantities import parse_number
    ev = m.evidence
    sub = _subgroup_re().search(ev.text)
    if sub is None:
        return []
    own = {(p.start, p.end) for p in m.places}
    shares = []
    for p in places:
        at = p.start - ev.start
        if not sub.end() <= at < len(ev.text) or (p.start, p.end) in own or p.level == "country":
            continue
        hit = _share_re().search(ev.text[sub.end():at])
        n = parse_number(hit.group("n")) if hit else None
        if n:
            shares.append((p, n))
    return shares


def split_by_places_told(episodes: list[Episode], places: list[PlaceMention]) -> list[Episode]:
    """A toll its sentence breaks down by place ("Israeli strikes killed 12 across Gaza,
    including six in Deir al-Balah and four in Khan Younis") is one row per place told, each
    with its own count (spec §4.1: a summary is split into specific events; §0: one event, one
    place): the shares' places become episodes of their own. The deaths the breakdown leaves
    (here two) stay with the place the sentence tells the whole toll at, the one the report
    allows; when the shares add up to the whole, that place's row tells nothing of its own and
    is left out. A breakdown adding up to more than the toll is no breakdown of it."""
    out = list(episodes)
    for ep in episodes:
        for m, place in list(ep.mentions):
            counted = [f for f in m.deaths if f.count]
            if (m.is_headline or m.place_source != "sentence" or place is None or len(counted) != 1
                    or place is not m.places[0]):
                continue
            shares = _told_shares(m, places)
            whole = counted[0]
            if not shares or sum(n for _, n in shares) > whole.count:
                continue
            for p, n in shares:
                part = dataclasses.replace(m, places=[p], deaths=[dataclasses.replace(whole, count=n)])
                out.append(Episode(mentions=[(part, p)]))
            left = whole.count - sum(n for _, n in shares)
            if left:
                _replace_mention(ep, m, dataclasses.replace(m, deaths=[dataclasses.replace(whole, count=left)]))
            else:
                ep.mentions = [(e, q) for e, q in ep.mentions if e is not m]
    return [ep for ep in out if ep.mentions]


def victims_named_once(episodes: list[Episode], anchor: date | None = None) -> None:
    """A victim the report names dead in the sentences of two of its rows ("the assassination of
    Ann Roe early this morning" in the lead, "Roe was killed at 8:15 along with two of her
    guards" later, which the episodes tell apart) is one death: counted in the row whose
    sentences tell the most deaths (the fullest telling), left out of the others. A name is
    a one-person figure whose group is no person noun; a surname alone is its full name."""
    held: dict[str, list[tuple[int, Episode, EventMention, object]]] = {}
    for ep in episodes:
        if not ep.places or not _episode_days(ep, anchor)[0]:
            continue
        told = sum(f.count for m in {id(m): m for m, _ in ep.mentions}.values() for f in m.deaths)
        for m in {id(m): m for m, _ in ep.mentions}.values():
            for f in m.deaths:
                key = _victim_name(f)
                if key:
                    held.setdefault(key, []).append((told, ep, m, f))
    names = list(held)
    for key in names:
        for other in names:
            # "Roe" is "Ann Roe"; a longer name already folded into a fuller one ("Ann Roe"
            # into "Jo Ann Roe") is no longer a key of its own
            if other != key and other in held and other.endswith(" " + key):
                held[other] += held.pop(key, [])
                break
    for told in held.values():
        if len({id(ep) for _, ep, _, _ in told}) < 2:
            continue
        keep = max(told, key=lambda t: t[0])[1]
        for _, ep, m, f in told:
            if ep is keep:
                continue
            _replace_mention(ep, m, dataclasses.replace(m, deaths=[g for g in m.deaths if g is not f]))


def names_of_a_number_across_rows(episodes: list[Episode], anchor: date | None = None) -> None:
    """"Two police officers were killed on Monday" in one row, then each told by name in the
    sentences of other rows ("Officer Ann Roe was shot dead at the gate ... Sergeant Bo Hale
    was killed in Hawija"): a summary, then its victims one by one, not more of them. Names
    told after the number, no more of them in the whole report than it counts, are left out
    of the other rows (the number's row keeps the toll), as ``_names_of_a_number`` does in
    one row; so are nouns of the number's kind or rank told one by one ("a sergeant ... a
    constable", ``_member_told``). Not when the number counts "other" people, and not a name
    whose sentence also tells a count of its own."""
    told: list[tuple[Episode, EventMention, object]] = []
    for ep in episodes:
        if not ep.places or not _episode_days(ep, anchor)[0]:
            continue
        told += [(ep, m, f) for m in {id(m): m for m, _ in ep.mentions}.values() for f in m.deaths]
    numbers: dict[int, list] = {}
    for ep, m, f in told:
        if f.count >= 2 and f.qualifier == "exact" and f.group and not _is_name(f.group) and not any(
                w in _MORE for w in f.group.lower().split()):
            numbers.setdefault(f.start, []).append((ep, f))
    dropped: set[int] = set()
    for start, held in sorted(numbers.items()):
        count = sum(f.count for _, f in held)
        holders = {id(ep) for ep, _ in held}
        members = _MEMBERS.get(_group_key(held[0][1].group), ()) or (_group_key(held[0][1].group),)
        later = [(ep, m, f) for ep, m, f in told if f.start > start and id(f) not in dropped
                 and (_victim_name(f) or _member_told(f, members))]
        keys = _named_people(f for _, _, f in later if _victim_name(f))
        nouns = {f.start for _, _, f in later if not _victim_name(f)}
        apart = [(ep, m, f) for ep, m, f in later if id(ep) not in holders and not any(
            g.count and not _victim_name(g) and not _member_told(g, members) for g in m.deaths)]
        if not apart or len(keys) + len(nouns) > count:
            continue
        for ep, m, f in apart:
            dropped.add(id(f))
            current = next((c for c, _ in ep.mentions if any(g is f for g in c.deaths)), None)
            if current is not None:
                _replace_mention(ep, current, dataclasses.replace(current, deaths=[g for g in current.deaths
                                                                                   if g is not f]))


def _member_told(f, members) -> bool:
    """One person told by a noun of the number's kind or a member of it ("a sergeant" of
    "two police officers"), not as one more ("another officer")."""
    return (f.count == 1 and f.qualifier == "exact" and not _is_name(f.group) and _group_key(f.group) in members
            and not any(w in _MORE for w in f.text.lower().split()))


def _named_people(figures) -> set[str]:
    """The people one-person name figures tell, a surname alone its full name."""
    names = {_victim_name(f) for f in figures}
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}


def _victim_name(f) -> str:
    """The lower-case name a one-person figure tells ("ann roe"), else ""."""
    words = f.group.lower().replace("’", "'").split()
    if f.count != 1 or f.qualifier != "exact" or not words or not f.group[:1].isupper():
        return ""
    if words[-1] in _V_PERSONS or words[-1] in ("people", "person", "himself", "herself", "self", "(he/she)"):
        return ""
    return " ".join(words)


def _replace_mention(ep: Episode, old: EventMention, new: EventMention) -> None:
    """``old`` becomes ``new`` in the episode and in the parts it was folded from."""
    ep.mentions = [(new if m is old else m, p) for m, p in ep.mentions]
    for part in ep.parts:
        _replace_mention(part, old, new)


def episode_rows(ep: Episode, report: Report, actors: ActorDictionary, country_info,
                 report_actors: list[Actor] = ()) -> list[Event]:
    """The ACLED rows of one episode (empty when it cannot be dated or placed, or is
    history the report recalls)."""
    days, precision, date_source, relative = _episode_days(ep, report.anchor_date)
    if not days or not ep.places or recalled(days, precision, date_source, report):
        return []
    place = _best_place(ep)
    event_type, sub = ep.best_type()
    figures, disputed = _distinct_figures(ep)
    total = total_deaths(figures)
    sub = abduction_ending_in_deaths(event_type, sub, total)
    country_name, iso, region = country_info(place.country_code)
    names = lambda cc: country_info(cc)[0] if cc else ""
    ranked = _ranked(ep, actors, place, days[0], names, subjects_only=event_type == "Strategic developments")
    if event_type == "Battles" and sum(a.inter in ARMED for a in ranked) < 2 and report_actors:
        # "residents reported continued fighting": the sides are the ones the report names
        known = {a.name for a in ranked}
        ranked = ranked + [a for a in report_actors if a.name not in known and a.inter in ARMED
                           and (not a.country or a.country == place.country_code or a.inter != 1)]
    targets = [t for t in (_resolve(a, actors, place, days[0], names) for m, _ in ep.mentions
                           for a in m.target_actors if not a.speaker) if t is not None]
    joint = _joint_sides(ep, lambda a: _resolve(a, actors, place, days[0], names))
    attacked = _attacked_names(ep, lambda a: _resolve(a, actors, place, days[0], names))
    a1, a2, assoc1, assoc2 = _pick_actors(event_type, sub, ranked, actors, place, days[0], names, targets,
                                          joint, attacked)
    if sub == "Non-violent transfer of territory":
        a1, a2 = _transfer_actors(ep, a1, a2, lambda a: _resolve(a, actors, place, days[0], names))
        days = _taken_days(ep, days)
    if a1 is None and sub == "Looting/property destruction":
        a1 = _report_group(report_actors, place.country_code)
    elif event_type in _ONE_SIDED_ATTACKS and not any(a.inter in ARMED for a in ranked) and not _doers_unknown(ep) \
            and not any(m.report_unclaimed for m, _ in ep.mentions):
        # a bombing or a killing whose own sentences name no one ("two bombs exploded in X"),
        # in a report whose events name one armed group in the country: that group's doing
        # (the suspected perpetrator is still the actor); with two, or with "unidentified
        # gunmen" told, there is no telling and it stays unidentified
        named = [Actor(e.name, e.inter, e.country) for m, _ in ep.mentions for e in m.report_groups
                 if e.active(days[0])]
        group = _report_group(list({a.name: a for a in [*report_actors, *named]
                                    if a.inter in (2, 3)}.values()), place.country_code)
        if group is not None and a1 is not None and a1.name.startswith("Unidentified Armed Group"):
            a1 = group
    a1, a2 = _claimed(ep, event_type, a1, a2, days[0], place.country_code, actors)
    if sub == "Disrupted weapons use" and _intercepted(ep):
        a1, a2 = _interception_sides(ep, a1, a2, actors, place, days[0], names)
    if event_type == "Riots" and a2 is not None and a2.inter == 7 and _crowds_clashed(ep):
        # two crowds clashing ("BNP activists clashed with Awami League supporters") are both rioters
        # (spec §2.3: demonstrators clash; interaction 55), not rioters and their civilian victims
        a2 = actors.generic_actor("rioters", 5, place.country_code, country_name, days[0])
    if event_type in ("Protests", "Riots") and not assoc1:
        assoc1 = demonstrator_groups(ep, place.country_code, country_name)
    if event_type == "Battles" and a1 is not None and a2 is not None:
        # the order carries no meaning in a battle (spec §3.1); by convention the side that
        # acted (the clause's subject, "al-Shabaab attacked an army post") comes first
        # (a place taken: the side that took it, whoever else is told acting in the fight)
        takers = [m for m, _ in ep.mentions if m.sub_event_type in TERRITORY] if sub in TERRITORY else []
        acted = Counter(t.name for t in (_resolve(a, actors, place, days[0], names)
                                          for m in takers or [m for m, _ in ep.mentions]
                                          for a in _doing_actors(m)) if t is not None)
        # ("soldiers were ambushed": the attacked side is actor2, its unnamed attackers actor1)
        if acted[a2.name] > acted[a1.name] or a1.name in attacked and a2.name not in attacked:
            # (each side's allies go with it: "soldiers, backed by police, fought Boko Haram")
            a1, a2, assoc1, assoc2 = a2, a1, assoc2, assoc1
    for actor in (a1, a2):
        # state forces are type 1 at home and External/Other forces abroad (spec §3.3)
        if actor is not None and actor.country and actor.inter in (1, 8) and actor.name.startswith(
                ("Military Forces of", "Police Forces of")):
            actor.inter = 1 if actor.country == place.country_code else 8
    if sub == "Government regains territory" and a1 is not None and a1.inter == 8 and not (
            a2 is not None and a2.inter == 8):
        # a foreign state's forces taking a place abroad overtake it, as a non-state group would
        # (spec §2.1: "a non-state armed group, or a foreign state, takes a place")
        sub = "Non-state actor overtakes territory"
    if sub == "Non-state actor overtakes territory":
        # ("Russian forces captured the village": the host state's, where the two fight over ground)
        a2 = ground_holder(a1, a2, {a.name for a in ranked}, place.country_code, days[0],
                           lambda: actors.state_forces("military", place.country_code, country_name, days[0]))
    kind = toll_kind(figures)
    split = split_over_days(total, len(days))
    # (a place changing hands is told by the side moving in, on the day it moves in: _taken_days)
    mover = sub == "Non-violent transfer of territory" and len(days) == 1
    lead = min((m for m, _ in ep.mentions), key=lambda m: (m.event_type != event_type, m.date_source != "sentence",
                                                          mover and not (m.gaining_actors and days[0] in m.days),
                                                          m.sent_index))
    sources = [report.source] if report.source else []
    for m, _ in ep.mentions:
        for s in m.attributed_sources:
            if s not in sources:
                sources.append(s)
    civilian_targeting = ""
    if event_type in ("Violence against civilians", "Other violence") or (
            event_type in ("Explosions/Remote violence", "Riots") and a2 is not None and a2.inter == 7):
        civilian_targeting = "Civilians targeted"
    if sub == "Excessive force against protesters":
        civilian_targeting = "Civilians targeted"
    explanation = lead.candidate.explanation
    figure_note = ""
    if figures:
        parts = [f"{f.count} {f.group}".strip() for f in counted_figures(figures)]
        figure_note = f" Fatalities reported: {'; '.join(dict.fromkeys(parts))} (total {total})."
        if disputed:
            figure_note += f" Conflicting figures: {'; '.join(disputed)}; the lowest is kept."
    strong = all(m.candidate.strong for m, _ in ep.mentions)
    confidence = 0.45 + 0.2 * strong + 0.15 * (date_source == "sentence") + 0.1 * (place.geo_precision == 1) \
        + 0.1 * any(p is not None and m.place_source == "sentence" for m, p in ep.mentions) \
        - 0.25 * all(m.candidate.apart_from_lead for m, _ in ep.mentions)  # a second event is not the report's main one,
        # whatever its trigger's strength
    rows = []
    for day, deaths in zip(days, split):
        note = f"On {day.day} {day:%B %Y}, {_location_clause(place)}: {lead.evidence.text}"
        if len(days) > 1:
            note += f" [{len(days)}-day episode; {total} deaths split over the days: {deaths} on this day.]"
        note += figure_note
        if relative and date_source != "anchor":
            note += " Date worked out from a relative expression."
        if date_source in ("anchor", "narrative"):
            note += " Date taken from the report's publication date or narrative."
        tags = "crowd size=no report" if event_type in ("Protests", "Riots") else ""
        if event_type == "Other violence":
            from .other_violence import TAG
            tags = TAG
        rows.append(Event(
            event_date=day, event_type=event_type, sub_event_type=sub,
            disorder_type=disorder_type(event_type, sub), time_precision=precision,
            actor1=a1.name if a1 else "", inter1=a1.inter if a1 else None,
            assoc_actor_1="; ".join(a.name for a in assoc1),
            actor2=a2.name if a2 else "", inter2=a2.inter if a2 else None,
            assoc_actor_2="; ".join(a.name for a in assoc2),
            civilian_targeting=civilian_targeting,
            iso=iso or None, region=region, country=country_name or place.country,
            admin1=place.admin1, admin2=place.admin2, location=place.location,
            latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
            source="; ".join(sources), notes=note.strip(), fatalities=deaths, fatalities_kind=kind, tags=tags,
            article_id=report.id, evidence=lead.evidence, confidence=min(1.0, confidence),
            explanation=explanation, country_code=place.country_code,
        ))
    return rows


#: the event_date of an undated mention's row (no ACLED row: the store only links by it)
UNDATED = date(1, 1, 1)


def undated_rows(dropped, report: Report, actors: ActorDictionary, country_info,
                 report_actors: list[Actor] = ()) -> list[Event]:
    """What a report with no date tells of the violence it could not date (type, place,
    actors, deaths), coded as rows dated :data:`UNDATED` with time_precision 0: never
    stored as events, but the store links the report by them to the event it tells."""
    from .episodes import build_episodes
    # actor names as they are now (as of the tables' last change, not the clock's day, so a
    # rerun codes the same names); the store compares them without periods
    on = actors.last_change
    ms = [dataclasses.replace(m, days=[on], time_precision=1, date_source="anchor")
          for m, why in dropped if why == "no codable date"]
    episodes, left = build_episodes(ms)
    rows = [e.replace(event_date=UNDATED, time_precision=0) for ep in episodes
            for e in episode_rows(ep, report, actors, country_info, report_actors)]
    # violence told with neither date nor place ("she had been shot"): what it is, and no
    # more (the store links the report by it where no place can); only when it places none:
    # a side mention says nothing of where the story's violence was
    return rows or unplaced_rows(left, report)


def incident_weekdays(dropped) -> str:
    """The weekdays that date the acts of violence a report with no date could not date
    ("was shot late Sunday", no page date to say which Sunday): their own sentence's date
    expression, not a weekday told of a vigil or a hearing elsewhere. Comma-joined, week
    order ("Sat,Sun"); the store links the report to no day-precise event on another one.
    A sentence telling a court's proceedings ("went on trial Wednesday for the killing",
    "jurors on Thursday watched the shooting") dates the hearing, not the violence: its
    weekday bounds nothing, so a trial story is not kept from its killing's other reports; so
    does a sentence telling a suspect's appearance in court or a charge ("was back in court
    Thursday", "was arraigned Monday in the shooting": store.dedupe.told_as_appearance)."""
    from ..store.dedupe import told_as_appearance, told_in_court
    from ..time import WEEKDAY_ABBR, weekdays_named
    found = {w for m, why in dropped if why == "no codable date" and is_violent_type(m.event_type, m.sub_event_type)
             and m.date_source == "sentence" and not told_in_court(m.evidence.text)
             and not told_as_appearance(m.evidence.text)
             for w in weekdays_named(m.date_text)}
    return ",".join(w for w in WEEKDAY_ABBR if w in found)


def unplaced_rows(dropped, report: Report) -> list[Event]:
    """The acts of violence a report tells with no place (mentions dropped for "no place"),
    one row per type, dated :data:`UNDATED` and placed nowhere: what the report tells of
    the violence it could not place, by which the store may link a report that coded no
    event (store.dedupe.tells_kind)."""
    rows, told = [], set()
    for m, why in dropped:
        kind = (m.event_type, m.sub_event_type)
        if why == "no place" and kind not in told and is_violent_type(*kind):
            told.add(kind)
            rows.append(Event(event_date=UNDATED, time_precision=0, event_type=kind[0], sub_event_type=kind[1],
                              disorder_type=disorder_type(*kind), geo_precision=0, article_id=report.id,
                              evidence=m.evidence, explanation=m.candidate.explanation,
                              notes="Told with no place: " + m.evidence.text))
    return rows
