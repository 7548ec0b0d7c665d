"""From a parsed report to event mentions: classify each sentence, then attach to every
candidate the place, date, actors and deaths of its clause (falling back to the
paragraph and the report's narrative, as a coder would).
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from ..actors.dictionary import ActorDictionary
from ..geo.gazetteer import haversine_km
from ..geo.tables import feature_words
from ..actors.finder import allied_mentions, find_actor_mentions
from ..data import read_words
from ..model import DateMention, Evidence, PlaceMention, Report
from ..nlp.parser import doc_text
from ..time.governing import said_just_before
from ..time import (date_governor, dates_aftermath, dates_condition, dates_earlier_act, dates_discovery, dates_speech, governing_date,
                    is_possessive, names_incident, names_other_incident, dates_response,
                    dates_incident_occurring)
from .bound_days import date_bounded_from_told_violence
from .claims import attach_claims, claim_of, is_claim_verb
from .episodes import counts_among_others, opens_new_item
from .death_days import date_from_deaths_told_apart, drop_tolls_of_other_days
from .background import earlier_day_clause, legal_step_clause
from .classifier import classify_sentence, force_on_demonstrators, report_candidates
from .fatalities import (attach_deaths_told_apart, drop_counts_called_hurt_later, is_death_verb, not_gathered,
                         sentence_death_figures, told_as_listed_incident)
from .home_state import event_places
from .battle_cues import TERRITORY
from .lexicon import Lexicon, is_violent_type, priority
from .screen import anchored, off_topic_field, told_long_before
from .triggers import sentence_has
from .victims_after import victims_told_after
from .mentions import (EventMention, both_sides, capture_fight_tokens, choose_places, describes_person, excluded_tokens,
                       refers_to_told_event, taking_verb, transfer_sides,
                       site_name_start, sentence_source_attributions, subject_actor_mentions, target_actor_mentions,
                       attacked_actor_mentions,
                       pair_actor_mentions)


def _force_told_after(demos: list, sent, lexicon: Lexicon, actor_mentions, candidates: list,
                      rioting: bool = False) -> None:
    """A demonstration told in the sentence before takes the force or arrests this sentence tells done
    to its demonstrators (``classifier.force_on_demonstrators``) when that outranks its own sub-type.
    Harm told alone after force used counts as the force's only when the report told no riot before
    (``rioting``): "rioters threw stones ... 25 people were injured in the violence" is the riot's."""
    if not demos:
        return
    intervened = not rioting and any(c.sub_event_type == "Protest with intervention" for c in demos)
    label = force_on_demonstrators(sent, lexicon, actor_mentions, candidates, intervened)
    if not label:
        return
    for c in demos:
        if priority(c.event_type, label) < priority(c.event_type, c.sub_event_type):
            c.sub_event_type = label
            c.explanation += f"; {label.lower()} told in the next sentence"


def _in_cause_clause(char: int, cand, sent, lexicon: Lexicon) -> bool:
    """A death told in the clause a riot or a peaceful demonstration is said to follow ("rioters torched
    cars after police shot dead a teenager", "marched following the killing of a student") is the
    killing that set it off, another event: none of the crowd's toll (cue list ``harm_cause_preps``).
    So is a death told in the act violence answers ("fired rockets in response to a drone strike
    that killed two of its members"): the strike's dead are not the rockets' (``_cause_clauses``)."""
    crowd = cand.event_type == "Riots" or cand.sub_event_type in ("Peaceful protest", "Protest with intervention")
    if not crowd and not is_violent_type(cand.event_type, cand.sub_event_type):
        return False
    trigger_ids = {i for m in cand.triggers for i in range(m.start_i, m.end_i)}
    for clause in _cause_clauses(sent, lexicon, crowd):
        if trigger_ids & {x.i for x in clause}:
            continue
        if clause[0].idx <= char < clause[-1].idx + len(clause[-1]):
            return True
    return False


def _cause_clauses(sent, lexicon: Lexicon, crowd: bool) -> list[list]:
    """The clauses of a sentence telling an act its news follows or answers. A crowd's: any
    "after"/"following" clause. Violence's, which "after" often only times ("killed him after
    an argument") and whose "killing six" the parser may hang on the "after" clause's verb: only
    an act answered ("in response to a drone strike that killed two", cue
    ``answered_act_nouns``), another event whose dead are not this one's (spec §0)."""
    clauses = []
    for t in sent:
        if crowd and t.lower_ in lexicon.cues["harm_cause_preps"] and t.dep_ in ("mark", "prep"):
            clauses.append(list((t.head if t.dep_ == "mark" else t).subtree))
        elif not crowd and t.dep_ == "prep" and any(c.dep_ == "pobj" and c.lemma_.lower() in
                                                    lexicon.cues["answered_act_nouns"] for c in t.children):
            clauses.append(list(t.subtree))
    return clauses


def _paragraph_of(paragraph_starts: list[int], char: int) -> int:
    return max(0, bisect_right(paragraph_starts, char) - 1)


def extract_mentions(doc, report: Report, places: list[PlaceMention], dates: list[DateMention],
                     lexicon: Lexicon, actors: ActorDictionary, country_of_word,
                     extra_sources=()) -> list[EventMention]:
    """Every event mention of a report, in text order.

    ``extra_sources``: more candidate sources, ``fn(sent, place_token_ids, actor_mentions,
    candidates) -> list[Candidate]``, each given the sentence's candidates so far and
    returning them with its own added (``--scope all-violence`` adds
    events.other_violence, which codes only sentences with no violent political event).
    None by default: the codebook's classifier alone."""
    from ..nlp import paragraphs

    from ..time import dateline_span

    text = doc_text(doc)
    para_spans = paragraphs(text)
    dl = dateline_span(report.text)  # as written: re-casing hides an upper-case dateline
    anchor = report.anchor_date
    period = lexicon.cues["period_words"]
    # dates that can date an event: not the dateline's, not "since November", never after the anchor
    dates = [d for d in dates
             if not (dl and dl[0] <= d.start < dl[1])
             and text[max(0, d.start - 7): d.start].strip().lower().split(" ")[-1:][0] not in period
             and not (anchor and d.days and min(d.days) > anchor)]
    if dl:
        places = [p for p in places if not dl[0] <= p.start < dl[1]] + [
            p for p in places if dl[0] <= p.start < dl[1]]
    para_starts = [s for s, _ in para_spans]
    dateline_towns = [p for p in places if dl and dl[0] <= p.start < dl[1] and p.geo_precision < 3][:1]
    place_token_ids: set[int] = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            place_token_ids.update(range(span.start, span.end))
    # (towns read in a state the report never names are no place of its violence)
    places = event_places(places, report.home)

    # news of another field (a match report, a film story): its violence words are mostly figurative
    field = off_topic_field(report.title + "\n" + text)
    mentions: list[EventMention] = []
    told_apart = []  # deaths in sentences that are no event of their own
    death_actors = {}  # ... and the actors each such sentence names (who the dead were)
    death_days = []  # ... and the day each such sentence tells its deaths on
    unnamed_members = []  # "rebels" told before any group is named
    report_groups = {}  # the non-state groups the report names
    last_group = None  # the non-state group last named, for "the extremist group"
    accident_told, armed_named = False, False  # an industrial cause told; an armed party named (any sentence)
    prev_index, prev_demos = -2, []  # the demonstrations of the sentence before (force told after them)
    rioting = False  # a riot told so far: the harm told after force may be the rioters' doing
    recap_para = -1  # the paragraph of the last sentence counting the incident among others
    claims = []  # each claim of responsibility (events.claims.Claim)
    answers = []  # (sentence, state forces) of each sentence telling fire answered ("Indian troops retaliated")
    launchers = (-2, [])  # (sentence, armed parties) of the sentence before: who launched what is stopped next
    for s_index, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        after_recap = recap_para == _paragraph_of(para_starts, sent.start_char)
        if counts_among_others(sent.text):
            recap_para = _paragraph_of(para_starts, sent.start_char)
        actor_mentions, members_here = [], []
        other_item = _opens_other_item(sent, lexicon)
        for a in _without_members_of_the_next(find_actor_mentions(sent, actors, country_of_word), doc):
            if a.role == "member":
                members_here.append((a, a.inter))
            if a.role == "anaphor":
                if last_group is None:
                    continue
                a.entry, a.role, a.inter = last_group, "", last_group.inter
            elif a.role == "member" and other_item:
                # ("Separately, resistance fighters ambushed a convoy in Magway": another item of a
                # roundup, whose fighters are no group named for the items before or after it)
                a.role = "unidentified"
            elif a.role == "member":  # "the rebels": the group named before, else unidentified
                if last_group is None:
                    a.role = "unidentified"
                    unnamed_members.append(a)
                else:
                    a.entry, a.role, a.inter = last_group, "", last_group.inter
            elif a.entry is not None and a.entry.inter in (2, 3, 4):
                last_group = a.entry
                report_groups[a.entry.name] = a.entry
            actor_mentions.append(a)
        _members_apart_from_state_allies(members_here, actor_mentions, doc, unnamed_members)
        actor_mentions = [a for a in actor_mentions if not _describes_the_harmed(a, doc, actor_mentions)]
        claim = claim_of(sent, actor_mentions, s_index, _paragraph_of(para_starts, sent.start_char), places, dates)
        if claim is not None:
            claims.append(claim)
        accident_told = accident_told or sentence_has(sent, lexicon, "accident_cues")
        armed_named = armed_named or any(a.inter in (1, 2, 3, 4, 8) and not a.speaker for a in actor_mentions)
        prev_launchers = launchers
        launchers = (s_index, [a for a in actor_mentions if a.inter in (1, 2, 3, 8) and not a.speaker
                               and not a.weak])
        candidates = classify_sentence(sent, lexicon, place_token_ids, actor_mentions)
        for source in extra_sources:
            candidates = source(sent, place_token_ids, actor_mentions, candidates)
        if field and candidates:
            candidates = [c for c in candidates if anchored(sent, c.event_type, c.sub_event_type, actor_mentions, field)]
        _force_told_after(prev_demos if prev_index == s_index - 1 else [], sent, lexicon, actor_mentions, candidates,
                          rioting)
        prev_index, prev_demos = s_index, [c for c in candidates if c.event_type == "Protests" and c.strong]
        rioting = rioting or any(c.event_type == "Riots" for c in candidates)
        if not candidates and _answers_fire(sent, actor_mentions, lexicon):
            answers.append((s_index, [a for a in actor_mentions if a.inter in (1, 8) and not a.speaker]))
        if not candidates:
            figures = sentence_death_figures(sent)
            headline = bool(figures) and _is_headline(text, sent, para_spans)
            figures = [dataclasses.replace(f, headline=headline, sentence=s_index) for f in figures]
            if figures and not _recalls_older_violence(sent, dates, anchor) \
                    and not _opens_other_item(sent, lexicon):
                told_apart.append((s_index, _paragraph_of(para_starts, sent.start_char), figures))
                death_actors[s_index] = actor_mentions
                day = _death_day(figures, dates, sent, doc)
                if day is not None:
                    death_days.append((figures, day))
            continue
        excluded = excluded_tokens(sent, lexicon)
        sent_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
        headline = _is_headline(text, sent, para_spans)
        if headline:
            site = site_name_start(text, para_spans[0], [doc[c.trigger_span[1] - 1].idx for c in candidates])
            sent_places = [p for p in sent_places if site is None or p.start < site]
        sent_actors = [a for a in actor_mentions if doc.char_span(a.start, a.end, alignment_mode="expand").root.i
                       not in excluded]
        fought_for = capture_fight_tokens(sent, lexicon, excluded) if excluded else set()
        capture_opponents = [a for a in actor_mentions if a.head_i in fought_for and a not in sent_actors]
        deaths = sentence_death_figures(sent)
        attributions = sentence_source_attributions(sent, lexicon) if deaths else []
        candidates, earlier = _earlier_day_events(sent, candidates, lexicon, place_token_ids, actor_mentions)
        places_apart = False
        if earlier is None:
            candidates, earlier = _incidents_at_two_places(sent, candidates, sent_places, lexicon, place_token_ids,
                                                           actor_mentions)
            places_apart = earlier is not None
        sent_text = sent.text.rstrip()
        ev_start = sent.start_char + (len(sent_text) - len(sent_text.lstrip()))
        ev_end = sent.start_char + len(sent_text)
        # quoted from the report itself (the parsed text has hard line breaks joined)
        evidence = Evidence(text=report.text[ev_start:ev_end], start=ev_start, end=ev_end)
        for n, cand in enumerate(candidates):
            t0, t1 = cand.trigger_span
            # (an incident told a day or more before the news has its own parties and toll)
            own = _own_part(cand, earlier, n, candidates)
            m = EventMention(
                candidate=cand, sent_index=s_index,
                paragraph=_paragraph_of(para_starts, sent.start_char), evidence=evidence,
                trigger_char=doc[t0].idx,
                actors=own(sent_actors + capture_opponents) if _fought_through(cand, sent_actors) else own(sent_actors),
                # deaths belong to the violent event of the sentence, not to a development beside it,
                # nor to it when listed as another incident's ("a shooting in X and a boy killed in a stabbing")
                deaths=own([f for f in deaths if not told_as_listed_incident(f, doc_text(doc), doc[t0].idx)
                            and not _in_cause_clause(f.start, cand, sent, lexicon)])
                if (own.leads and cand.event_type != "Strategic developments") else [],
                attributed_sources=attributions,
                subject_actors=own(subject_actor_mentions(sent, cand, sent_actors)),
                target_actors=own(target_actor_mentions(sent, cand, sent_actors)),
                attacked_actors=own(attacked_actor_mentions(sent, cand, sent_actors)),
                pair_actors=own(pair_actor_mentions(sent, cand, sent_actors, lexicon)),
                is_headline=headline, after_recap=after_recap,
            )
            m.allied_actors = [told for told in allied_mentions(sent_actors, doc) if not both_sides(told, m.pair_actors)]
            if prev_launchers[0] == s_index - 1 and _stopped_unnamed(cand, sent_actors, lexicon):
                # ("Russia launched 20 drones. Air defences downed 18 of them"): the launcher is actor1
                m.actors = [*m.actors, *prev_launchers[1]]
                m.subject_actors = [*m.subject_actors, *prev_launchers[1]]
            if cand.sub_event_type == "Non-violent transfer of territory" or cand.sub_event_type in TERRITORY:
                # (a place taken is read too: told right after a withdrawal it names the taker,
                # _takers_told_after)
                m.gaining_actors, m.leaving_actors = transfer_sides(sent, sent_actors, lexicon)
            reference = refers_to_told_event(sent, cand, lexicon)
            violent = is_violent_type(cand.event_type, cand.sub_event_type)
            if violent and cand.triggers:
                _parties_of_own_clause(m, doc, cand.triggers[0], lexicon)
            if cand.event_type == "Explosions/Remote violence":
                _civilian_target_place(m, sent, lexicon, actors)
            # the dateline's town, the report's own, unless the sentence names another country or
            # another's people ("the Honduran government denounced the murder of a Salvadoran minister")
            # (not the state whose forces did it: "KHERSON, Ukraine -- Russian shelling killed two"
            # tells the attackers' country, the dateline's town the scene)
            attackers = _state_force_modifiers(sent, sent_actors) if violent and dateline_towns else set()
            named = {country_of_word(t.text) for t in sent
                     if t.pos_ in ("ADJ", "PROPN", "NOUN") and t.i not in attackers} - {None} \
                if violent and dateline_towns else set()
            # (nor where the sentence names a country: fighting told across a whole country is no town's)
            country_told = any(p.level == "country" and not (dl and dl[0] <= p.start < dl[1]) for p in sent_places)
            towns = [p for p in dateline_towns if not named - {p.country_code}] if violent and not country_told else []
            if towns and _told_abroad_before(doc, s_index, doc[t0:t1].root, places, dl, towns[0].country_code):
                # (an earlier sentence tells the incident's noun in another country: "the assassination
                # of X three days ago in Guatemala" before "after learning of X's assassination, ...")
                towns = []
            if reference and violent and m.deaths:
                # (as its sentence would place and date it: the report's only account of a killing
                # it tells nowhere else, episodes.build_episodes)
                m.as_told = dataclasses.replace(m)
                told = m.as_told
                _place_and_date(told, doc, sent, cand, sent_places, dl, excluded, lexicon, dates,
                                report.anchor_date, para_spans)
                towns = [p for p in towns if not told.vague_place_only or p.country_code in told.vague_countries]
                if not told.places and towns:
                    told.places, told.place_source = towns[:1], "dateline"
            if reference:
                # "a spokesman in Gusau confirmed the abduction": the event is told elsewhere;
                # the sentence's place and date are the statement's
                m.place_source, m.date_source = "none", "reference"
                m.days = []
                m.subject_actors, m.target_actors, m.actors = [], [], []
                m.allied_actors = []
                mentions.append(m)
                continue
            _place_and_date(m, doc, sent, cand, own(sent_places) if places_apart else sent_places, dl, excluded, lexicon, dates, report.anchor_date,
                            para_spans, dateline_towns)
            if cand.sub_event_type in _HANDED_OVER and m.gaining_actors:
                _move_in_day(m, doc, sent, dates)
            m.dateline_places = [p for p in towns if not m.vague_place_only or p.country_code in m.vague_countries][:1]
            m.generic = _generic_trigger(doc[t0:t1].root, sent)
            mentions.append(m)
    _fire_answered_after(mentions, answers)
    date_bounded_from_told_violence(mentions)
    _fill_places_from_context(mentions, places, para_spans, doc, dl)
    _scene_district_after_lead(mentions, places, para_spans, doc_text(doc))
    _near_unknown_settlements(mentions, places, lexicon)
    # the codebook's rules across sentences (a protest told as turning violent is a riot)
    keep = {id(c) for c in report_candidates([m.candidate for m in mentions],
                                             accident_told=accident_told and not armed_named)}
    _takers_told_after(mentions, keep)
    mentions = [m for m in mentions if id(m.candidate) in keep]
    told_apart = not_gathered(told_apart, text)
    victims_told_after(mentions, told_apart, doc, lexicon, death_actors)
    attach_deaths_told_apart(mentions, told_apart, text)
    date_from_deaths_told_apart(mentions, death_days)
    drop_tolls_of_other_days(mentions, dates, doc)
    drop_counts_called_hurt_later(mentions, report.text)
    if field:
        # (past violence told as a reference in news of another field: no event of its days)
        mentions = [m for m in mentions if not told_long_before(m.days, report.anchor_date)]
    if len(report_groups) == 1:
        # "rebels" told before the report names its only group are that group
        group = next(iter(report_groups.values()))
        for a in unnamed_members:
            if group.name not in a.not_of:
                a.entry, a.role, a.inter = group, "", group.inter
    # (none where the report says no one claimed its violence: "no group claimed responsibility;
    # X has carried out similar attacks" leaves the attack unidentified)
    unclaimed = _told_unclaimed(doc)
    for m in mentions:
        m.report_groups = [] if unclaimed else list(report_groups.values())
        m.report_unclaimed = unclaimed
    attach_claims(mentions, claims, lambda m: is_violent_type(m.event_type, m.sub_event_type)
                  and not m.generic and not m.in_passing)
    return mentions


class _Part:
    """What of a sentence belongs to one of its candidates: all of it, or, with an incident told in a
    clause of time days before the news (``earlier_day_clause``), the clause's actors and toll to the
    incident and the rest to the news. Called on a list of actor mentions or death figures."""

    def __init__(self, inside: tuple[int, int] | None, mine: bool, leads: bool):
        self.inside, self.mine, self.leads = inside, mine, leads

    def __call__(self, items: list) -> list:
        if self.inside is None:
            return items
        lo, hi = self.inside
        return [x for x in items if (lo <= x.start < hi) == self.mine]


def _earlier_day_events(sent, candidates: list, lexicon: Lexicon, place_token_ids: set[int], actor_mentions):
    """The sentence's candidates and, when it tells beside its news an incident of an earlier day in
    a clause of time, with people killed or hurt in it ("jets pounded the town on Tuesday, a day after
    rebels stormed army posts nearby, killing 12 soldiers"), that clause's own violent candidates in place of any built from it alone:
    ``(candidates, (the clause's character span, its candidates) or None)``. (The time module
    dates the clause's incident the days before the news: "a day after" tells the day before.)"""
    found = earlier_day_clause(sent, lexicon) if candidates else None
    if found is None:
        return candidates, None
    verb, _days = found
    inside = frozenset(t.i for t in verb.subtree)
    harm = lexicon.union("lethal_cues", "injury_cues")
    if not any({t.lemma_.lower(), t.lower_} & harm for t in verb.subtree):
        return candidates, None  # ("a day after they seized the airport": told as what came before)
    outside = [c for c in candidates if not all(i in inside for m in c.triggers for i in range(m.start_i, m.end_i))]
    if not outside or len(outside) == len(candidates) and not candidates[0].triggers:
        return candidates, None
    span = sent.doc[min(inside): max(inside) + 1]
    own = classify_sentence(span, lexicon, place_token_ids, [a for a in actor_mentions if a.head_i in inside])
    own = [c for c in own if is_violent_type(c.event_type, c.sub_event_type)]
    if not own:
        return candidates, None
    for c in own:
        # its own row, not a day of the news's episode; and its own news (read alone, the clause
        # of time is all "what came before")
        c.apart_from_lead, c.background = True, False
    return outside + own, ((span.start_char, span.end_char), own)


#: words joining two clauses told side by side ("... in Peshawar and a bomb wounded six in Quetta")
_CLAUSE_JOINS = frozenset({"and", "while", "whereas", ";"})


def _incidents_at_two_places(sent, candidates: list, sent_places: list[PlaceMention], lexicon: Lexicon,
                             place_token_ids: set[int], actor_mentions):
    """A sentence joining two clauses that each tell violence at a place of its own ("gunmen shot dead
    a policeman in Peshawar and a bomb wounded six in Quetta"): two incidents, as ACLED codes one
    event per place, each clause with its own parties, toll and place. Read by the order of the
    words (the small model often hangs the second clause on the first's object); in the shape
    ``_earlier_day_events`` returns, the second clause being the part set apart."""
    if len(candidates) != 1:
        return candidates, None
    towns = [p for p in sent_places if p.level not in ("country", "continent")]
    doc = sent.doc
    for cut in (t for t in sent if t.lower_ in _CLAUSE_JOINS):
        if not (any(p.start < cut.idx for p in towns) and any(p.start > cut.idx for p in towns)) or \
                {p.geonameid for p in towns if p.start < cut.idx} & {p.geonameid for p in towns if p.start > cut.idx}:
            continue
        halves = (doc[sent.start:cut.i], doc[cut.i + 1:sent.end])
        read = [[c for c in classify_sentence(half, lexicon, place_token_ids,
                                              [a for a in actor_mentions if half.start <= a.head_i < half.end])
                 if is_violent_type(c.event_type, c.sub_event_type)] for half in halves]
        if all(len(found) == 1 for found in read):
            first, second = read
            second[0].apart_from_lead, second[0].background = True, False
            return first + second, ((halves[1].start_char, halves[1].end_char), second)
    return candidates, None


def _own_part(cand, earlier, n: int, candidates: list) -> _Part:
    """The part of the sentence ``cand`` owns (see ``_Part``)."""
    if earlier is None:
        return _Part(None, True, n == 0)
    inside, own = earlier
    if any(c is cand for c in own):
        return _Part(inside, True, cand is own[0])
    return _Part(inside, False, n == 0)


def _describes_the_harmed(a, doc, mentions) -> bool:
    """The armed party is named in a clause describing unarmed people ("killing 100 civilians who
    were digging trenches with the army"): it tells what the victims were doing, no side of the
    event (its doers are the clause's own subject's opponents, not the army)."""
    civilians = {m.head_i for m in mentions if m.inter == 7}
    if a.inter not in (1, 2, 3, 4, 8) or not civilians:
        return False
    tok = doc[a.head_i]
    for anc in tok.ancestors:
        if anc.dep_ in ("relcl", "acl") and anc.head.i in civilians:
            return True
    return False


_MEMBER_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|that\s+)?")


def _without_members_of_the_next(mentions: list, doc) -> list:
    """A member noun told as members of the party named next ("the fighters of the terrorist
    organization", "fighters of the group") is that party, not a second one: it is left out so
    the next mention (a name, or an anaphor for the group last named) stands for both."""
    text = doc_text(doc)
    return [a for a in mentions
            if not (a.role == "member" and any(b is not a and b.start >= a.end and b.role != "member"
                                               and _MEMBER_OF.fullmatch(text[a.end:b.start]) for b in mentions))]


def _members_apart_from_state_allies(members, mentions, doc, unnamed_members) -> None:
    """A member noun ("militants") in a sentence that lists a named group with the state's forces
    ("ambushed a convoy of soldiers and VDP volunteers") is not that group: the group fights on the
    state's side, the member noun is the other side, so it stays unidentified (never that group,
    even as the report's only one)."""
    allies = {a.entry.name for told in allied_mentions(mentions, doc) if any(x.inter == 1 for x in told)
              for a in told if a.entry is not None and a.entry.inter in (2, 3, 4)}
    listed = {id(a) for told in allied_mentions(mentions, doc) for a in told}
    for a, inter in members:
        if not allies or id(a) in listed:
            continue
        a.not_of = frozenset(allies)
        if a.entry is not None and a.entry.name in allies:
            a.entry, a.role, a.inter = None, "unidentified", inter
            unnamed_members.append(a)


def _parties_of_own_clause(m: EventMention, doc, match, lexicon: Lexicon) -> None:
    """An incident told in a clause of time of an arrest or a charge, with its own day ("police
    arrested two men on Monday after a bomb killed four on Saturday"): the actors outside that clause
    arrested or charged, they are no party to the incident (in place)."""
    clause = legal_step_clause(match, doc, lexicon)
    if clause is None:
        return
    inside = {t.i for t in clause.subtree}
    own = lambda actors: [a for a in actors if a.head_i in inside]  # noqa: E731
    m.actors, m.subject_actors = own(m.actors), own(m.subject_actors)
    m.target_actors, m.pair_actors = own(m.target_actors), own(m.pair_actors)
    m.allied_actors = [own(told) for told in m.allied_actors]


def _civilian_target_place(m: EventMention, sent, lexicon: Lexicon, dictionary: ActorDictionary) -> None:
    """A bombing aimed at a civilian place or vehicle ("exploded on a bus", "a bomb in the market", the
    civilian places of the ``civilian_nouns`` cues) and at no armed party has civilians as its target,
    as an ACLED coder codes a bus bomb (spec §2.4: civilians the main target; §3.3 type 7): a civilians
    mention at the target joins the mention's actors when its sentence names none, and no armed party
    but the doers (an army unit "at a hacienda" is the target, not the hacienda)."""
    from ..actors.finder import ActorMention
    from .parties import _target_heads, _target_kind, _target_tokens
    if any(a.inter == 7 for a in m.actors) or _target_kind(m.candidate.triggers, sent, lexicon, m.actors) != "civilian":
        return
    doers = {id(a) for a in m.subject_actors}
    if any(a.inter in (1, 2, 3, 4, 8) and not a.speaker and id(a) not in doers for a in m.actors):
        return
    role = dictionary.generic.get("civilian")
    places = lexicon.cues["civilian_nouns"]
    # (the target itself is the place or vehicle: not "people's artillery", whose owner a word names)
    heads = _target_heads(_target_tokens(m.candidate.triggers, sent))
    # (a part of them: "one of the buses")
    heads += [g for h in heads if h.pos_ in ("NUM", "PRON") for c in h.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads = [h for h in heads if h.lemma_.lower() in places or h.lower_ in places]
    if role is None or not heads:
        return
    head = heads[0]
    civilian = ActorMention(start=head.idx, end=head.idx + len(head.text), text=head.text, head_i=head.i,
                            role=role[0], inter=role[1], owned=True)
    m.actors = [*m.actors, civilian]
    m.target_actors = [*m.target_actors, civilian]


def _told_unclaimed(doc) -> bool:
    """A sentence of the report says no one claimed its violence ("no group has claimed responsibility",
    "no group claimed the attack")."""
    words = read_words("actors", "unclaimed_words.tsv")
    return any(any(t.lemma_.lower() == "responsibility" or is_claim_verb(t) for t in sent)
               and any(t.lower_ in words for t in sent) for sent in doc.sents)


def _generic_trigger(root, sent) -> bool:
    """A bare plural noun that is no subject ("denounced summary executions and assassinations",
    "talking about bombings") names a kind of act, as does a trigger in a sentence with no verb;
    "explosions were heard", "two bombings killed ten" tell incidents."""
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return True
    return root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("det", "nummod", "poss", "predet") for c in root.children)


def _told_abroad_before(doc, s_index: int, trigger, places: list[PlaceMention], dl, country: str) -> bool:
    """An earlier sentence names the trigger's word ("assassination", "bombing") and a place of
    another country than ``country`` (outside the dateline): the incident told there."""
    lemma = trigger.lemma_.lower()
    if not lemma.isalpha():
        return False
    for n, sent in enumerate(doc.sents):
        if n >= s_index:
            break
        if not any(t.lemma_.lower() == lemma for t in sent):
            continue
        if any(sent.start_char <= p.start < sent.end_char and p.country_code and p.country_code != country
               and not (dl and dl[0] <= p.start < dl[1]) for p in places):
            return True
    return False


def _place_and_date(m: EventMention, doc, sent, cand, sent_places, dl, excluded, lexicon: Lexicon, dates,
                    anchor, para_spans, dateline_towns=()) -> None:
    """The mention's place from its sentence and its date (``_attach_date``)."""
    in_dateline = {p.start for p in sent_places if dl and dl[0] <= p.start < dl[1]}
    chosen = choose_places(sent, cand, [p for p in sent_places if p.start not in in_dateline], excluded,
                           lexicon)
    if chosen and all(describes_person(doc, p, modifiers=False) for p in chosen):
        # a place told only as a person's home ("shot by Jo Marsh of Brill"): the town of the dateline, where
        # the report is filed from, is likelier the scene than a hometown (issue 3)
        m.person_place = True
        # (a dateline abroad is where the reporter is: "JEDDAH, Saudi Arabia - ... in Khartoum")
        chosen = [p for p in dateline_towns if {p.country_code} == {q.country_code for q in chosen}] or chosen
    elif chosen and all(describes_person(doc, p) for p in chosen):
        m.person_modifier_place = True
    if chosen:
        m.places, m.place_source = chosen, "sentence"
    else:
        # (the dateline's country is where the report is filed, not a scene told at country level:
        # "IDLIB, Syria -- Airstrikes hit a market in the city" is the dateline's town's)
        vague = {p.country_code for p in sent_places if p.level == "country" and p.start not in in_dateline
                 and doc.char_span(p.start, p.end, alignment_mode="expand").start not in excluded}
        if vague:
            m.vague_place_only, m.vague_countries = True, vague
    _attach_date(m, doc, sent, cand, dates, anchor, para_spans)


def _death_day(figures, dates: list[DateMention], sent, doc) -> DateMention | None:
    """The single day the sentence's first death words hang on ("was killed Friday morning"),
    not a statement's, an arrest's or a victim's state's (``governing_date``), and hung on a
    verb of dying or killing itself (not "the gun deaths of children ..., May 2" in a caption);
    None when the deaths refer back to someone told before ("he died Tuesday": often a
    later death)."""
    f = figures[0]
    if f.qualifier in ("anaphoric", "pronoun"):
        return None
    gov = governing_date(dates, f.start, f.end, sent.start_char, sent.end_char, doc, text=doc_text(doc))
    if gov is None or gov.precision != 1 or len(gov.days) != 1:
        return None
    verb = date_governor(gov, doc)
    return gov if verb is not None and is_death_verb(verb) else None


def _in_other_item(place: PlaceMention, doc) -> bool:
    """The place is told in a sentence opening another item ("In a separate development, a bomber
    struck a cafe in Mogadishu"): no scene for the unplaced item told before it."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    from .lexicon import default_lexicon
    return _opens_other_item(span.sent, default_lexicon())


def _opens_other_item(sent, lexicon: Lexicon) -> bool:
    """A sentence that opens another item of a roundup ("Elsewhere, the body of a candidate was found
    in Guerrero", "Separately, fighters ambushed a convoy"): its dead are no toll of the item told
    before it, its fighters no group named for another item."""
    words = sent.text.lstrip("-\u2022*\u2013 ").casefold()
    return any(words.startswith(w + " ") or words.startswith(w + ",") for w in lexicon.cues["new_item_openers"])


#: days before the report's own day past which a sentence's only dates tell an older incident
_RECALLED_DAYS = 45


def _recalls_older_violence(sent, dates: list[DateMention], anchor: date | None) -> bool:
    """A sentence with no event of its own whose dates are all a bare year, an earlier month or long
    past ("The group was behind a 2019 bombing that killed four", "the men were behind a bombing last
    month that killed 21"): its deaths are that older incident's, recalled as background, and no toll of the
    report's news (an ACLED coder adds no recalled toll to today's row)."""
    if anchor is None:
        return False
    own = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    return bool(own) and all((not d.days and d.year and d.year <= anchor.year)
                             or (d.days and (anchor - max(d.days)).days > _RECALLED_DAYS)
                             # ("a bombing in Kandahar last month that killed 21": a month before the report's)
                             or (d.days and d.precision == 3 and max(d.days) < anchor.replace(day=1)) for d in own)


def _is_headline(text: str, sent, para_spans) -> bool:
    """The first paragraph is a title when it is one short line without final punctuation."""
    if not para_spans:
        return False
    start, end = para_spans[0]
    line = text[start:end].strip()
    return (sent.start_char < end and len(line.split()) <= 25
            and not line.endswith((".", "!", "?", '"', "\u201d")))


#: the sub-type of a place handed over or left without a fight (its taker's day dates it: _move_in_day)
_HANDED_OVER = frozenset({"Non-violent transfer of territory"})


def _takers_told_after(mentions: list[EventMention], keep: set[int]) -> None:
    """"The army pulled out of Kidal on Tuesday. Rebels took over the town that evening.": the
    capture told right after a withdrawal is the same change of hands (report_rules keeps the
    transfer, not the capture), and the capture's subject gains the ground (spec: actor1 of
    a transfer is the side gaining control). The withdrawal's mention takes the capture's takers,
    and its day when later (the place changed hands when the taker moved in), unless the capture
    names another town."""
    dropped = [m for m in mentions if id(m.candidate) not in keep and m.sub_event_type in TERRITORY
               and m.gaining_actors]
    for taken in dropped:
        for m in mentions:
            if id(m.candidate) not in keep or m.sub_event_type not in _HANDED_OVER \
                    or m.gaining_actors or m.sent_index != taken.sent_index - 1:
                continue
            towns, left = ({p.location for p in x.places if p.level != "country"} for x in (taken, m))
            if towns and left and not towns & left:
                continue
            m.gaining_actors = list(taken.gaining_actors)
            if len(taken.days) == 1 and m.days and taken.days[0] > max(m.days):
                m.days, m.time_precision = list(taken.days), taken.time_precision


def _move_in_day(m: EventMention, doc, sent, dates: list[DateMention]) -> None:
    """"Government troops withdrew from X on Friday and the rebels moved in on Saturday": the place
    changed hands the day the taker moved in (spec: a transfer is a side taking control), not the
    day the other side left: the day of the taking verb's own clause, when later."""
    verb = taking_verb(doc[m.gaining_actors[0].head_i])
    # the day hung on the taking verb itself ("moved in on Saturday", "took control Tuesday"), else
    # the one governing its clause
    own = {t.idx for c in verb.children if c.dep_ == "prep" for t in c.children if t.dep_ == "pobj"} \
        | {c.idx for c in verb.children if c.dep_ in ("npadvmod", "tmod")}
    gov = next((d for d in dates if d.start in own), None) or governing_date(
        dates, verb.idx, verb.idx + len(verb.text), sent.start_char, sent.end_char, doc, text=doc_text(doc))
    if gov is not None and gov.precision == 1 and len(gov.days) == 1 and m.days and gov.days[0] > max(m.days):
        m.days, m.time_precision, m.date_text, m.date_relative = list(gov.days), 1, gov.text, gov.relative


def _attach_date(m: EventMention, doc, sent, cand, dates: list[DateMention], anchor: date | None,
                 para_spans) -> None:
    t0, t1 = cand.trigger_span
    ts, te = doc[t0].idx, doc[t1 - 1].idx + len(doc[t1 - 1].text)
    gov = governing_date(dates, ts, te, sent.start_char, sent.end_char, doc, text=doc_text(doc))
    if gov is not None and not gov.days and gov.year:
        # a bare year ("the 2012 shooting", "in 2012") tells the year, not the day: no row
        # (ACLED dates to the month at worst). Taking a day of that year from the paragraph,
        # the narrative or the page dated the recalled incident by the later news told
        # around it (ECB+ 0.743 -> 0.724, GVC train/dev unchanged): no fallback
        m.days, m.time_precision, m.date_source = [], 0, "sentence"
        m.date_text, m.date_relative = gov.text, False
        return
    if gov is not None:
        m.days, m.time_precision, m.date_source = list(gov.days), gov.precision, "sentence"
        m.date_text, m.date_relative = gov.text, gov.relative
        m.in_passing = _in_passing(doc[t0:t1].root)
        if gov.precision == 2 and gov.days:
            exact = _day_in_window(gov, dates, sent, doc, anchor, para_spans, m.paragraph)
            if exact is not None:
                m.days, m.time_precision, m.date_text = list(exact.days[-1:]), 1, exact.text
        return
    para_start, para_end = para_spans[m.paragraph] if para_spans else (0, len(doc_text(doc)))
    # the paragraph's date (before the sentence first), then the narrative's latest date
    # a possessive date ("Friday's attack") dates another event's noun: no fallback
    text = doc_text(doc)
    # (nor a date of the sentence's arrest: "arrested Monday in the shooting" does not date the shooting)
    # (only a bound, later than the violence but earlier than the report, when nothing else dates it)
    # (in a report with no date, a weekday it could not resolve: the store bounds the incident by its name)
    later = [d for d in dates if sent.start_char <= d.start < sent.end_char and dates_aftermath(d, ts, te, doc)]
    # (nor a victim's state: "was listed in critical condition Tuesday" dates no violence)
    # (nor the day of a statement about it: "On Friday, the coroner confirmed the two died")
    spoken = [d for d in dates if sent.start_char <= d.start < sent.end_char and dates_speech(d, ts, te, doc)]
    usable = [d for d in dates if d.days and not is_possessive(d, text) and d not in later
              and not dates_condition(d, doc) and d not in spoken
              # (nor a day a pluperfect steps back to: "they had handled the gun two weeks ago")
              and not dates_earlier_act(d, -1, -1, doc)]
    before = [d for d in usable if para_start <= d.start < sent.start_char]
    # (nor a statement's day told after the sentence: "..., police said Tuesday" dates the saying)
    inside = [d for d in usable if sent.start_char <= d.start < para_end
              and not (d.start >= sent.end_char and dates_speech(d, -1, -1, doc))]
    # (an earlier paragraph's arrest day is no narrative time for the violence: "Early Tuesday X was
    # arrested." before "He fired three times" leaves the shots on the day told before it)
    earlier = [d for d in usable if d.start < para_start and not dates_aftermath(d, -1, -1, doc)]
    earlier = _without_month_flashbacks(earlier)
    # with no page date (no anchor) an earlier paragraph's date is as often a background
    # incident's ("In March 2009 a worker shot two guards...") as the story's: the mention is
    # left undated (the store links it by what it is), not dated years off (ECB+ 0.745 -> 0.751)
    # a report that never dates its incident in the incident's own sentence often names its day
    # elsewhere as the incident's ("arrested Tuesday in Sunday's fatal shooting"): that day, not
    # the day of the arrest or of the report
    # (not a day owning "a"/"another" incident: "an April stabbing" is some other one, told beside it)
    # (or tells it of the incident: "the stabbing occurred shortly after 9 p.m. Friday")
    told = [d for d in dates if (names_incident(d, doc, text) and not names_other_incident(d, doc, text))
            or dates_incident_occurring(d, doc)][:1]
    # (of several aftermath days in the sentence the earliest is the tightest bound: "arrested Monday
    # in the shooting death of X on March 18" leaves the shooting on March 18)
    bound = sorted((d for d in later if d.days), key=lambda d: d.days[-1])[:1]
    # the day of a statement told before the violence in its sentence ("the ministry said on Monday
    # that enemy forces shelled the village") is a bound too: the event was told by then, so it
    # cannot fall on the later page's day (a statement told after it, "..., the coroner confirmed
    # Monday", still leaves the report's day: issue 6)
    statement_first = []
    if not bound and anchor is not None:
        said = [d for d in dates if sent.start_char <= d.start < sent.end_char
                and (d in spoken or said_just_before(d, ts, doc))]
        bound = statement_first = [d for d in said if d.days and d.precision == 1 and d.end <= ts
                                   and d.days[-1] < anchor][:1]
    # the day the dead were found, told in the sentence's paragraph or the next: no earlier than
    # the killing, no later than the page's day (a murder-suicide told on Monday, "their bodies
    # were found Saturday"); a finding told further off is as often another incident's
    near_end = para_spans[m.paragraph + 1][1] if para_spans and m.paragraph + 1 < len(para_spans) else para_end
    found = [d for d in usable if anchor is not None and para_start <= d.start < near_end and d.days[-1] <= anchor
             and dates_discovery(d, doc)][:1] if is_violent_type(cand.event_type, cand.sub_event_type) else []
    # the day the police were called or responded, anywhere in the report, no later than the page's
    # day: the violence was reported that day ("Deputies took a 911 call late Sunday ... and found two
    # dead"), so it dates a killing nothing else dates better than the page does
    response = [d for d in usable if anchor is not None and d.days[-1] <= anchor and dates_response(d, doc)][:1] \
        if is_violent_type(cand.event_type, cand.sub_event_type) else []
    # the day of a statement told after the violence, before the page's day ("gunmen killed 30,
    # the governor said on Friday" in a report of the next week): the violence was no later, so
    # that day bounds it better than the page's date does (a statement told first, "leaders said
    # on Wednesday that gunmen killed seven", is left to the page: tests/test_dates_sahelprobe.py)
    said = sorted((d for d in spoken if d.days and anchor is not None and d.days[-1] < anchor and d.start >= te),
                  key=lambda d: d.days[-1])[:1]
    # a sentence that opens on its own statement day ("On Sunday, the army said its drones struck a
    # camp") is a new item of a roundup: the day told for the item before it ("On Saturday, jihadists
    # ambushed soldiers") is another incident's, so the statement's day bounds this one better (the
    # same incident told again keeps the earlier day: bound_days.date_bounded_from_told_violence)
    own = [d for d in inside if d.start < sent.end_char]
    first = statement_first if statement_first and not own and _new_scene(m, text, sent) else []
    trial_year = _court_year(dates, doc, anchor) if is_violent_type(cand.event_type, cand.sub_event_type) else None
    for source, pool in (("bound", first), ("paragraph", before[-1:] or inside[:1]),
                         ("narrative", earlier[-1:] if anchor else []),
                         ("narrative", told), ("bound", bound), ("narrative", found), ("narrative", response),
                         ("bound", said)):
        if pool:
            d = pool[0]
            if source == "narrative" and trial_year is not None and d.days and d.days[-1].year > trial_year:
                return  # (a later paragraph's hearing day: see _court_year)
            # (the arrest's day is told in the sentence: a bound the report's violence may replace)
            m.date_bound = source == "bound"
            source = "sentence" if m.date_bound else source
            m.days, m.time_precision, m.date_source = list(d.days[-1:]), d.precision, source
            m.date_text, m.date_relative = d.text, d.relative
            return
    if anchor is not None and trial_year is None:
        m.days, m.time_precision, m.date_source = [anchor], 1, "anchor"
        m.date_text, m.date_relative = "publication date", True


def _court_year(dates: list[DateMention], doc, anchor: date | None) -> int | None:
    """The bare year, before the page's, that a sentence telling a court's proceedings gives the
    violence it tries ("was sentenced on Tuesday for shooting his neighbour in 2011", "convicted of
    the 2011 killing"), else None. Such a report tells a killing of that year: one of its own
    sentences that no date of its own dates ("X shot Y outside his home") is that older killing,
    not an act of the hearing's page day, and is left undated (a year is no ACLED date): the
    store links the report by what it tells (store: recalls.told_in_court), rather than coding a
    second event at the page's day."""
    from ..store.identity.recalls import told_in_court
    from .lexicon import default_lexicon
    if anchor is None:
        return None
    lexicon = default_lexicon()
    for d in dates:
        if d.days or not d.year or d.year >= anchor.year:
            continue
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        # (a killing tried, not a suspect's record: "was sentenced in 2000 on burglary charges" dates
        # no death the report tells)
        sent = span.sent if span is not None else None
        if sent is not None and told_in_court(sent.text.casefold()) and (
                sentence_has(sent, lexicon, "lethal_cues") or sentence_has(sent, lexicon, "killing_charges")):
            return d.year
    return None


def _new_scene(m: EventMention, text: str, sent) -> bool:
    """The mention's sentence names its own place and the report before it names none of them:
    a new item, not the incident told before ("... also killed four civilians near Djibo"). The
    whole report counts, dateline included: a paragraph opening "On Friday, the Henry County
    prosecutor confirmed ..." under a HENRY COUNTY dateline tells the same scene again."""
    if m.place_source != "sentence" or not m.places:
        return False
    told = text[:sent.start_char].casefold()
    return not any(p.text.casefold() in told for p in m.places)


def _without_month_flashbacks(earlier: list[DateMention]) -> list[DateMention]:
    """An earlier paragraph's bare month that ends before a day told ahead of it ("attacks
    today ... the offensive announced in April") looks back from the story's day: it dates
    that aside, not the later paragraphs' violence, which stay on the story's day."""
    out: list[DateMention] = []
    last_day = None
    for d in earlier:
        if d.precision == 3 and last_day is not None and d.days and max(d.days) < last_day:
            continue
        if d.precision == 1 and d.days:
            last_day = max(d.days) if last_day is None else max(last_day, max(d.days))
        out.append(d)
    return out


#: days either side of a week window's day within which a day told next refines it
_WEEK_HALF = 3


def _day_in_window(gov: DateMention, dates: list[DateMention], sent, doc, anchor: date | None,
                   para_spans, paragraph: int) -> DateMention | None:
    """A week window ("earlier this week", "over the weekend") that the report's next sentences
    narrow to a day ("It happened about 11 p.m. Sept. 19"): the first day told after the
    sentence, in its paragraph or the next two, inside the window and no later than the page's
    day (not an arrest's day nor a possessive's)."""
    if not para_spans:
        return None
    last = para_spans[min(paragraph + 2, len(para_spans) - 1)][1]
    text = doc_text(doc)
    for d in dates:
        if d.start < sent.end_char or d.start >= last:
            continue
        if (d.precision == 1 and len(d.days) == 1 and abs((d.days[0] - gov.days[-1]).days) <= _WEEK_HALF
                and (anchor is None or d.days[0] <= anchor) and not is_possessive(d, text)
                and not dates_aftermath(d, -1, -1, doc)):
            return d
    return None


def _in_passing(head) -> bool:
    """A noun trigger told in a prepositional phrase ("a suspect in a shooting", "the task
    stemmed from the shooting"): an incident named in passing, no clause of its own."""
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep"


def _fill_places_from_context(mentions: list[EventMention], places: list[PlaceMention], para_spans, doc,
                              dl=None) -> None:
    """Mentions with no place in their sentence take the place of their paragraph (the one
    it names most before them, else the first after), then of the paragraph before, and only
    then the dateline's town when it opens their paragraph: the dateline says where the report
    was filed from, the paragraphs where its incident was. The paragraph before counts for a
    quote paragraph (someone's words going on from the town just told) and for the paragraph
    after the lead (the lead names the story's town); not for a mention with its own deaths,
    which, placed, would count a toll the lead's event already holds. Whether mentions may
    instead join an event already described is decided when episodes are formed (arrests
    told after a protest's lead are its intervention: events.interventions)."""
    usable = sorted((p for p in places if p.level not in ("country", "continent")), key=lambda p: p.start)
    filed = [p for p in usable if dl and dl[0] <= p.start < dl[1]]
    told = [p for p in usable if p not in filed]
    text = doc_text(doc)
    for m in mentions:
        if m.places:
            continue
        if m.vague_place_only:
            _near_town_of_country(m, told, para_spans, text, places, doc)
            continue
        ps, pe = para_spans[m.paragraph] if para_spans else (0, len(text))
        new_item = opens_new_item(m)
        before = [p for p in told if ps <= p.start < m.evidence.start and not new_item]
        after = [p for p in told if m.evidence.end <= p.start < pe and not new_item
                 and not _in_other_item(p, doc)]
        pick = [_paragraph_topic(before)] if before else after[:1]
        if not before and after:
            m.place_lent_by = _told_of_another_day(after[0], m, mentions)
        if not pick and para_spans and m.paragraph > 0 and not new_item:
            qs, qe = para_spans[m.paragraph - 1]
            lead = not m.deaths and any(qs <= p.start < qe for p in filed)
            previous = [p for p in told if qs <= p.start < qe]
            if previous and (lead or _quote_paragraph(text[ps:pe])):
                pick = [_paragraph_topic(previous)]
        if not pick:
            pick = _town_referred_to(text, m, told)
        demonstration = m.event_type in ("Protests", "Riots")
        if not pick:
            # (a demonstration's sentence the parser glued to the dateline opens its paragraph too:
            # "TBILISI, Georgia -- Supporters of the opposition rallied outside parliament on Sunday")
            glued = dl[1] if dl and demonstration else 0
            pick = [p for p in filed if ps <= p.start < max(m.evidence.start, glued)][:1]
        if not pick and not told and demonstration:
            # a report naming no place but its dateline's town tells its demonstration there ("TBILISI,
            # Georgia -- Police dispersed protesters outside parliament ...", and further down "some
            # demonstrators threw bottles at officers"): a crowd gathers where the reporter files from,
            # while violence told from a capital is often far from it (MUC-4's tuned reports), and a
            # crime report's town is the one it names most, not its dateline's
            pick = filed[:1]
        if pick:
            m.places, m.place_source = pick, "paragraph"


def _told_of_another_day(p: PlaceMention, m: EventMention, mentions: list[EventMention]) -> int | None:
    """The sentence index of another incident, which its sentence dates to another day than ``m``'s,
    whose sentence tells ``p`` ("Rebels attacked a hamlet on Monday, killing three. On Wednesday,
    troops fought them in Y"), else None: lent Y, Monday's attack is still not Wednesday's fight (see
    ``episodes._lent_place``)."""
    if m.date_source != "sentence" or not m.days or not m.deaths:
        return None
    # (both with a toll of their own: a follow-up's charge or arrest beside the shooting it is about
    # still joins it)
    return next((o.sent_index for o in mentions if o is not m and o.evidence.start <= p.start < o.evidence.end
                 and o.date_source == "sentence" and o.days and o.deaths and not set(o.days) & set(m.days)), None)


def _near_town_of_country(m: EventMention, told: list[PlaceMention], para_spans, text: str,
                          places: list[PlaceMention] = (), doc=None) -> None:
    """A mention whose sentence names only a country or region and a settlement the gazetteer does
    not know ("attacked the village of X in northern Burkina Faso") takes the town of that country
    its paragraph names ("a local official in Djibo said"), as ACLED codes the nearest known place
    for a village it cannot find (spec §4.2; _near_unknown_settlements makes it precision 2). With
    no such village told, a country's event stays unplaced."""
    from .lexicon import default_lexicon
    if not m.vague_countries or not unknown_settlement(m.evidence.text, m.evidence.start, told, default_lexicon()):
        return
    ps, pe = para_spans[m.paragraph] if para_spans else (0, len(text))
    # (not a town of another item of a roundup: "Meanwhile, in Timbuktu, hundreds marched")
    towns = [p for p in told if ps <= p.start < pe and p.country_code in m.vague_countries and p.geo_precision == 1
             and not m.evidence.start <= p.start < m.evidence.end and not (doc is not None and _in_other_item(p, doc))]
    if towns:
        m.places, m.place_source, m.vague_place_only = towns[:1], "paragraph", False
        return
    # (no such town: a country told with a compass word, "in X in southern Lebanon", is the
    # larger region the village lies in, its unit called after that point at precision 3,
    # as ACLED codes a place known only by its region: spec §4.2)
    units = [p.compass_unit for p in places if p.compass_unit is not None and p.country_code in m.vague_countries
             and m.evidence.start <= p.start < m.evidence.end]
    if units:
        m.places, m.place_source, m.vague_place_only = units[:1], "sentence", False


def _stopped_unnamed(cand, sent_actors, lexicon: Lexicon) -> bool:
    """Weapons told stopped in the air ("air defences downed 18 of them") in a sentence that names no
    armed party beside the defender: the launcher named in the sentence before is the one that acted
    (spec §2.4: the launcher is actor1 of its Disrupted weapons use)."""
    stop = lexicon.cues["interception_words"]
    if cand.sub_event_type != "Disrupted weapons use" or not any(t.trigger.phrase in stop for t in cand.triggers):
        return False
    return sum(a.inter in (1, 2, 3, 8) and not a.speaker for a in sent_actors) < 2


def _fought_through(cand, sent_actors) -> bool:
    """The opponent of a background fight ("after weeks of fighting with Ukrainian forces") is a party of
    the candidate: of a place taken (the side that lost it, spec §2.1), or of an assault whose clause
    names only its attacker ("stormed the town after fighting with X": X defended it, no unnamed group)."""
    if cand.sub_event_type in TERRITORY:
        return True
    return cand.event_type == "Battles" and sum(a.inter in (1, 2, 3, 4, 8) and not a.speaker
                                                for a in sent_actors) < 2


def _state_force_modifiers(sent, sent_actors) -> set[int]:
    """Token indices of the demonyms or country names that give a state's forces their
    country in the sentence ("Russian" of "Russian shelling", "U.S." of "U.S. troops"): the
    words right before a mention of a state's military or police that named its country."""
    doc = sent.doc
    out: set[int] = set()
    for a in sent_actors:
        if a.entry is not None or a.role not in ("military", "police") or not a.country_code:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            continue
        out |= {t.i for t in doc[max(sent.start, span.start - 4):span.start]}
    return out


#: a town named by its kind alone ("south of the city", "in the town"), with the words before
#: it that put the event near it rather than in it
_TOWN_REFERENCE_RE = re.compile(r"\b(?:(?P<near>(?:north|south|east|west|northeast|northwest|southeast|"
                                r"southwest|outside|near|around|outskirts)\b(?:[ \t]+of)?[ \t]+)?)"
                                r"(?:the|that)[ \t]+(?P<kind>city|town|village)\b(?![ \t]+(?:of|council|hall|centre|center)\b)",
                                re.IGNORECASE)


def _town_referred_to(text: str, m: EventMention, told: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence that places its event by a town's kind alone ("clashed south of the city")
    means the town of that kind the report last named before it: that town, or near it
    (precision 2) after a direction or "near"/"outside". Only a town (a place of precision 1
    at city level) is referred to so; a region or country is not a city. Only a strong
    trigger's: a weak one's deaths ("five were killed in the strikes north of the city")
    belong to the violence already told, which it joins placed or not."""
    if not m.candidate.strong:
        return []  # ("five were killed in the strikes north of the city": deaths of an event told)
    ref = _TOWN_REFERENCE_RE.search(text, m.evidence.start, m.evidence.end)
    if ref is None:
        return []
    towns = [p for p in told if p.start < m.evidence.start and p.level == "city" and p.geo_precision == 1]
    if not towns:
        return []
    town = towns[-1]
    if ref.group("near"):
        town = dataclasses.replace(town, geo_precision=2)
    return [town]


#: how far from the lead's town a district the next paragraph names may lie (a city's
#: neighbourhoods and the suburbs run into it)
SCENE_DISTRICT_KM = 12.0
#: "the (residential) neighborhood of X", "X district": a district word before "of" or after the name
_DISTRICT_OF_RE = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+$", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)")


def _told_as_district(text: str, p: PlaceMention) -> bool:
    """The name is told as a part of a town: a district word before "of" or right after it."""
    districts = {w for w, kind in feature_words().items() if kind == "district"}
    before = _DISTRICT_OF_RE.search(text[max(0, p.start - 40):p.start])
    after = _WORD_AFTER_RE.match(text, p.end)
    return bool(before and before.group(1).casefold() in districts
                or after and after.group(1).casefold() in districts)


def _scene_district_after_lead(mentions: list[EventMention], places: list[PlaceMention], para_spans,
                               text: str) -> None:
    """A lead that tells its violence at a town ("died today in Lima after an attack") and a
    next paragraph that tells, in sentences coding nothing of their own, the neighbourhood of
    that town where it happened ("as he left a bakery in the quiet neighbourhood of
    Miraflores"): the event is at that district, as an ACLED coder places it at the most exact
    spot the report gives. Only a district told as one, within :data:`SCENE_DISTRICT_KM` of the
    town: another town named there is as often a new incident or someone's home."""
    if len(para_spans) < 2:
        return
    qs, qe = para_spans[1]
    busy = [(m.evidence.start, m.evidence.end) for m in mentions if m.paragraph == 1]
    scene = [p for p in places if qs <= p.start < qe and p.level == "city" and p.geo_precision == 1
             and not any(s <= p.start < e for s, e in busy) and _told_as_district(text, p)]
    for m in mentions:
        if m.paragraph != 0 or len(m.places) != 1 or m.vague_place_only:
            continue
        town = m.places[0]
        if town.level != "city" or " - " in (town.location or ""):
            continue
        near = [p for p in scene if p.location != town.location and p.country_code == town.country_code
                and (p.location.startswith(town.location + " - ")
                     or haversine_km(p.latitude, p.longitude, town.latitude, town.longitude) <= SCENE_DISTRICT_KM)]
        if near:
            m.places = near[:1]


@lru_cache(maxsize=4)
def _settlement_res(of_words: tuple[str, ...], after_words: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """"the village of X", "X village" and "X, a village": the name of a settlement said with its word;
    and "in X in southern Lebanon": a name told as a scene in a region of a country."""
    name = r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*"
    of = re.compile(rf"\b(?:{'|'.join(map(re.escape, of_words))})[ \t]+of[ \t]+(?P<name>{name})")
    after = re.compile(rf"(?P<name>{name})[ \t]+(?:{'|'.join(map(re.escape, after_words))})\b")
    # (an apposition: "in Kourfa, a farming village in the north")
    apposed = re.compile(rf"(?P<name>{name}),[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(map(re.escape, of_words))})\b")
    # (a scene's name right before a compass region of a country: "shelled homes in X in southern
    # Lebanon"; a name, not an armed group, after a preposition of place)
    in_region = re.compile(rf"\b(?:in|at|near|outside)[ \t]+(?P<name>{name})[ \t]+in[ \t]+(?:the[ \t]+)?"
                           rf"(?:north|south|east|west)(?:ern)?[ \t]+[A-Z]")
    return of, after, apposed, in_region


def unknown_settlement(evidence_text: str, offset: int, places: list[PlaceMention], lexicon: Lexicon) -> bool:
    """True when a sentence (``evidence_text``, starting at ``offset`` in the report) names a
    settlement by its word ("the village of X", "X village", ``settlement_of_words``,
    ``settlement_after_words``) that no place of the report covers: a village the gazetteer
    does not know."""
    for pattern in _settlement_res(tuple(lexicon.cues["settlement_of_words"]),
                                   tuple(lexicon.cues["settlement_after_words"])):
        for m in pattern.finditer(evidence_text):
            start, end = offset + m.start("name"), offset + m.end("name")
            if not any(p.start < end and start < p.end for p in places):
                return True
    return False


def _near_unknown_settlements(mentions: list[EventMention], places: list[PlaceMention], lexicon: Lexicon) -> None:
    """A mention whose sentence tells its violence at a settlement the gazetteer does not know
    ("attacked the village of X") and that is placed at another town (the dateline's, its paragraph's,
    the one the sentence puts the village in or near) is placed near that town, precision 2 at least,
    as ACLED codes the nearest known place for a village it cannot find (spec §4.2): the village lies
    near the town, not in it."""
    for m in mentions:
        if not (m.places or m.dateline_places) or not unknown_settlement(m.evidence.text, m.evidence.start,
                                                                         places, lexicon):
            continue
        m.places = [dataclasses.replace(p, geo_precision=max(2, p.geo_precision)) for p in m.places]
        m.dateline_places = [dataclasses.replace(p, geo_precision=max(2, p.geo_precision))
                             for p in m.dateline_places]


def _quote_paragraph(text: str) -> bool:
    """A paragraph opening with a quotation: someone's words going on from the place the
    paragraph before told, not a new account."""
    return text.lstrip().startswith(_QUOTE_MARKS)


_QUOTE_MARKS = ('"', "\u201c", "''", "``")


def _paragraph_topic(before: list[PlaceMention]) -> PlaceMention:
    """Of the places a paragraph names before a mention, the one it names most, the
    nearest of those: a place named again is what the paragraph is about, one named
    once beside it ("the youngest victim in Alverton and Brill counties") a comparison."""
    told = Counter(p.location or p.name for p in before)
    return max(reversed(before), key=lambda p: told[p.location or p.name])


def _answers_fire(sent, actor_mentions, lexicon) -> bool:
    """A sentence telling state forces answering fire in a clause of their own ("Indian troops
    retaliated", "the army responded"): its root is a verb of ``answering_verbs`` whose subject
    names state forces."""
    words = lexicon.cues.get("answering_verbs", ())
    # (the answer told as what a speaker said: "The army responded in kind, it said")
    verbs = [v for v in [sent.root] + [c for c in sent.root.children if c.dep_ == "ccomp"]
             if v.lemma_.lower() in words]
    # (not an answer to words: "the army responded to questions")
    verbs = [v for v in verbs if not any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children)]
    subj = {t.i for v in verbs for c in v.children if c.dep_ == "nsubj" for t in c.subtree}
    return any(a.head_i in subj and a.inter in (1, 8) and not a.speaker for a in actor_mentions)


#: sentences after one-sided fire within which an answer still answers it
_ANSWER_SENTENCES = 3


def _fire_answered_after(mentions, answers) -> None:
    """Shelling between two states' forces, answered in a sentence told just after ("Pakistani
    troops shelled Indian posts ... Indian troops retaliated"): both sides fired, an Armed clash
    (spec §2.1: two sides firing artillery at each other), with the answering forces as a party."""
    for s_index, forces in answers:
        for m in mentions:
            c = m.candidate
            if not (c.event_type == "Explosions/Remote violence"
                    and c.sub_event_type == "Shelling/artillery/missile attack"
                    and 0 < s_index - m.sent_index <= _ANSWER_SENTENCES):
                continue
            doers = [a for a in m.subject_actors if a.inter in (1, 8)]
            # (fire on civilians stays one-sided, whoever answers it)
            if not doers or any(a.inter == 7 for a in m.actors + m.target_actors):
                continue
            def country(a):
                return a.entry.country if a.entry is not None else a.country_code
            own = {country(a) for a in doers}
            other = [a for a in forces if country(a) and country(a) not in own]
            if not other:
                continue
            c.event_type, c.sub_event_type = "Battles", "Armed clash"
            c.explanation += "; the fire was answered by the other side's forces told after it: an armed clash"
            if not any(country(a) == country(other[0]) for a in m.actors):
                m.actors.append(other[0])

