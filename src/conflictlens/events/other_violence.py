"""Violence outside ACLED's taxonomy, coded on request (``--scope all-violence``).

Shootings, homicides, accidental shootings, kidnappings for ransom and arson with no
political actor are not ACLED events, but crime monitors and newsrooms need them (issue #6
§4). They are coded under an event type of our own, ``Other violence``, with sub-types
``Shooting``, ``Accidental shooting``, ``Homicide``, ``Kidnapping`` and ``Arson``, from a lexicon of
their own (``data/events/other_violence.tsv``). The rest of the machinery is shared: the
trigger matcher, the factuality checks and the place, date, actor and death rules of
``events.extractor`` and ``events.rows``. The classifier here is consulted only for
sentences in which the political coder found nothing, so the default scope is unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..data import read_table
from .classifier import Candidate
from ..time import counts_from_trigger, dateline_span
from .death_days import drop_tolls_of_other_days
from .factuality import factuality
from .fatalities import determiner_before, drop_counts_called_hurt_later
from .followup import refers_to_incident
from .lexicon import Lexicon, Trigger, default_lexicon, is_violent_type, stops_a_weapon
from .triggers import TriggerMatch, find_triggers

EVENT_TYPE = "Other violence"
DISORDER_TYPE = "Other violence"
SUB_TYPES = ("Shooting", "Accidental shooting", "Homicide", "Kidnapping", "Arson")
#: spec: sub-type priority when one sentence names several (a fatal shooting is a shooting)
_PRIORITY = {"Accidental shooting": 0, "Shooting": 1, "Kidnapping": 2, "Homicide": 3, "Arson": 4}
#: the tag every such row carries
TAG = "outside ACLED taxonomy"


class OtherViolenceLexicon:
    """Triggers (a Lexicon sharing the codebook's cues, so factuality reads the same
    negation, modality and background cues) plus the accident and weapon words."""

    def __init__(self, rows):
        triggers, self.accident, self.weapon, self.movers, self.firearms = [], [], set(), set(), set()
        for r in rows:
            words = tuple(r["phrase"].lower().split())
            kind = r["strength"]
            if kind == "accident":
                self.accident.append(words)
            elif kind == "weapon":
                self.weapon.add(" ".join(words))
            elif kind == "mover":
                self.movers.add(" ".join(words))
            elif kind == "firearm":
                self.firearms.add(" ".join(words))
            else:
                if r["sub_event_type"] not in SUB_TYPES:
                    raise ValueError(f"other_violence.tsv: {r['phrase']!r}: unknown sub-type {r['sub_event_type']}")
                triggers.append(Trigger(words, EVENT_TYPE, r["sub_event_type"], kind == "strong",
                                        r.get("requires", "") or ""))
        base = default_lexicon()
        self.lexicon = Lexicon.__new__(Lexicon)
        self.lexicon.triggers = triggers
        self.lexicon.by_first = {}
        for t in sorted(triggers, key=lambda t: -len(t.words)):
            self.lexicon.by_first.setdefault(t.words[0], []).append(t)
        self.lexicon.cues, self.lexicon.cue_phrases = base.cues, base.cue_phrases
        # (the past of "take" would let most reports through: "took his own life" is screened by its tail)
        forms = sorted({t.words[0] for t in triggers} | {"shot", "slain", "kidnapped", "stabbed", "murdered",
                                                         "own life"},
                       key=len, reverse=True)
        self.screen = re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\-", "[- ]?") for f in forms) + r")",
                                 re.IGNORECASE)

    def may_hold_event(self, text: str) -> bool:
        return bool(self.screen.search(text))

    def _has_weapon(self, sent, words=None) -> bool:
        words = self.weapon if words is None else words
        return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)

    def _condition_holds(self, m: TriggerMatch, sent, weapon: dict) -> bool:
        """A weak trigger's condition: a weapon named in its sentence, or a gun named anywhere in
        the report ("took his own life" and, a sentence on, "a handgun was found beside him"), or a
        gun as the verb's doer ("the gun went off")."""
        need = m.trigger.requires
        if need == "firearm" and m.start_i > sent.start and sent.doc[m.start_i - 1].text in ("-", "/"):
            return False  # "a murder-suicide": the murder's own trigger tells it
        if need == "gun_doer":  # "the rifle went off": the gun fired by itself; "the alarm went off" is no shot
            head = m.head(sent.doc)
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.firearms for c in head.children)
        if need not in ("weapon", "firearm"):
            return True
        if need not in weapon:
            weapon[need] = self._has_weapon(sent) if need == "weapon" else self._has_weapon(sent.doc, self.firearms)
        return weapon[need]

    def _moved(self, m: TriggerMatch, sent) -> bool:
        """"flames shooting out from the eaves", "prices shot up": the verb's doer is a thing that moves."""
        head = m.head(sent.doc)
        if head.pos_ != "VERB":
            return False
        doers = [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ in ("acl", "relcl") and not doers:
            doers = [head.head]  # "flames shooting out"
        return bool(doers) and all(d.lemma_.lower() in self.movers for d in doers)

    def _accidental(self, sent) -> bool:
        toks = [(t.lemma_.lower(), t.lower_) for t in sent]
        for words in self.accident:
            n = len(words)
            for i in range(len(toks) - n + 1):
                if all(w in toks[i + k] for k, w in enumerate(words)):
                    return True
        return False

    def classify(self, sent, place_token_ids=None, actor_mentions=()) -> list[Candidate]:
        """At most one ``Other violence`` candidate for a sentence."""
        kept: list[TriggerMatch] = []
        referred: list[TriggerMatch] = []
        rejected: list[str] = []
        weapon: dict[str, bool] = {}
        for m in find_triggers(sent, self.lexicon):
            if not self._condition_holds(m, sent, weapon):
                continue
            if m.trigger.sub_event_type == "Shooting" and self._moved(m, sent):
                rejected.append(f"'{m.trigger.phrase}': a movement, no shot ({m.head(sent.doc).text})")
                continue
            reason = factuality(m, sent, self.lexicon)
            if reason:
                rejected.append(f"'{m.trigger.phrase}': {reason}")
                if refers_to_incident(reason):
                    referred.append(m)
                continue
            kept.append(m)
        reference = not kept and bool(referred)
        if reference:
            # "charged with the murder of X": the incident a follow-up story is about
            # (kept by review_mentions only when the report tells no violence of its own)
            kept = referred
        strong = [m for m in kept if m.trigger.strong]
        use = strong or kept
        if not use:
            return []
        best = min(use, key=lambda m: _PRIORITY[m.trigger.sub_event_type])
        sub = best.trigger.sub_event_type
        if sub == "Shooting" and self._accidental(sent):
            sub = "Accidental shooting"
        words = ", ".join(f"'{m.trigger.phrase}'" for m in use)
        c = Candidate(EVENT_TYPE, sub, use,
                      f"violence with no political actor ({words}); outside ACLED's taxonomy"
                      + ("; the incident a follow-up story refers to" if reference else ""),
                      strong=bool(strong), reference=reference)
        c.rejected = rejected
        return [c]


@lru_cache(maxsize=1)
def default_other_violence() -> OtherViolenceLexicon:
    return OtherViolenceLexicon(read_table("events", "other_violence.tsv"))


def classify_other_violence(sent, place_token_ids=None, actor_mentions=(), candidates=()) -> list[Candidate]:
    """An extra candidate source for ``events.extractor.extract_mentions``: the political
    candidates unchanged, plus an ``Other violence`` one (first, so the sentence's deaths
    are its) when none of them is a violent event ("a boy was arrested after the
    accidental shooting" is an arrest and a shooting)."""
    candidates = list(candidates)
    if any(c.event_type != "Strategic developments" or stops_a_weapon(c) for c in candidates):
        # (a drone or missile "shot down" is a weapon's use disrupted, no shooting at people)
        return candidates
    found = default_other_violence().classify(sent, place_token_ids, actor_mentions)
    if found and found[0].sub_event_type == "Arson":
        if any(a.inter in (2, 3, 4) and not a.speaker for a in actor_mentions):
            return candidates  # a rebel group's or militia's arson is its property destruction (codebook)
        # a fire set by no political actor is the arson crime, not property destruction told twice
        candidates = [c for c in candidates if c.sub_event_type != "Looting/property destruction"]
    return found + candidates


def is_other_violence(event) -> bool:
    return getattr(event, "event_type", "") == EVENT_TYPE


def pick_actors(ranked, actors, place, on, country_name):
    """actor1: the named perpetrator when the report names one (a gang, a group in the
    actor dictionary), else ``Unidentified Armed Group (Country)``; actor2: the victims,
    ``Civilians (Country)`` unless the report names them."""
    armed = [a for a in ranked if a.inter in (1, 2, 3, 4, 8)]
    named = [a for a in armed if not a.name.startswith("Unidentified")]
    civilians = [a for a in ranked if a.inter == 7]
    cc = place.country_code
    a1 = named[0] if named else actors.generic_actor("unidentified", 3, cc, country_name, on)
    a2 = civilians[0] if civilians else actors.generic_actor("civilians", 7, cc, country_name, on)
    if a2 is not None and a1 is not None and a2.name == a1.name:
        a2 = actors.generic_actor("civilians", 7, cc, country_name, on)
    return a1, a2, [a for a in named[1:]], []


_ARMED = (1, 2, 3, 4, 8)


def _acting(m) -> set[int]:
    return {id(a) for a in (*m.subject_actors, *m.pair_actors) if a.inter in _ARMED and not a.speaker}


def names_political_actor(m) -> bool:
    """An armed party acted in the mention (the subject or a side of its trigger, no informant)
    or it names a rebel group or militia: the violence has the political actor the codebook's
    types need."""
    return bool(_acting(m)) or any(a.entry is not None and a.inter in (2, 3, 4) for a in m.actors)


def bystanders_left_out(m) -> None:
    """The mention's armed actors that did not act (the police who said so, who found the
    victim), in place: no party to a crime."""
    acting = _acting(m)
    m.actors = [a for a in m.actors if a.inter not in _ARMED or id(a) in acting]


def review_mentions(mentions, doc, places=(), dates=(), anchor=None, text: str = "") -> None:
    """With ``--scope all-violence``, after the extractor (in place):

    - a political mention typed only by a weak trigger ("was shot and killed ..., police
      said") whose sentence names no armed actor that acted (none is the subject of the
      trigger, none is a named group) is re-coded as ``Other violence`` when this lexicon
      finds an incident in the sentence: the only armed actor was the informant;
    - in every ``Other violence`` mention, an armed actor that did not act (the police who
      said so, who found the victim) is not a party to the incident.
    """
    sents = None
    for m in mentions:
        c = m.candidate
        if c.event_type in ("Violence against civilians", "Battles") and not c.strong and not names_political_actor(m):
            if sents is None:
                sents = list(doc.sents)
            found = default_other_violence().classify(sents[m.sent_index])
            if found:
                found[0].explanation += f"; the political reading ({c.event_type}: {c.explanation}) named no acting armed party"
                m.candidate = found[0]
        if m.candidate.event_type == EVENT_TYPE:
            bystanders_left_out(m)
            if len(m.places) > 1:
                # "in Tulsa, Oklahoma": the state that follows a town qualifies it, it is no second place
                m.places = [p for p in m.places
                            if not any(q is not p and q.admin1 and p.text.casefold() == q.admin1.casefold()
                                       for q in m.places)] or m.places
    headline_deaths = _referred_incidents(mentions, doc, dates, anchor)
    _settle_places(mentions, places, dateline_span(text) if text else None, doc)
    _fill_deaths(mentions, doc)
    _headline_deaths_to_lead(headline_deaths, mentions)
    drop_counts_called_hurt_later(mentions, text)
    drop_tolls_of_other_days(mentions, dates, doc)


def _referred_incidents(mentions, doc, dates, anchor) -> list:
    """Incidents a follow-up story only refers to ("charged with the murder of X", "arrested
    in connection with the shooting that killed X last week"), in place: dropped when the
    report tells an act of violence of its own (returns the deaths a dropped headline told,
    marked as a headline's: ``_headline_deaths_to_lead``); else each is dated by a date in its own
    phrase ("... that killed X last week") or a calendar date after it in its sentence, never
    by the day of the charges, else by the page date."""
    from .rows import recalled_before
    refs = [m for m in mentions if m.candidate.reference]
    if not refs:
        return []
    # (violence the report recalls, dated to a month over a year back, is coded by no row of it:
    # a sentencing story's "for shooting his friend 18 months ago" is no news of its own; nor is
    # a headline naming the case, "Man sentenced in Topeka killing": it joins what the body tells)
    if any(is_violent_type(m.event_type, m.sub_event_type) and not m.candidate.reference and not m.is_headline
           and not recalled_before(m.days, m.time_precision, m.date_source, anchor) for m in mentions):
        mentions[:] = [m for m in mentions if not m.candidate.reference]
        return [replace(f, headline=True) for m in refs if m.is_headline for f in m.deaths]
    for m in refs:
        head = m.candidate.triggers[0].head(doc)
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        # (or an interval counted from it: "arrested Monday, two days after the shooting")
        own = [d for d in dates if (lo <= d.start and d.end <= hi or counts_from_trigger(d, m.trigger_char, doc))
               and d.days and not (anchor and min(d.days) > anchor)]
        # ... else a calendar date told after it in its sentence, which the parser hung on the charge's
        # verb ("sentenced Monday ... for shooting X on June 4, 2022"); not a weekday ("police said Monday")
        own = own or [d for d in dates if m.trigger_char < d.start < m.evidence.end and d.days and not d.relative
                      and not (anchor and min(d.days) > anchor)]
        if own:
            m.days, m.time_precision, m.date_source = list(own[0].days), own[0].precision, "sentence"
            m.date_text, m.date_relative = own[0].text, own[0].relative
        elif anchor is not None:
            m.days, m.time_precision, m.date_source = [anchor], 1, "anchor"
            m.date_text, m.date_relative = "publication date", True
        else:
            m.days, m.time_precision, m.date_source = [], 1, "none"
    return []


def _headline_deaths_to_lead(figures, mentions) -> None:
    """A headline read as referring to an incident ("Boy, 13, dies after accidental shooting")
    is left out when the body tells the violence itself; the deaths it tells are then the
    toll of the report's lead violence, as a headline telling no event of its own is
    (``DeathFigure.headline``: counted when the body tells none)."""
    lead = next((m for m in mentions if is_violent_type(m.event_type, m.sub_event_type)
                 and not m.is_headline), None)
    if lead is not None and figures:
        lead.deaths = [*lead.deaths, *figures]


def report_place(places):
    """The place a crime report is about: of the towns (else counties and regions) it names
    in the country most of them are in, the one it names most often, the earliest of equals."""
    usable = [p for p in places if p.level not in ("country", "continent")]
    if not usable:
        return None
    by_country: dict[str, int] = {}
    for p in usable:
        by_country[p.country_code] = by_country.get(p.country_code, 0) + 1
    country = max(by_country, key=by_country.get)  # max keeps the first of equal counts
    return max(_names_in(usable, country).values(), key=len)[0]


def _names_in(usable, country) -> dict[str, list]:
    """The places named in ``country``, by place; towns only when the report names any,
    else counties when it names any (a state's name stands for its capital as a location,
    but names no town of it)."""
    here = [p for p in usable if p.country_code == country]
    # (else a county before its state: the more precise region, spec §4.2)
    here = [p for p in here if p.geo_precision < 3] or [p for p in here if p.level != "admin1"] or here
    named: dict[str, list] = {}
    for p in here:
        named.setdefault(p.location or p.name, []).append(p)
    return named


def _a_person(doc, place) -> bool:
    """The parser reads the place's name as a person's ("his wife Shauna")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _site_name(mentions, doc) -> tuple[int, int] | None:
    """The span of the headline's tail that names the website (mentions.site_name_start)."""
    from ..nlp import paragraphs
    from ..nlp.parser import doc_text
    from .mentions import site_name_start
    heads = [m for m in mentions if m.is_headline]
    if doc is None or not heads:
        return None
    text = doc_text(doc)
    spans = paragraphs(text)
    if not spans:
        return None
    ends = [doc[t.end_i - 1].idx for m in heads for t in m.candidate.triggers]
    start = site_name_start(text, spans[0], ends)
    return (start, spans[0][1]) if start is not None else None


def _settle_places(mentions, places, dateline=None, doc=None) -> None:
    """Where the report is (:func:`report_place`, its dateline aside: the reporter's town),
    in place: an ``Other violence`` mention with no place of its own takes it; one placed
    by its paragraph at the dateline's town, or only at the state the report's town is in
    ("inside an Alaska hotel room"), or by its sentence at a name the parser reads as a
    person's ("shot his wife Shauna"), named only once, in another state than the town the
    report names most (at least twice), is there too: a crime report tells one town.
    Places in the headline's tail naming the website are never the report's, nor an
    account's town before its handle, nor a town that speaks ("Channel 5 Brill reports"),
    nor a hometown outside the counties the report names; a county comes before its state.
    A mention placed only where the victim was cared for, in another state than the report's
    town (a hospital named like a far namesake), is at that town (GVC 165 -> 166).
    (GVC train/dev place within 25 km 155 -> 161 of 207 with events.mentions' hospital
    towns; B-cubed 0.972 -> 0.974.) (Moving any
    lone name in another state or country also moved right places away from a surname
    resolved abroad: GVC train/dev B-cubed 0.954 -> 0.949.)"""
    from ..nlp.parser import doc_text
    from .mentions import account_place, cared_place, describes_person, reference_city, school_place, speaking_place
    in_dateline = lambda p: bool(dateline) and dateline[0] <= p.start < dateline[1]  # noqa: E731
    usable = [p for p in places if p.level not in ("country", "continent")
              and not (doc is not None and account_place(doc_text(doc), p))]
    site = _site_name(mentions, doc)
    if site is not None:  # the headline's tail naming the website ("- WXYZ News 5 Brill, Ohio")
        usable = [p for p in usable if not site[0] <= p.start < site[1]]
    if doc is not None:  # a list of guests beside the story ("Guests: ... the sheriff of X County")
        asides = aside_spans(doc_text(doc))
        usable = [p for p in usable if not any(a <= p.start < b for a, b in asides)]
    main = None
    for m in mentions:
        if m.candidate.event_type != EVENT_TYPE or m.vague_place_only:
            continue
        if main is None:
            # where a victim was taken or cared for is no place the report is about ("taken to Brill")
            own = [p for p in usable if doc is None or not (cared_place(doc, p, default_lexicon())
                                                             or speaking_place(doc, p, default_lexicon()))] or usable
            own = [p for p in own if not _hometown_elsewhere(doc, p, own)] or own
            # ("a Brill rapper" of a town outside the counties the report names: his home, HOME_MODIFIERS)
            own = [p for p in own if not _hometown_elsewhere(doc, p, own, modifiers=HOME_MODIFIERS)] or own
            # a town told only as a person's address ("Jo Reyes, 14, of Brill") is a home, even in the
            # report's county: the county is the scene the report knows
            own = [p for p in own if not _address_only(doc, p, own)] or own
            # a person's school town ("a senior at Brill High School") is a home, however often named
            own = [p for p in own if doc is None or not school_place(doc_text(doc), p, default_lexicon())] or own
            # a metro named only to say where its suburb lies ("the Alverton suburb of Brill")
            own = [p for p in own if doc is None or not reference_city(doc, p, own, default_lexicon())] or own
            # a town named only as a bearing ("a bait shop west of Gainesville") is no scene: the
            # dateline's town is, where the report names no other (issue 3)
            text = doc_text(doc) if doc is not None else ""
            main = report_place([p for p in own if not in_dateline(p) and not _bearing_only(text, p, own)]) \
                or report_place([p for p in own if in_dateline(p) and p.level == "city"]) \
                or report_place([p for p in own if not in_dateline(p)]) or report_place(own) or False
            if main and main.geo_precision >= 3:
                # the report names only the county ("Ludlow County deputies say") and its dateline a
                # town of that county ("BRILL, Ohio --"): the town, the more precise place (spec §4.2)
                main = next((p for p in usable if in_dateline(p) and p.geo_precision < 3
                             and _within(p, main)), main)
            elif main:
                main = _dateline_town_of_told_county(main, usable, in_dateline)
        if not main:
            return
        p = m.places[0] if len(m.places) == 1 else None
        if m.person_place and m.place_source == "sentence" and p is not None and doc is not None \
                and describes_person(doc, p, modifiers=False) and not describes_person(doc, main) \
                and (p.location or p.name) != (main.location or main.name):
            # the sentence names only where a person is from ("shot by Jo Marsh of Brill"): the report's town
            m.places, m.place_source = [main], "report"
            continue
        if (m.person_place or m.person_modifier_place) and m.place_source == "sentence" and p is not None \
                and (scene := _scene_town(doc, p, usable)) is not None:
            # the sentence names only a person's town ("a 22-year-old Brill man died after he was
            # shot") and the report tells the scene elsewhere ("outside a home in Alverton"): an
            # ACLED coder codes where it happened, not where the victim lived
            m.places, m.place_source = [scene], "report"
            continue
        if HOME_MODIFIERS and m.person_modifier_place and m.place_source == "sentence" and p is not None \
                and (p.location or p.name) != (main.location or main.name) \
                and _hometown_elsewhere(doc, p, usable, modifiers=True) \
                and not _hometown_elsewhere(doc, main, usable, modifiers=True):
            # the sentence names only a person's town ("a Brill rapper threw the party where four were
            # shot") outside the counties the report names: his home, the report's place is the scene
            m.places, m.place_source = [main], "report"
            continue
        if not m.places:
            m.places, m.place_source = [main], "report"
            continue
        if len(m.places) != 1:
            continue
        p = m.places[0]
        if m.place_source in ("sentence", "paragraph") and doc is not None \
                and (p.country_code, p.admin1) != (main.country_code, main.admin1) \
                and cared_place(doc, p, default_lexicon(), m.candidate.trigger_span) \
                and not cared_place(doc, main, default_lexicon()):
            # its sentence or paragraph names only where the victim was cared for, in
            # another state than the report's town ("pronounced dead at Brill's Children's
            # Hospital", Brill read as a namesake far away): the violence was at that town
            m.places, m.place_source = [main], "report"
        elif m.place_source == "paragraph" and in_dateline(p):
            m.places, m.place_source = [main], "report"
        elif m.place_source == "sentence" and _scene_town_of_county(doc, p, main, usable):
            # its sentence names only the county ("the Horry County coroner says four died in a
            # shooting"), the report the town of that county where it happened: the more precise
            # place of the same incident (spec §4.2: a town before its county)
            m.places, m.place_source = [main], "report"
        elif m.place_source in ("paragraph", "sentence") and doc is not None \
                and school_place(doc_text(doc), p, default_lexicon()):
            # the sentence or paragraph names only a person's school ("a senior at Brill High School"): a home
            m.places, m.place_source = [main], "report"
        elif p.level == "admin1" and main.level != "admin1" and (p.country_code, p.admin1) == (
                main.country_code, main.admin1):
            # "inside an Alaska hotel room", "a Texas toddler": the state holds the town or county the
            # report tells, the more precise place of the same incident (spec §4.2: a region only
            # when no town is named; a county before its state)
            m.places, m.place_source = [main], "report"
        elif m.place_source == "sentence" and (p.country_code, p.admin1) != (main.country_code, main.admin1) \
                and _a_person(doc, p) and not _a_person(doc, main):
            told = lambda q: sum((x.location or x.name) == (q.location or q.name) for x in usable)  # noqa: E731
            if told(p) == 1 and told(main) >= 2:
                m.places, m.place_source = [main], "report"


def _address_only(doc, town, places) -> bool:
    """Every mention of the town gives a person's address after "of"/"from" ("Jo Reyes, 14, of
    Brill", "both from Brill"), and the report names some other place: the town is where a
    victim or a suspect lives, no scene."""
    from .mentions import describes_person
    if doc is None or town.level != "city":
        return False
    name = lambda q: q.location or q.name  # noqa: E731
    same = [q for q in places if name(q) == name(town)]
    return any(name(q) != name(town) for q in places) \
        and all(describes_person(doc, q, modifiers=False) for q in same)


def _county_office(text: str, county) -> bool:
    """The county's name opens an office's ("the Ludlow County coroner", "Ludlow County
    deputies"; data/geo/county_office_words.tsv), its unit word written or not."""
    from ..geo import tables
    after = text[county.end:county.end + 40].casefold()
    after = re.sub(r"^\s+(?:county|parish|borough)\b", "", after).lstrip()
    return any(re.match(re.escape(w) + r"\b", after) for w in tables.county_office_words())


def _scene_town_of_county(doc, county, town, places) -> bool:
    """The report's town lies in the county a mention's sentence names as the office telling
    of it ("the Ludlow County coroner says", :func:`_county_office`), and the report tells the
    town as a place things happen (at least once not only as where a person is from, "a
    Brill man", nor a person's school): the county's scene, not a victim's home town."""
    from ..nlp.parser import doc_text
    from .mentions import describes_person, school_place
    if doc is None or county.level != "admin2" or town.level != "city" or not _within(town, county):
        return False
    text = doc_text(doc)
    if not _county_office(text, county):
        return False  # ("the latest Ludlow County shooting": the county is where it was told to be)
    if _bearing_only(text, town, places):
        return False  # ("14 miles north of Brill": a point the scene is told from)
    same = [q for q in places if (q.location or q.name) == (town.location or town.name) and q.level == "city"]
    return any(not describes_person(doc, q) and not _residence(doc, q)
               and not school_place(text, q, default_lexicon()) for q in same)


#: the longest paragraph of a list beside the story (a guest's name, office and town)
ASIDE_ITEM_WORDS = 30


def aside_spans(text: str) -> list[tuple[int, int]]:
    """The lists of people beside the story: a paragraph that is only a label of
    ``aside_labels`` (cues.toml) and a colon ("Guests:"), and the short paragraphs after it
    (ASIDE_ITEM_WORDS words at most each; a longer one ends the list)."""
    labels = {w.casefold() for w in default_lexicon().cues.get("aside_labels", [])}
    if not labels:
        return []
    out, start = [], None
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if not line:
            continue
        if line.endswith(":") and line[:-1].strip().casefold() in labels:
            if start is not None:
                out.append((start, m.start()))
            start = m.end()
            continue
        if start is not None and len(line.split()) > ASIDE_ITEM_WORDS:
            out.append((start, m.start()))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


#: a bearing before a town: "north of X", "10 miles south of X", "northeast of downtown X"
_BEARING_BEFORE = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+|downtown\s+)?$", re.I)


def _bearing_only(text: str, place, places) -> bool:
    """Every mention of the place's town is a bearing ("a shop west of Gainesville", "5 miles west of
    Brill"): a point the scene is told from, not the scene."""
    same = [q for q in places if (q.location or q.name) == (place.location or place.name)]
    return bool(text) and all(_BEARING_BEFORE.search(text, max(0, q.start - 40), q.start) for q in same)


#: a town named before a person noun ("a Brill rapper") outside every county the report names
#: is a hometown too, not only one after "of"/"from"
HOME_MODIFIERS = True


def _hometown_elsewhere(doc, place, places, modifiers: bool = False) -> bool:
    """The place tells only where a person is from ("Jo Reyes, 14, of Brill", "both from
    Brill") and lies in none of the counties the report names: a victim's or a shooter's
    hometown, not the scene the report's county tells. (A hometown in the report's county
    stays: local news names the victims by the scene's town.) ``modifiers``: also a town
    before a person noun ("a Brill rapper") or where someone lives ("who lives in Brill"),
    against the counties of its own state named with their unit word only ("Smith" may be
    a surname read as a county)."""
    from .mentions import describes_person
    if doc is None or place.level != "city":
        return False
    counties = [q for q in places if q.level == "admin2" and q.country_code == place.country_code
                # (a town before a person noun: only beside a county of its own state, as a name read
                # as a far county, "Pope" of a pope's name, tells no scene)
                and (_unit_word_named(doc, q) and q.admin1 == place.admin1 if modifiers else True)]
    return bool(counties) and not any(_within(place, c) for c in counties) \
        and (describes_person(doc, place, modifiers=modifiers) or modifiers and _residence(doc, place))


@lru_cache(maxsize=1)
def _scene_dwelling_re() -> re.Pattern | None:
    """A dwelling noun and "in" right before a town: "outside a home in ", "at his residence in "."""
    nouns = default_lexicon().cues.get("scene_dwelling_nouns", [])
    if not nouns:
        return None
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\b(?:at|in|inside|outside|near|behind|outside\s+of)\s+(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w'’-]+\s+){0,2}?(?:" + alts + r")s?\s+(?:in|near)\s+$", re.I)


def _scene_town(doc, home, places):
    """The one other town the report tells as the scene with a dwelling ("were outside a home in
    Alverton"), in the home town's state and, when the report names counties of that state, in
    one of them (a namesake elsewhere is no scene of this report), or None. The home town, told
    only as where a person is from, is where the victim lived, not where the shooting was."""
    from ..nlp.parser import doc_text
    pattern = _scene_dwelling_re()
    if doc is None or pattern is None or home.level != "city":
        return None
    text = doc_text(doc)
    counties = [q for q in places if q.level == "admin2" and q.country_code == home.country_code
                and q.admin1 == home.admin1]
    name = lambda q: q.location or q.name  # noqa: E731
    scenes = {name(q): q for q in places
              if q.level == "city" and name(q) != name(home)
              and (q.country_code, q.admin1) == (home.country_code, home.admin1)
              and (not counties or any(_within(q, c) for c in counties))
              and pattern.search(text, max(0, q.start - 60), q.start)}
    return next(iter(scenes.values())) if len(scenes) == 1 else None


def _unit_word_named(doc, county) -> bool:
    """The county is named with its unit word ("Brill County"), not by a bare name that may
    be a person's ("Smith")."""
    from ..nlp.parser import doc_text
    word = county.name.split()[-1].casefold()
    after = re.match(r"\s+(\w+)", doc_text(doc)[county.end:county.end + len(word) + 4])
    return county.text.split()[-1].casefold() == word or after is not None and after.group(1).casefold() == word


#: verbs telling where a person lives: "who lives in Brill"
_RESIDE_LEMMAS = frozenset({"live", "reside"})


def _residence(doc, place) -> bool:
    """The place is where someone lives ("Jo Reyes, who lives in Brill") or has gone home to
    ("Reyes went back home in Brill": "home" an adverb; "shot at her home in Brill", the
    noun, is a scene)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    if node.dep_ != "pobj" or node.head.lower_ != "in":
        return False
    verb = node.head.head
    adverb_home = any(t.lower_ == "home" and t.dep_ == "advmod" for t in (verb, *verb.children))
    return adverb_home or verb.lemma_ in _RESIDE_LEMMAS


def _dateline_town_of_told_county(main, places, in_dateline):
    """The dateline's town instead of ``main``, a town named once that lies in none of the
    counties the report names, when the dateline's town lies in one of them named at least
    twice: the story is told around that county ("BRILL, Utah -- ... Ludlow County
    deputies ... Ludlow police"), and the lone town is an aside (a helpline's branch office, a
    relative's town), not the scene."""
    told = lambda q: sum((x.location or x.name) == (q.location or q.name) for x in places)  # noqa: E731
    counties = [q for q in places if q.level == "admin2" and not in_dateline(q)]
    if main.level != "city" or told(main) > 1 or not counties or any(_within(main, c) for c in counties):
        return main
    return next((p for p in places if in_dateline(p) and p.level == "city"
                 and any(_within(p, c) and told(c) >= 2 for c in counties)), main)


def _within(town, region) -> bool:
    """The town lies in the county or state a region mention stands for."""
    if town.country_code != region.country_code or not region.admin1 or town.admin1 != region.admin1:
        return False
    return region.level == "admin1" or region.level == "admin2" and bool(region.admin2) \
        and town.admin2 == region.admin2


#: crime-report phrasings the death-figure rules (events.fatalities) do not read, rewritten
#: in place to ones they do, keeping every character offset: ages ("a 34-year-old man"),
#: "shot and killed", "fatally shot", "shot to death", "a fatal shooting"
_AGE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b(?=\s+[a-z])", re.I)
_FATAL = re.compile(r"\b(?:fatal|deadly)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?(?:shooting|stabbing|gun\s+accident|hunting\s+accident)\b",
                    re.I)
_SHOOTING_DEATH = re.compile(r"\bshooting death\b", re.I)
_REWRITE = [
    (re.compile(r"\bshot and killed\b", re.I), "killed"),
    (re.compile(r"\b(?:fatally|mortally) (?:shot|stabbed|wounded)\b", re.I), "killed"),
    (re.compile(r"\b(?:shot|stabbed|beaten) to death\b", re.I), "killed"),
    (re.compile(r"\bshot dead\b", re.I), "killed"),
    # "a fatal shooting", "the shooting death of": at least one person died (the lowest credible toll)
    # (a place's name may stand between: "a fatal Wichita shooting")
    (_FATAL, "1 dead"),
    (_SHOOTING_DEATH, "1 dead"),
]
#: the rewrites that say only that someone died ("a fatal shooting"): a lower bound, so that a
#: report's exact count ("three farmhands were killed") is the toll the store keeps
#: (store.dedupe.coded_toll weighs kinds) rather than this one
_AT_LEAST_ONE = (_FATAL, _SHOOTING_DEATH)


_AGE_ALONE = re.compile(r"(?:\b(?P<the>the)\s+)?\b\d{1,3}-years?-old\b", re.I)
#: words after an age that make the age the noun ("a 2-year-old died", "the 17-year-old later died")
_AGE_NOUN_NEXT = re.compile(r"\s+(?:was|were|is|has|had|who|and|died|dies|later|succumbed)\b")


def _victim(text: str, mt: re.Match) -> str:
    # "the 17-year-old died", "2-year-old dies after being shot" (a headline drops the article):
    # one victim; "a 2-year-old was killed": the article counts it
    word = "one victim" if mt.group("the") or not determiner_before(text, mt.start()) else "victim"
    return word + " " * (len(mt.group()) - len(word))


def _age(text: str, mt: re.Match) -> str:
    """An age before its noun: kept when the age is itself the noun, else left out ("a 34-year-old
    man"), or read as one ("3-year-old boy shot and killed": no article, one boy)."""
    if _AGE_NOUN_NEXT.match(text, mt.end()):
        return mt.group()
    return ("one" if not determiner_before(text, mt.start()) else "").ljust(len(mt.group()))


def _plain(text: str) -> str:
    text = _AGE.sub(lambda mt: _age(text, mt), text)
    # "a 2-year-old was killed": the age names the victim
    text = _AGE_ALONE.sub(lambda mt: _victim(text, mt), text)
    for pattern, repl in _REWRITE:
        text = pattern.sub(lambda mt: repl + " " * (len(mt.group()) - len(repl)), text)
    return text


def _fill_deaths(mentions, doc) -> None:
    """The first violent mention of a sentence with no death figure of its victims (the
    doer's own death aside: "shot his wife before killing himself") gets the figures the
    codebook's rules read in the sentence once crime-report phrasing is rewritten (same
    offsets, same rules, events.fatalities). Any violent mention: a crime report's
    shooting typed a battle ("caught in a gun battle") tells its deaths the same way."""
    from ..nlp.parser import doc_text
    from .fatalities import find_death_figures, told_as_listed_incident
    plain = None
    seen: set[int] = set()
    for m in mentions:
        if m.sent_index in seen:
            continue
        seen.add(m.sent_index)
        if not is_violent_type(m.event_type, m.sub_event_type) or any(f.qualifier != "self" for f in m.deaths):
            continue
        if plain is None:
            plain = _plain(doc_text(doc))
        found = [f for f in find_death_figures(plain, m.evidence.start, m.evidence.end)
                 if not any(g.start < f.end and f.start < g.end for g in m.deaths)]
        text = doc_text(doc)
        # (not a victim listed as another incident's dead: "a holdup in Brill and a boy slain in a stabbing")
        found = [f for f in found if not told_as_listed_incident(f, text, m.trigger_char)]
        found = [replace(f, qualifier="at least") if f.qualifier == "exact" and any(
            p.match(text, f.start) for p in _AT_LEAST_ONE) else f for f in found]
        m.deaths = sorted([*m.deaths, *found], key=lambda f: f.start)
