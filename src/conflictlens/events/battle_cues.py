"""Battles: whether a fight told is two organised armed sides fighting, and which battle it is.

Clash words are also said of teams, crowds, businesses and fires; a battle beside an explosion
may be its frame, another place's fighting, or what its victims were doing. These rules read
the fight's sides and clauses to tell them apart (codebook: a battle is two armed sides).
"""
from __future__ import annotations

from .crowd_violence import _demonstrating_crowd, side_holders
from .lexicon import Lexicon
from .parties import _harm_told
from .triggers import TriggerMatch, clause_subjects, governing_verb, phrase_in, reciprocal_sides, sentence_has, subtree_lemmas
from .violence_cues import _crime_only


#: the sub-types of territory changing hands by force (what an operation "clears", "retakes")
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _clash_sides(m: TriggerMatch, doc, preps, verb_of_noun: bool = False) -> list:
    """The parties of a reciprocal fight: the sides its verb tells (``triggers.reciprocal_sides``) and
    those it is fought "with", "against", "between" or "among" ("police clashed with supporters",
    "clashes between youths and police"), prepositions ``preps``. With ``verb_of_noun`` a nominal fight
    also takes the doers and objects of its verb ("youths staged clashes with police")."""
    head = m.head(doc)
    verb = governing_verb(head)
    nominal = head.pos_ in ("NOUN", "PROPN")
    # "clashes erupted between ...", not "the clashes caused panic among residents"
    holders = side_holders(head) if nominal or verb_of_noun else [head]
    told_by_verb = verb is not None and (verb_of_noun or not nominal)
    sides = reciprocal_sides(verb, preps) if told_by_verb else []
    named = [g for h in {h.i: h for h in holders}.values() if not told_by_verb or h.i != verb.i for c in h.children
             if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    sides += named + [cj for g in named for cj in g.conjuncts]
    return list({t.i: t for t in sides}.values())


def _crowd_clash(battle: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> str:
    """'Violent demonstration' or 'Mob violence' when a clash is fought by a crowd (supporters,
    followers, youths, teenagers, residents: named by a group they back or by their age, not the
    group's fighters) against state forces or another crowd; '' otherwise (a crowd against rebels or militias stays for the other rules)."""
    cues = lexicon.cues
    doc = sent.doc
    if not all(m.trigger.phrase in cues["crowd_clash_triggers"] for m in battle):
        return ""
    crowd_words = lexicon.union("crowd_nouns", "demonstrating_crowds", "clash_crowds_by_age")
    armed_heads = {a.head_i: a.inter for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker}
    crowds, armed = [], []
    for m in battle:
        for side in _clash_sides(m, doc, cues["clash_preps"]):
            own = {side.lemma_.lower(), side.lower_}
            if own & cues["armed_nouns"] or side.i in armed_heads:
                state = armed_heads.get(side.i) in (1, 8) or bool(own & cues["state_words"])
                armed.append(state)
            elif own & crowd_words:
                crowds.append(side)
    if not crowds or len(armed) > 1 or not all(armed):
        return ""
    if any(subtree_lemmas([c]) & cues["demonstrating_crowds"] for c in crowds) or _demonstrating_crowd(battle, sent, lexicon):
        return "Violent demonstration"  # (or fighting over an issue: "clashed with police over the demolition")
    return "Mob violence"


def _doing_when_hit(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The trigger is a gerund of a "while"/"as" clause with no subject of its own ("were hit while clearing
    the area"): what the sentence's subject was doing at the time."""
    head = match.head(doc)
    if head.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    return (head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lexicon.cues["situation_marks"]
                                         for c in head.children)) or (
        head.dep_ == "pcomp" and head.head.lower_ in lexicon.cues["situation_marks"])


def _in_time_clause(i: int, battle: list[TriggerMatch], doc, lexicon: Lexicon) -> bool:
    """Token ``i`` sits in a clause of time that holds none of the battle's triggers ("stormed the village,
    killing 14 residents, before fleeing when soldiers arrived"): what it names came before or after the
    fighting told, it is no side of it."""
    heads = {m.head(doc).i for m in battle}
    for v in doc[i].ancestors:
        if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("advcl", "pcomp"):
            continue
        marked = any(c.dep_ == "mark" and c.lower_ in lexicon.cues["time_marks"] for c in v.children) or (
            v.dep_ == "pcomp" and v.head.lower_ in lexicon.cues["time_marks"])
        if marked and not heads & {t.i for t in v.subtree}:
            return True
    return False


def _fight_clause(match: TriggerMatch, doc):
    """The verb of a battle word's own clause: the verb a fight noun is the subject of ("clashes
    continued"), else the verb governing the word (None when there is none)."""
    head = match.head(doc)
    return head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") else governing_verb(head)


def _fought_elsewhere(match: TriggerMatch, explosion: list[TriggerMatch], doc, lexicon: Lexicon) -> bool:
    """A battle word in a clause of its own, away from the explosion's, that tells another place
    ("as clashes continued elsewhere", "clashes broke out in another district")."""
    clause = _fight_clause(match, doc)
    if clause is None or clause.head.i == clause.i:
        return False  # the sentence's main clause: its fighting is the frame
    own = {t.i for t in clause.subtree}
    if any(m.head(doc).i in own for m in explosion):
        return False
    places = lexicon.cues["place_nouns"]
    return any(t.lower_ == "elsewhere" or t.lower_ in lexicon.cues["other_determiners"] and t.dep_ in ("det", "amod")
               and t.head.lemma_.lower() in places for t in clause.subtree)


def _names_own_place(battle: list[TriggerMatch], doc) -> bool:
    """The clause of a battle word names a place of its own ("clashes continued in Marsk")."""
    for m in battle:
        clause = _fight_clause(m, doc)
        if clause is not None and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in clause.subtree):
            return True
    return False


def _fire_answered(explosion: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """The fire told is answered: the target fired back ("returned fire"), or the fire is traded or
    exchanged, or aimed at "each other" ("shelled each other's positions")."""
    if phrase_in(sent, lexicon.cue_phrases.get("returned_fire_cues", ())):
        return True
    for m in explosion:
        verb = governing_verb(m.head(sent.doc))
        if verb is None:
            continue
        if verb.lemma_.lower() in lexicon.cues["fire_trading_verbs"]:
            return True
        if verb.i != m.head(sent.doc).i and verb.lemma_.lower() not in ("fire", "launch", "lob"):
            continue  # "blamed each other for the shelling": what is aimed at each other is blame
        aimed = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
        words = [t.lower_ for c in aimed for t in c.subtree]
        if any(a in ("each", "one") and b in ("other", "another") for a, b in zip(words, words[1:])) or "another" in words \
                and "one" in words:
            return True
    return False


def _no_armed_contest(battle: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> str:
    """Why a fight told by clash words is no battle between organised armed groups ('' when it is):
    its sides are sports teams or players ("two teams clashed in the final"), or its only armed side
    beside the police is named by an ordinary crime ("police killed two robbers in a shootout": crime
    with no political actor, which the codebook does not record)."""
    cues = lexicon.cues
    doc = sent.doc
    # (not "against": "teams clashed against each other" keeps its contest reading)
    sides = [t for m in battle for t in _clash_sides(m, doc, cues["joint_preps"], verb_of_noun=True)]
    # (office-holders and reporters too, or people named: "the president clashed with reporters")
    if sides and all({t.lemma_.lower(), t.lower_} & cues["contest_parties"] or t.ent_type_ == "PERSON" for t in sides):
        return "a contest between teams, players or office-holders"
    # "clashed at the UN Security Council", "clashed in parliament": a dispute where people meet, nobody hurt
    venues = [g for m in battle for h in (m.head(doc), governing_verb(m.head(doc))) if h is not None for c in h.children
              if c.dep_ == "prep" and c.lower_ in cues["venue_preps"] for g in c.children if g.dep_ == "pobj"]
    fighters = lexicon.union("armed_nouns", "crowd_nouns", "demonstrating_crowds")
    armed_heads = {a.head_i for a in actor_mentions if a.inter in (2, 3, 4) and not a.speaker}
    if any(subtree_lemmas([v]) & cues["debate_venues"] for v in venues) and not _harm_told(sent, lexicon) and not any(
            {t.lemma_.lower(), t.lower_} & fighters or t.i in armed_heads for t in sides):
        return "a dispute at a meeting, nobody hurt"
    # "the government is fighting to contain the virus": a struggle to do something, no armed side
    for m in battle:
        verb = governing_verb(m.head(doc))
        if verb is not None and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                    for c in verb.children) and not any(
                {t.lemma_.lower(), t.lower_} & cues["armed_nouns"] for t in sides):
            return "a struggle to do something, no armed side"
    if _crime_only(sent, lexicon, actor_mentions) and not sentence_has(sent, lexicon, "organised_crime_nouns"):
        # (drug traffickers or cartel gunmen who fight the police are an organised armed side)
        return "police and criminals, an ordinary crime"
    if _struggle_without_parties(battle, sent, lexicon, actor_mentions):
        return "a struggle against a thing or between businesses, no armed side"
    return ""


def _party_word(tok, people: set, armed_heads: set[int]) -> bool:
    """``tok`` can be a side of a fight: armed men, a crowd, people (``people``: their nouns), a named
    person, people of a nation, a place or an organisation named, or a pronoun (who "they" are is told
    elsewhere)."""
    return bool({tok.lemma_.lower(), tok.lower_} & people) or tok.i in armed_heads or tok.pos_ == "PRON" \
        or tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG", "LOC", "FAC")


def _struggle_without_parties(battle: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> bool:
    """A fight word told of no two parties that could bear arms ("firefighters battled a fire", "farmers
    are battling falling prices", "two retailers are fighting over the lease"): what is fought is a thing,
    or every side named is a business, and the sentence names no armed party, weapon, gunfire or harm
    (codebook: a battle is two organised armed sides fighting)."""
    doc = sent.doc
    armed_heads = {a.head_i for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker}
    businesses = lexicon.union("industry_nouns", "civil_bodies", "market_words")
    fought, sides = [], []
    for m in battle:
        head = m.head(doc)
        verb = governing_verb(head)
        sides += _clash_sides(m, doc, lexicon.cues["clash_preps"])
        if verb is not None and verb.i == head.i:
            fought += [c for c in verb.children if c.dep_ == "dobj"]
            fought += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                       for g in c.children if g.dep_ == "pobj"]
    fought += [cj for g in fought for cj in g.conjuncts]
    people = lexicon.union("armed_nouns", "crowd_nouns", "demonstrating_crowds", "civilian_nouns", "person_nouns",
                           "protest_nouns")
    things = bool(fought) and not any(_party_word(t, people, armed_heads) for t in fought)
    traders = bool(sides) and all({t.lemma_.lower(), t.lower_} & businesses for t in sides)
    if not (things or traders):
        return False
    own = {t.i for x in fought for t in x.subtree}
    words = {w for t in sent if t.i not in own for w in (t.lemma_.lower(), t.lower_)}
    danger = lexicon.union("armed_nouns", "weapon_nouns", "heavy_weapon_nouns", "fire_nouns")
    return not words & danger and not armed_heads and not _harm_told(sent, lexicon)


def _raid_unopposed(battle: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """A raid names no armed opponent and no harm: beside its doers, no armed party, military
    target or gunfire is named, and nobody is told killed or hurt ("police raided homes in Velta")."""
    cues = lexicon.cues
    doc = sent.doc
    doers = set()
    for m in battle:
        verb = governing_verb(m.head(doc))
        for t in (clause_subjects(verb) if verb is not None else []):
            if t.dep_ != "nsubjpass":
                doers |= {d.i for d in t.subtree}
        for c in (verb.children if verb is not None else []):
            if c.dep_ == "agent":
                doers |= {d.i for d in c.subtree}
    opponent = lexicon.union("armed_nouns", "military_targets", "base_nouns", "fire_nouns") - \
        cues["unarmed_premises"]
    for t in sent:
        if t.i not in doers and {t.lemma_.lower(), t.lower_} & opponent:
            return False
    return not _harm_told(sent, lexicon)
