"""Violence by a crowd: a mob, demonstrators or armed prisoners (codebook: Riots).

A crowd with no armed party among the doers is typed as a riot whatever the trigger
called its violence; these rules say when the doers are such a crowd.
"""
from __future__ import annotations

from .fatalities.lexicon import VICTIM_SUBJECT_VERBS
from .lexicon import Lexicon
from .parties import _doers
from .triggers import TriggerMatch, _describing_clause, _pruned_subtree, governing_verb, sentence_has, subtree_lemmas


def _mob_acts(matches: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> bool:
    """The violence is done by a crowd with no armed party among the doers ("angry villagers
    beat a thief to death", "a mob lynched"): Mob violence in the codebook."""
    doc = sent.doc
    for m in matches:
        head = m.head(doc)
        if head.pos_ in ("NOUN", "PROPN") and m.trigger.event_type == "Battles":
            # "clashes between police and opposition supporters": the sides are named after "between";
            # one of them a crowd, and at most one armed side, is a riot, not a battle
            sides = [g for h in side_holders(head) for c in h.children
                     if c.dep_ == "prep" and c.lower_ in lexicon.cues["party_preps"] for g in c.children if g.dep_ == "pobj"]
            sides += [cj for g in sides for cj in g.conjuncts]
            crowd = [g for g in sides if {g.lemma_.lower(), g.lower_} & lexicon.cues["crowd_nouns"]]
            armed = [g for g in sides if {g.lemma_.lower(), g.lower_} & lexicon.cues["armed_nouns"] or any(
                a.head_i == g.i and a.inter in (1, 2, 3, 4, 8) for a in actor_mentions)]
            if crowd and len(armed) <= 1:
                return True
        verb = governing_verb(head)
        if m.trigger.event_type == "Battles" and _armed_side_fights_crowd(head, verb, lexicon, actor_mentions):
            return True
        # the doers: active subjects and "by" agents, not "people were killed"
        subjects = _doers(verb)
        if not subjects or _suffered_or_untargeted(head, verb, lexicon):
            continue
        # the doers' own words, not those of a clause describing them ("the man who killed four people":
        # one man, not a crowd of people)
        doer_tokens = [t for s in subjects for t in _pruned_subtree(s, _describing_clause)]
        ids = {t.i for t in doer_tokens}
        words = subtree_lemmas(subjects, skip=_describing_clause)
        if any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.cues["unknown_doer_modifiers"]
               for x in subjects for c in x.children):
            continue  # "unidentified people torched a church": unknown doers, not a crowd seen acting
        # a crowd is three or more people: a crowd noun in the plural, or a collective one ("his neighbour
        # stabbed him" is one person, "neighbours" or "a mob" are a crowd)
        crowd_words = lexicon.cues["crowd_nouns"]
        # (not "two people came in and shot him": a plural counted below three is no crowd)
        many = any((t.tag_ in ("NNS", "NNPS") and {t.lemma_.lower(), t.lower_} & crowd_words
                    or t.lemma_.lower() in lexicon.cues["collective_crowds"]) and not _fewer_than_three(t)
                   for t in doer_tokens)
        if many and words & crowd_words and not words & lexicon.cues["armed_nouns"] and not any(
                a.head_i in ids and a.inter in (1, 2, 3, 4, 8) for a in actor_mentions):
            return True
    return False


def side_holders(head) -> list:
    """The words that can name a fight's sides after "between"/"among": the fight noun, and the verb
    it is the subject of when that verb only tells it happening ("clashes erupted between X and Y");
    a verb with an object tells an effect, whose "among" names who felt it ("the clashes caused
    panic among residents": the residents are no side and no rioting crowd)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return [head]
    return [head, verb]


def _fewer_than_three(noun) -> bool:
    """The noun is counted below three ("two people", "2 men", "a pair of youths"): no crowd."""
    for c in noun.children:
        if c.dep_ == "nummod":
            word = c.lower_.replace(",", "")
            value = int(word) if word.isdigit() else {"one": 1, "two": 2, "both": 2}.get(word)
            return value is not None and value < 3
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("pair", "couple")


def _suffered_or_untargeted(head, verb, lexicon: Lexicon) -> bool:
    """The crowd word names no one doing the violence to someone (codebook: Mob violence is a crowd
    attacking people or property): the trigger is what a passive verb's people suffered ("young people
    affected by the shooting", "people who were hurt in the attack"), the crowd is the patient of a bare
    participle ("five men knifed, killed": a headline's passive), or a verb of harm acts on
    no one ("five men knifed near a bar", read as active: who was harmed is not told as another)."""
    node = head
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "agent" or node.dep_ == "pobj" and node.head.dep_ == "agent":
            return True  # "affected by the shooting": the shooting is the cause, the subject its sufferer
        node = node.head
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "young people who were wounded": the crowd is the patient
    if verb.lemma_.lower() in VICTIM_SUBJECT_VERBS:
        return True  # "four vigilantes died in the gunfight": who dies in it is its victim, not its doer
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl", "ccomp") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return True  # a bare participle hung on the sentence: "Four people shot, killed"
    if head.i == verb.i and head.pos_ == "VERB":
        targets = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                   or c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "against", "into")]
        targets += [c for cj in verb.conjuncts for c in cj.children if c.dep_ == "dobj"]
        if not targets and verb.lemma_.lower() in lexicon.cues["mob_harm_verbs"]:
            return True  # "people shot in the head": no one told shot by them
    return False


#: prepositions naming who a battle verb's doers fight ("battled with fans", "fought against youths")
_OPPONENT_PREPS = ("with", "against")


def _armed_side_fights_crowd(head, verb, lexicon: Lexicon, actor_mentions) -> bool:
    """One armed side fights a crowd named as its opponent ("police battled with fans", "police clashed
    with youths"): the codebook's armed clash needs two armed, organised sides, so this is a riot."""
    if verb is None:
        return False

    def armed(t) -> bool:
        return bool(subtree_lemmas([t]) & lexicon.cues["armed_nouns"]) or any(
            a.head_i in {s.i for s in t.subtree} and a.inter in (1, 2, 3, 4, 8) for a in actor_mentions)

    opponents = [g for h in dict.fromkeys((head, verb)) for c in h.children
                 if c.dep_ == "prep" and c.lower_ in _OPPONENT_PREPS for g in c.children if g.dep_ == "pobj"]
    opponents += [cj for g in opponents for cj in g.conjuncts]
    doers = _doers(verb)
    crowd = [g for g in opponents if {g.lemma_.lower(), g.lower_} & lexicon.cues["crowd_nouns"]]
    return bool(crowd) and not any(armed(g) for g in opponents) and len(doers) >= 1 and all(armed(d) for d in doers)


def _demonstrating_crowd(matches: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """The crowd doing the violence is demonstrating: it is named by a political side ("opposition
    supporters", "students", "activists"), or its violence is over an issue ("clashed with police
    over the closure of the university")."""
    doc = sent.doc
    for m in matches:
        head = m.head(doc)
        verb = governing_verb(head)
        parties = _doers(verb)
        parties += [g for h in side_holders(head) for c in h.children if c.dep_ == "prep" and c.lower_ in lexicon.cues["party_preps"]
                    for g in c.children if g.dep_ == "pobj"]
        parties += [cj for g in parties for cj in g.conjuncts]
        if subtree_lemmas(parties) & lexicon.cues["demonstrating_crowds"]:
            return True
        for h in {head, verb} - {None}:
            if any(c.dep_ == "prep" and c.lower_ in lexicon.cues["issue_preps"] for c in h.children):
                return True
    return False


def _armed_prison_revolt(riot: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """A riot by prisoners told with weapons: the inmates are armed, not a mob (not armed men named:
    "police said" tells who reports it)."""
    by_prisoners = all(m.trigger.requires == "prisoner_subject" or m.trigger.phrase in ("prison riot", "jail riot")
                       for m in riot)
    return by_prisoners and any(sentence_has(sent, lexicon, c) for c in ("weapon_nouns", "explosive_nouns",
                                                                         "heavy_weapon_nouns"))
