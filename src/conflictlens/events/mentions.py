"""Event mentions: one typed candidate of one sentence, with its place, date, actors and deaths.

This module ties a sentence's candidate to the fields around it, following the
order an ACLED coder reads a report in: the clause first, then the paragraph, then
the report's narrative (the most recent date named before it) and its dateline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from ..actors.finder import ActorMention
from ..model import DeathFigure, Evidence, PlaceMention
from .classifier import Candidate
from .fatalities import is_person_token
from .lexicon import Lexicon


@dataclass
class EventMention:
    candidate: Candidate
    sent_index: int
    paragraph: int
    evidence: Evidence
    trigger_char: int
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    #: "sentence", "paragraph", "narrative", "none" (only country-level or no place at all)
    place_source: str = "none"
    #: the sentence index of the incident of another day whose sentence lent the mention its place
    #: (events.extractor): the two are not one episode over both days
    place_lent_by: int | None = None
    #: True when the sentence names only a country or a border: never joined to other places
    vague_place_only: bool = False
    #: countries named by such a sentence
    vague_countries: set[str] = field(default_factory=set)
    days: list[date] = field(default_factory=list)
    time_precision: int = 1
    #: "sentence", "paragraph", "narrative", "anchor", "none"
    date_source: str = "none"
    date_text: str = ""
    date_relative: bool = False
    #: True when the day is only an aftermath's (the arrest's) bound on the violence's day
    date_bound: bool = False
    #: True when the trigger is a noun told in another noun's phrase ("wanted over a shooting that
    #: occurred Monday"): an incident named in passing, whose own day does not re-date the story's
    in_passing: bool = False
    deaths: list[DeathFigure] = field(default_factory=list)
    #: actors in the subject of the trigger's clause (the acting party)
    subject_actors: list[ActorMention] = field(default_factory=list)
    #: actors told as the passive subject of the trigger verb itself ("soldiers were ambushed"): the
    #: attacked side, though they stand in the clause's subject
    attacked_actors: list[ActorMention] = field(default_factory=list)
    #: the sides named with a battle trigger ("clashes between X and Y")
    pair_actors: list[ActorMention] = field(default_factory=list)
    #: actors the trigger is aimed at ("strikes on Houthi positions", "attacked the army")
    target_actors: list[ActorMention] = field(default_factory=list)
    #: armed parties listed together in one phrase of the sentence, each list one side
    #: ("soldiers and VDP volunteers"; actors.finder.allied_mentions)
    allied_actors: list[list[ActorMention]] = field(default_factory=list)
    #: in a place changing hands without a fight, the side that takes it ("government troops moved in",
    #: "handed the town over to the police") and the side that gives it up ("the rebels withdrew")
    gaining_actors: list[ActorMention] = field(default_factory=list)
    leaving_actors: list[ActorMention] = field(default_factory=list)
    attributed_sources: list[str] = field(default_factory=list)
    #: the report's title line, which summarises the body
    is_headline: bool = False
    #: an earlier sentence of its paragraph counts the story's incident among others ("the second
    #: such shooting in a week"): this sentence tells that other incident (episodes.py)
    after_recap: bool = False
    #: the sentence's only place is where a person is from ("a Brill man was shot")
    person_place: bool = False
    #: the sentence's only places name a person's town before the person noun ("a Brill rapper"),
    #: which local news also writes of the scene's town (other_violence._settle_places)
    person_modifier_place: bool = False
    #: for a reference ("claimed responsibility for the attack that killed X today"), the mention as
    #: its own sentence places and dates it: coded only when the report tells nothing else
    #: (episodes.build_episodes)
    as_told: "EventMention | None" = None
    #: the dateline's town, where the sentence names no other country nor its people: the place of
    #: a killing the report tells with no place and codes nothing else (episodes.build_episodes)
    dateline_places: list[PlaceMention] = field(default_factory=list)
    #: the trigger names a kind of act, not an incident: a bare plural that is no subject ("denounced
    #: summary executions", "using kidnappings to finance itself"), or a sentence with no verb
    generic: bool = False
    #: the non-state armed groups the whole report names, in any sentence (extractor): who an
    #: attack its own sentences name no party of may be put down to (rows.episode_rows)
    report_groups: list = field(default_factory=list)
    #: the report says no one claimed its violence ("no group claimed responsibility"): no
    #: attack of it is put down to a group it names (rows.episode_rows)
    report_unclaimed: bool = False
    #: the named group a claim told after the mention says did it ("JNIM said its fighters carried
    #: out the raid"): actor1 in place of an unidentified one (events.claims, rows.episode_rows)
    claimed_by: object = None

    @property
    def event_type(self) -> str:
        return self.candidate.event_type

    @property
    def sub_event_type(self) -> str:
        return self.candidate.sub_event_type


def excluded_tokens(sent, lexicon: Lexicon) -> set[int]:
    """Tokens inside background references ("in the aftermath of X", "resembling Y")."""
    out: set[int] = set()
    ref = lexicon.cues["reference_words"]
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in ref and tok.lower_ not in ref:
            continue
        if tok.pos_ == "ADP" and tok.dep_ == "prep" or tok.pos_ in ("NOUN", "VERB") and tok.dep_ in (
                "pobj", "acl", "prep", "dobj", "advcl", "npadvmod"):
            if tok.pos_ == "VERB" and lemma not in ("resemble", "resembling", "follow", "commemorate"):
                continue
            out.update(t.i for t in tok.subtree)
    return out


def transfer_sides(sent, actors: list[ActorMention], lexicon: Lexicon
                   ) -> tuple[list[ActorMention], list[ActorMention]]:
    """Who takes a place and who gives it up when it changes hands without a fight: the subject of a verb
    of leaving ("the rebels withdrew", "the garrison abandoned the base") or the giver of a handover gives it
    up; the subject of a verb of taking ("troops moved in", "took control") or the receiver of a handover
    ("handed the town over to the police") takes it. ACLED codes the side that gains control as actor1."""
    doc = sent.doc
    leaving, taking = lexicon.cues["territory_leaving_verbs"], lexicon.cues["territory_taking_verbs"]
    handing = lexicon.cues["territory_handover_verbs"]
    gaining: list[ActorMention] = []
    giving: list[ActorMention] = []
    for a in actors:
        tok = doc[a.head_i]
        stranded = _stranded_subject_verb(tok)
        if stranded is not None:
            if stranded.lemma_.lower() in taking:
                gaining.append(a)
            elif stranded.lemma_.lower() in leaving or stranded.lemma_.lower() in handing:
                giving.append(a)
            continue
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "Mozambican troops and Rwandan forces moved in"
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ in ("to", "into") and verb.head.lemma_.lower() in handing:
            gaining.append(a)  # "handed the base over to the army", "was handed to the police"
        elif tok.dep_ == "nsubj" and (verb.lemma_.lower() in handing or verb.lemma_.lower() in leaving):
            giving.append(a)
        elif tok.dep_ == "nsubj" and verb.lemma_.lower() in taking:
            gaining.append(a)
    return gaining, giving


def taking_verb(tok):
    """The verb a side's name is the subject of in a transfer (``_stranded_subject_verb``, else the
    name's head)."""
    return _stranded_subject_verb(tok) or tok.head


def _stranded_subject_verb(tok):
    """The verb whose subject the parser joined to the noun before it: in "the army withdrew from
    Kherson and Ukrainian troops entered the city" it reads "Kherson and Ukrainian troops" as one
    phrase and leaves "entered" with no subject. A conjunct noun right before a conjoined verb that
    has no subject of its own is that verb's subject (a list of doers, "troops and police moved in",
    has its verb as their head, not as a conjunct). None when ``tok`` is no such noun."""
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = tok.doc
    i = max(t.i for t in tok.subtree) + 1
    while i < len(doc) and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i += 1  # "and the rebels later moved in", "and rebels had entered"
    if i >= len(doc):
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def capture_fight_tokens(sent, lexicon: Lexicon, excluded: set[int]) -> set[int]:
    """Tokens of a background clause that tells the fight a place was taken through ("seized the town
    after fighting the army", "recaptured it following clashes with the rebels"): its opponent is the
    side that lost the place (spec §2.1), though the clause is otherwise told as what came before."""
    words = lexicon.cues["capture_fight_words"]
    out: set[int] = set()
    for tok in sent:
        if tok.i not in excluded or tok.dep_ != "prep" or tok.lower_ not in lexicon.cues["reference_words"]:
            continue
        clause = list(tok.subtree)
        if any(t.lemma_.lower() in words or t.lower_ in words for t in clause):
            out.update(t.i for t in clause)
    return out


def _token_index(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def refers_to_told_event(sent, cand: Candidate, lexicon: Lexicon) -> bool:
    """True when every trigger is the object of a verb like "confirm", "claim", "condemn"
    or of "responsibility for", or an event someone is accused of (``_attributed``): the sentence
    reports a statement about an event."""
    doc = sent.doc
    ref = lexicon.cues["reference_verbs"]
    for t in cand.triggers:
        tok = doc[t.start_i: t.end_i].root
        head = tok.head
        if tok.dep_ == "pobj" and head.head.i != head.i:
            head = head.head
        if tok.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in ref and not _attributed(tok, lexicon) \
                and not _topic_of(tok, lexicon):
            return False
    return True


def _topic_of(tok, lexicon: Lexicon) -> bool:
    """A definite nominal event told as what something is about ("a recording of him
    boasting about the shooting", "asked about the attack"): the sentence's words and
    date are those of the telling, the event is told elsewhere."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in lexicon.cues["topic_prepositions"]
            and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in lexicon.cues["definite_determiners"]
                    for c in tok.children))


def _attributed(tok, lexicon: Lexicon) -> bool:
    """A definite nominal event ("the bombing", "Sunday's attack") told as what someone is accused of,
    suspected of or blamed for ("accused the rebels of the bombing", "accused them of carrying out the car
    bomb attack", "attributed the shelling to separatists"): who did an event told elsewhere, not the event
    (an indefinite one is news: "accused soldiers of a massacre of villagers")."""
    node = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok  # "the car bomb attack"
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in lexicon.cues["definite_determiners"]
               for c in node.children):
        return False
    for _ in range(4):  # up through objects and prepositions: "of carrying out the attack"
        if node.dep_ not in ("dobj", "pobj", "pcomp", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in lexicon.cues["attribution_verbs"]:
            return True
    return False


def subject_actor_mentions(sent, cand: Candidate, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors standing in the subject of the trigger's clause, or modifying the trigger noun
    ("Iraqi forces launched an operation", "the army's offensive"); not the subject of a verb
    that sends it to the event ("two patrol cars were dispatched to the gunfire": they answer it)."""
    from .lexicon import default_lexicon
    from .triggers import clause_subjects, governing_verb, sent_to_the_event

    doc = sent.doc
    head = doc[cand.trigger_span[0]: cand.trigger_span[1]].root
    tokens = set()
    verb = governing_verb(head)
    if sent_to_the_event(head, verb, default_lexicon()):
        verb = None
    for sub in clause_subjects(verb) if verb is not None else []:
        tokens.update(t.i for t in sub.subtree)
    if head.pos_ in ("NOUN", "PROPN"):
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                tokens.update(t.i for t in child.subtree)
    return [a for a in actors if a.head_i in tokens]


def attacked_actor_mentions(sent, cand: Candidate, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors in the passive subject of the trigger verb itself ("soldiers and militiamen were
    ambushed"): those the violence was done to; not of a verb the trigger hangs on ("troops and
    rebels were killed in clashes" names both sides of the clashes)."""
    doc = sent.doc
    head = doc[cand.trigger_span[0]: cand.trigger_span[1]].root
    if head.pos_ != "VERB":
        return []
    tokens = {t.i for c in head.children if c.dep_ == "nsubjpass" for t in c.subtree}
    return [a for a in actors if a.head_i in tokens]


def pair_actor_mentions(sent, cand: Candidate, actors: list[ActorMention],
                        lexicon: Lexicon | None = None) -> list[ActorMention]:
    """The sides of a fight: "clashes between X and Y", "X clashed with Y", "fighting against Y",
    and a coordinated subject of a verb of fighting done by both sides ("X and Y clashed")."""
    from .triggers import governing_verb, reciprocal_sides

    doc = sent.doc
    head = doc[cand.trigger_span[0]: cand.trigger_span[1]].root
    holders = [head] + [c for c in head.children if c.dep_ in ("relcl", "acl")]
    verb = governing_verb(head)
    if verb is not None and verb.i != head.i:
        holders.append(verb)
    tokens: set[int] = set()
    for h in holders:
        for child in h.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "with", "against"):
                tokens.update(t.i for t in child.subtree)
    if lexicon is None:
        from .lexicon import default_lexicon
        lexicon = default_lexicon()
    if verb is not None and verb.lemma_.lower() in lexicon.cues["reciprocal_fight_verbs"]:
        subjects = [t for t in reciprocal_sides(verb, ()) if t.dep_ != "nsubjpass"]
        # (not "soldiers and vigilantes fought the jihadists": with an opponent as object, the
        # coordinated subject is one side; "fought each other" names no opponent)
        opponent = any(c.dep_ == "dobj" and c.lower_ not in lexicon.cues["fought_other_words"]
                       for c in verb.children)
        if len(subjects) >= 2 and not opponent:  # "troops and rebels clashed": the coordinated subject is both sides
            tokens.update(t.i for s in subjects for t in s.subtree)
    return [a for a in actors if a.head_i in tokens]


def both_sides(told, pairs) -> bool:
    """The parties listed together are the two sides of the fight: "clashes between troops and
    rebels", "troops and rebels clashed" (no opponent told apart from them, as "with gangsters" is)."""
    inside = [a for a in pairs if any(a is t for t in told)]
    return len(inside) > 1 and len(inside) == len(pairs)


def target_actor_mentions(sent, cand: Candidate, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors in the object of the trigger: "strikes on X", "attack against X", "X was targeted". Not
    a verb's object that holds the trigger noun inside it ("doubts about the army's role in the
    assassination", "responsibility for the attack"): what that phrase names around the trigger is
    not whom the violence was aimed at (the trigger's own "on", "against" still are)."""
    from .lexicon import default_lexicon
    from .triggers import governing_verb

    doc = sent.doc
    cues = default_lexicon().cues
    head = doc[cand.trigger_span[0]: cand.trigger_span[1]].root
    tokens: set[int] = set()
    holders = [head]
    if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        # "a car bomb attack against a police station": the weapon names the attack it is part of,
        # whose own "against", "on" tell the target
        holders.append(head.head)
    verb = governing_verb(head)
    # (not the object of a verb of blame: "blamed the guerrillas for the murder" names who did it)
    if verb is not None and verb.i != head.i and verb.lemma_.lower() not in default_lexicon().cues["attribution_verbs"]:
        holders.append(verb)
    for h in holders:
        for child in h.children:
            if h.i != head.i and child.i != head.i and head in child.subtree:
                continue  # the trigger told inside the verb's object: "had doubts about X's role in the killing"
            if child.dep_ in ("dobj", "nsubjpass") or (
                    child.dep_ == "prep" and child.lower_ in cues["target_preps"]):
                tokens.update(_outside_relative_clauses(child))
    # "a bomb targeting a police station exploded": what the weapon (the trigger or its subject) was aimed at
    weapons = holders + [c for h in holders for c in h.children if c.dep_ == "nsubj"]
    tokens.update(t for w in weapons for a in w.children if a.dep_ == "acl" and a.lemma_.lower() in cues["aiming_verbs"]
                  for c in a.children if c.dep_ in ("dobj", "prep") for t in _outside_relative_clauses(c))
    return [a for a in actors if a.head_i in tokens]


def _outside_relative_clauses(node) -> list[int]:
    """The token indices of ``node``'s phrase without its relative clauses: "shot nine farmers
    who fought the rebels" aims at the farmers, and the rebels the clause names to describe them
    are no target (they are often the attackers themselves)."""
    out = [node.i]
    for child in node.children:
        if child.dep_ != "relcl":
            out.extend(_outside_relative_clauses(child))
    return out


def describes_person(doc, place: PlaceMention, modifiers: bool = True) -> bool:
    """The place tells where a person is from, not where something happened: it modifies
    a person noun or name ("a 22-year-old Alverton man", "Jo Reyes of Brill", "the Ludlow
    County boy"), or follows "of"/"from" after a person or a person's apposition ("his uncle,
    age 40, of Brill", "Jo and his father, both from Brill", "the gunman is from the Brill
    area"). The event's place is where it happened (spec §4), so such a place stands
    for the event only when the sentence names no other. ``modifiers=False``: only a place
    after "of"/"from", which tells an address apart from the scene more often than "a Brill
    man" does (local news names the victim by the scene's town)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    node, head = span.root, span.root.head
    if node.dep_ in ("compound", "amod", "nmod") and head.i > span.end - 1 and head.pos_ == "NOUN":
        # a person noun, not a name: "Alverton Police Chief Jo Reyes" names his office
        if is_person_token(head):
            return modifiers
        node, head = head, head.head  # "from the Brill area": the noun the name qualifies
    if node.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.i < span.start:
        owner = head.head
        if not modifiers and owner.tag_ in ("NNS", "NNPS"):
            return False  # "residents of Brill": the town's people, no one's address
        # ("Jo Reyes and his father, both from Brill": any of the people joined; "Jo Marsh, 20, of
        # Brill": a name with an age beside it is a person's, whatever the tagger read it as)
        if any(is_person_token(o) for o in (owner, *owner.conjuncts)) \
                or owner.dep_ == "appos" and is_person_token(owner.head) \
                or owner.pos_ == "PROPN" and any(c.dep_ == "appos" and c.like_num for c in owner.children):
            return True
        if head.lower_ == "from" and owner.lower_ in ("both", "all") and owner.i > 0 \
                and doc[owner.i - 1].is_punct:
            return True  # "..., both from Brill": the parser hangs the phrase on its quantifier
        # "the gunman is from Brill"
        return head.lower_ == "from" and owner.lemma_ == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and is_person_token(c) for c in owner.children)
    return False


#: the capitalised words that follow a place (a school's name: "Brill Central High School") and
#: the lower-case word after them ("Brill High School students")
_SCHOOL_AFTER = re.compile(r"((?:[ ]+[A-Z][a-z]+){1,3})(?:[ ]+([a-z]+))?")
#: a lower-case word right after a place: "Brill football", "Brill students"
_TEAM_AFTER = re.compile(r"[ ]+([a-z]+)\b")
_ROLE_BEFORE = re.compile(r"\b([A-Za-z]+?)s?\s+(?:at|of|from)\s+(?:the\s+)?$")


def school_place(text: str, place: PlaceMention, lexicon: Lexicon) -> bool:
    """The place opens the name of a person's school: a role word and "at"/"of"/"from" before it
    or the role after the name ("a senior at Brill High School", "a graduate of Alverton High",
    "Brill High School students", "Brill students"), or a school sport after it ("the Brill
    football page"; cues ``school_roles``, ``school_words``, ``school_sports``). It tells where a
    victim or a shooter studied or taught, a home town as "Jo Reyes of Brill" does, not where
    the violence was ("a shooting at Brill High School" names no role and stays the scene)."""
    roles = lexicon.cues["school_roles"]
    team = _TEAM_AFTER.match(text, place.end)
    if team and (team.group(1) in lexicon.cues["school_sports"] or team.group(1) in roles
                 or team.group(1)[:-1] in roles):
        return True  # "the Brill football page", "Brill students": the town's school and its people
    after = _SCHOOL_AFTER.match(text, place.end)
    if after is None or not any(w.lower() in lexicon.cues["school_words"] for w in after.group(1).split()):
        return False
    if after.group(2) and (after.group(2) in roles or after.group(2)[:-1] in roles):
        return True
    before = _ROLE_BEFORE.search(text[max(0, place.start - 40):place.start])
    return before is not None and before.group(1).lower() in roles


def speaking_place(doc, place: PlaceMention, lexicon: Lexicon) -> bool:
    """The place's name is the subject of a verb of speech ("Channel 9 Brill reports the
    boy ...", "Brill said in a statement"): an outlet or an office named by its town,
    the teller of the news and not where the violence was (cues ``speech_verbs``)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    # (not "Brill police said": the town's police speak of the town's violence)
    node = span.root
    return node.dep_ == "nsubj" and node.head.lemma_.lower() in lexicon.cues["speech_verbs"]


_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")


def account_place(text: str, place: PlaceMention) -> bool:
    """The place closes the name of a social-media account, its handle after it ("-- Channel 5
    Brill (@channel5brill) May 2"): a quoted post's signature names who posted it, not where
    the violence was."""
    return bool(_HANDLE_AFTER.match(text, place.end))


def cared_place(doc, place: PlaceMention, lexicon: Lexicon, trigger: tuple[int, int] | None = None) -> bool:
    """The place is where a victim was taken or cared for, not where the violence was:
    "taken to Alverton", "recovering in Brill", "died at a Ludlow County hospital",
    "flown to Alverton Medical Center" (cues ``care_motion_verbs``, ``care_verbs``,
    ``care_nouns``). A phrase that holds the trigger is the violence's own."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = lexicon.cues["care_nouns"]
    node, noun = span.root, False
    for _ in range(4):  # "a Ludlow County hospital", "Alverton Regional Medical Center"
        # (or a name in the possessive opening the hospital's: "Brill's Children's Hospital")
        noun = noun or any(t.lower_ in nouns or t.lemma_.lower() in nouns
                           for t in (node, *(c for c in node.children if c.dep_ in ("compound", "amod", "nmod"))))
        if node.dep_ not in ("compound", "amod", "nmod", "poss") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ not in ("prep", "dative"):
        return noun
    prep, verb = node.head, node.head.head
    care = set(lexicon.cues["care_verbs"])
    # "now in Brill recovering from a gunshot wound": the care verb's cause is no part of the place's phrase
    caring = [c for c in node.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in care]
    aside = {t.i for c in caring for t in c.subtree}
    if trigger is not None and (trigger[0] <= verb.i < trigger[1] or any(
            trigger[0] <= t.i < trigger[1] and t.i not in aside for t in prep.subtree)):
        return False  # "shot at the Brill hospital": the violence's own place
    if noun or caring:
        return True
    if prep.lower_ in ("in", "at") and verb.pos_ in ("NOUN", "PROPN") and any(
            t.lower_ in nouns for t in verb.subtree if t.i <= verb.i):
        # "taken to Ludlow Medical Center in Brill": the town the hospital is in, unless the
        # hospital is where the violence was ("shot outside Ludlow Medical Center in Brill")
        outer = verb.head.head if verb.dep_ == "pobj" else verb.head
        return trigger is None or not trigger[0] <= outer.i < trigger[1]
    lemma = verb.lemma_.lower()
    if prep.lower_ == "to":
        return lemma in lexicon.cues["care_motion_verbs"]
    if prep.lower_ in ("in", "at"):
        # "is in Brill, recovering": the copula's place is the care verb's
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "acomp", "conj"))] \
            if lemma == "be" else [verb]
        return any(v.lemma_.lower() in care for v in verbs)
    return False


_SITE_SEPARATOR = re.compile(r"\s+(?:[-\u2013\u2014|]+|::)\s+|\s+\|")


def site_name_start(text: str, headline: tuple[int, int], trigger_ends) -> int | None:
    """Where a headline's tail naming the website begins ("Teen shot in Alverton - WXYZ
    News 5 Brill, Ohio | News, Weather"): the first separator after the headline's last
    trigger. Places in it are the outlet's, never the event's. None when the headline
    tells no event or has no such tail."""
    ends = [e for e in trigger_ends if headline[0] <= e <= headline[1]]
    if not ends:
        return None
    m = _SITE_SEPARATOR.search(text, max(ends), headline[1])
    return m.start() if m else None


def reference_city(doc, place: PlaceMention, places, lexicon: Lexicon) -> bool:
    """The place qualifies a noun of ``outskirt_nouns`` whose "of" phrase holds another of
    ``places``: "Alverton" in "the west Alverton suburb of Brill" (also "the Alverton-area
    township of Brill"), a metro named to say where the suburb lies, not the scene."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    nouns = lexicon.cues["outskirt_nouns"]
    for _ in range(2):  # "the Alverton suburb", "the Alverton area township"
        if node.dep_ not in ("compound", "amod", "nmod", "npadvmod") or node.head.i <= node.i:
            return False
        node = node.head
        if node.lower_ in nouns:
            break
    else:
        return False
    others = {doc.char_span(q.start, q.end, alignment_mode="expand").root.i for q in places
              if q is not place and doc.char_span(q.start, q.end, alignment_mode="expand") is not None}
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.i in others for t in c.subtree)
               for c in node.children)


_SETTLEMENT_OF_RE = r"(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+)?"


@lru_cache(maxsize=4)
def _destination_re(phrases: tuple[str, ...]) -> re.Pattern:
    """The words of ``destination_phrases`` right before a name, as one pattern."""
    words = "|".join(r"\s+".join(map(re.escape, ph.split())) for ph in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+{_SETTLEMENT_OF_RE}$", re.I)


def destination_place(doc, text: str, place: PlaceMention, lexicon: Lexicon) -> bool:
    """The place is where a movement was going ("heading towards X", "on the road to X",
    ``destination_phrases``), not where anything happened; a place "towards" which something was
    fired ("fired rockets towards X", ``projectile_verbs``) is where it fell, the event's own."""
    pattern = _destination_re(tuple(lexicon.cues["destination_phrases"]))
    m = pattern.search(text, max(0, place.start - 60), place.start)
    if m is None:
        return False
    if m.group().split()[0].lower() in ("towards", "toward"):
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        prep = span.root.head if span is not None else None
        if prep is not None and prep.lower_ in ("towards", "toward") \
                and prep.head.lemma_.lower() in lexicon.cues["projectile_verbs"]:
            return False
    return True


#: "between" (and "the towns of") right before the first of two places: the two ends of one
#: stretch ("on the road between Alverton and Brill"), no two scenes. An ACLED coder codes
#: one event at the first-named town, near it (precision 2, as the geocoder reads both ends).
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|villages?|cities|localities)\s+of\s+)?$", re.I)


def _trigger_reference_clause(doc, t0: int, excluded: set[int], lexicon: Lexicon) -> set[int]:
    """The background clause (``excluded_tokens``) that holds the trigger itself as its verb:
    "died at an Alverton hospital after someone shot him on Elm Court in Brill" tells the shooting in
    its "after" clause, so that clause's places are the shooting's own, not a background
    event's. A trigger noun there ("after the gunbattle in Brill") names an event as a point
    of reference, and stays background."""
    if t0 not in excluded or doc[t0].pos_ != "VERB":
        return set()
    ref = lexicon.cues["reference_words"]
    tok = doc[t0]
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in excluded and (tok.lower_ in ref or tok.lemma_.lower() in ref):
            return {t.i for t in tok.subtree}
    return set()


def choose_places(sent, cand: Candidate, places: list[PlaceMention], excluded: set[int],
                  lexicon: Lexicon | None = None) -> list[PlaceMention]:
    """The place(s) of a candidate in its own sentence: the nearest usable place to the
    trigger, plus the places listed together with it ("al-Qaim, al-Rutba, and Haditha")."""
    doc = sent.doc
    t0, t1 = cand.trigger_span
    if lexicon is None:
        from .lexicon import default_lexicon
        lexicon = default_lexicon()
    excluded = excluded - _trigger_reference_clause(doc, t0, excluded, lexicon)
    # places inside a relative clause that does not hold the trigger describe someone
    # ("the suspect, who was wanted for attacks in Diyala, was detained")
    aside: set[int] = set()
    for tok in sent:
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and not t0 <= tok.head.i < t1 \
                and not _tells_occurrence(tok, lexicon) and not _locates_its_noun(tok):
            sub = {t.i for t in tok.subtree}
            if not any(t0 <= i < t1 for i in sub):
                aside |= sub
    from ..nlp import doc_text
    text = doc_text(doc)
    usable = []
    for p in places:
        i = _token_index(doc, p.start)
        if i in excluded or i in aside or p.level in ("country", "continent") or speaking_place(doc, p, lexicon) \
                or account_place(text, p):
            continue
        usable.append((i, p))
    if not usable:
        return []
    # where a person is from, then where a victim was taken or cared for, gives way to any
    # other place the sentence names (the violence's own: issue 3)
    # (a person's school town too: "a junior at Brill High School", school_place)
    person = {id(p) for _, p in usable if describes_person(doc, p) or school_place(text, p, lexicon)}
    cared = {id(p) for _, p in usable if cared_place(doc, p, lexicon, (t0, t1))}
    usable = [(i, p) for i, p in usable if id(p) not in person | cared] or [
        (i, p) for i, p in usable if id(p) not in cared] or usable
    # the town a convoy or a marcher was bound for ("heading towards Alverton, they came under fire
    # outside Brill") is no scene: another place of the sentence is; named alone, it stands for an
    # area near it (precision 2)
    bound = {id(p) for _, p in usable if destination_place(doc, text, p, lexicon)}
    if bound:
        others = [(i, p) for i, p in usable if id(p) not in bound]
        usable = others or [(i, replace(p, geo_precision=max(2, p.geo_precision))) for i, p in usable]
    # a city qualifying a suburb the sentence names after "of" ("the west Alverton suburb of
    # Brill") is only its reference point: the suburb is the scene (issue 6)
    named = [p for _, p in usable]
    usable = [(i, p) for i, p in usable if not reference_city(doc, p, named, lexicon)] or usable
    # a place below the gazetteer ("the town of Ber, east of Timbuktu", "Ghuwayran prison
    # in al-Hasakeh") is placed at a town the sentence also names: the town is only its
    # reference point, and the more specific mention stands for the event
    specific = {p.geonameid for _, p in usable if p.level == "feature"}
    usable = [(i, p) for i, p in usable if p.level == "feature" or p.geonameid not in specific]
    # a region stands for the event only when no town or area is named (spec §4.2)
    if any(p.geo_precision < 3 for _, p in usable):
        usable = [(i, p) for i, p in usable if p.geo_precision < 3]

    def distance(item):
        i, p = item
        d = 0 if t0 <= i < t1 else min(abs(i - t0), abs(i - (t1 - 1)))
        return (d, p.geo_precision)
    best_i, best = min(usable, key=distance)
    ordered = sorted(usable, key=lambda x: x[1].start)
    k = next(n for n, (_, p) in enumerate(ordered) if p is best)
    group = [best]
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(ordered):
            a, b = (ordered[j + step][1], ordered[j][1]) if step < 0 else (ordered[j][1], ordered[j + step][1])
            between = text[a.end:b.start].strip().lower()
            if between == "," and _contains(b, a):
                break  # "Maiha, Adamawa state": the state holds the place before it, no second scene
            if between == "and" and _BETWEEN_BEFORE_RE.search(text, max(0, a.start - 40), a.start):
                break  # "the road between Alverton and Brill": one stretch, coded at its first town
            if between in (",", "and", ", and", "or", ", or", "&"):
                group.append(ordered[j + step][1])
                j += step
            else:
                break
    group.sort(key=lambda p: p.start)
    # one mention per distinct place
    seen, out = set(), []
    for p in group:
        key = (p.location, round(p.latitude, 3), round(p.longitude, 3))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """``outer`` is the first-level unit ``inner`` lies in (or its second-level unit, where
    ``inner`` is a town of it)."""
    if outer.country_code != inner.country_code or outer.admin1 != inner.admin1 or not outer.admin1:
        return False
    if outer.level == "admin1":
        return inner.level in ("city", "admin2", "feature")
    return outer.level == "admin2" and inner.level in ("city", "feature") and outer.admin2 == inner.admin2


def _locates_its_noun(verb) -> bool:
    """A relative clause opened by "where" ("a building where diplomats live in the Alverton
    district") tells where its noun, the scene, is: no aside about someone."""
    return any(c.lower_ == "where" and c.i < verb.i for c in verb.children)


def _tells_occurrence(verb, lexicon: Lexicon) -> bool:
    """A verb telling that something happened ("which occurred in X", "which took place in X"): its
    relative clause places the incident its noun names, not a person."""
    told = lexicon.cues["occurrence_verbs"]
    lemma = verb.lemma_.lower()
    return lemma in told or any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in told for c in verb.children)


_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,9})\)")
_SPEECH_AFTER = re.compile(r"^\s*(?:\([A-Z][A-Za-z]{1,9}\))?\s*(?:has |had )?(?:reported|said|says|reports|announced|"
                           r"claimed|confirmed|stated|told)\b")
_ACCORDING_BEFORE = re.compile(r"according to\s*$", re.IGNORECASE)


def sentence_source_attributions(sent, lexicon: Lexicon) -> list[str]:
    """Outlets or monitors a sentence attributes its facts to ("..., SOHR reported",
    "according to the Syrian Observatory"), named by their acronym when the report gives one."""
    speech = lexicon.cues["speech_verbs"]
    from ..nlp import doc_text
    text = doc_text(sent.doc)
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP"):
            continue
        root = ent.root
        head = root.head
        start = ent.start_char - (4 if text[max(0, ent.start_char - 4): ent.start_char].lower() == "the " else 0)
        attributed = (root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in speech) or (
            root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according") or bool(
            _SPEECH_AFTER.match(text[ent.end_char: ent.end_char + 40])) or bool(
            _ACCORDING_BEFORE.search(text[max(0, start - 20): start]))
        if not attributed or len(ent.text) < 3:
            continue
        name = ent.text
        if name.lower().startswith("the "):
            name = name[4:]
        acronym = _ACRONYM.match(text[ent.end_char: ent.end_char + 14])
        if acronym:
            name = acronym.group(1)
        if name not in out:
            out.append(name)
    return out
