"""Death words in a parse and the victims they govern.

Which verbs kill ("killed", "shot dead", "fatally wounded"), which dying verbs tell a death
of the violence (not "died in a car crash"), and whom each death word governs: the
subject of "X was killed" or "X died", the object of "troops killed X", the one "found
dead", the owner of "X's body", the one a "fatal wound" was inflicted on, and the killer
named as one more object of his own killing ("and himself").
"""
from __future__ import annotations

import re

from .lexicon import (REFLEXIVES, _ATTEMPT, _NOT_REAL, _V, _V_BODY, _V_DEAD_VERBS, _V_FATAL, _V_INFLICT,
                      _V_INFLICTED_ON, _V_INTRANSITIVE, _V_NOMINAL, _V_PASSIVE, _V_PRONOUNCED, _V_SUFFER,
                      _V_TO_DEATH, _V_TO_DEATH_WORDS, _V_WOUND_NOUNS, _V_WOUND_VERBS, _alt)


#: causes of death that are no violence ("died in a car crash")
_OTHER_CAUSE = re.compile(rf"\b{_alt(_V['other_causes'])}\b")
_CAUSE_PREPS = frozenset(("in", "of", "from", "during", "after"))
#: lemma -> particles that make it a verb of dying ("pass" + "away")
_V_PHRASAL: dict[str, frozenset] = {}
for _lemma, _particle in _V.get("intransitive_phrasal", []):
    _V_PHRASAL[_lemma] = _V_PHRASAL.get(_lemma, frozenset()) | {_particle}


#: a sentence telling a murder-suicide: its shooting killed ("shot the boy, then himself")
_REFLEXIVE_JOINS = frozenset(("and", "then", "later"))
_MURDER_SUICIDE = re.compile(rf"(?<!attempted )\b(?:{_alt(_V['murder_suicide'])})\b", re.I)


def _kills(tok) -> bool:
    """A verb that kills: "killed", "murdered", or "shot" with "dead"/"to death" after it
    (or "fatally", "mortally" on it)."""
    lemma = tok.lemma_.lower()
    if lemma in _V_PASSIVE:
        return True
    kids = list(tok.children)
    if lemma in _V_WOUND_VERBS:
        return any(c.lower_ in _V_TO_DEATH_WORDS for c in kids)  # "fatally wounded", never "wounded"
    if lemma in _V_TO_DEATH:
        if _MURDER_SUICIDE.search(tok.sent.text):
            return True  # "shot his neighbour, then himself" in a sentence calling it a murder-suicide
        return any(c.lower_ in _V_TO_DEATH_WORDS for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in kids) or (
            lemma == "gun" and any(c.lower_ == "down" for c in kids)) or _dead_before_object(tok, kids)
    return False


def _dead_before_object(tok, kids) -> bool:
    """"shot dead Luis Perez": the parser hangs "dead", right after the verb, on the name that
    follows (or a title in it) as its modifier; it is still the verb's result (a name takes no
    "dead" before it)."""
    if tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if after.dep_ != "amod" or after.lower_ not in _V_TO_DEATH_WORDS:
        return False
    # (hung on the name, or on a title compounded into the name: "shot dead Mayor Ana Ruiz")
    return any(c.dep_ == "dobj" and (after.head.i == c.i or after.head.dep_ == "compound" and after.head.head.i == c.i)
               for c in kids)


def is_death_verb(tok) -> bool:
    """A verb that tells a death: one that kills (``_kills``) or a dying verb ("died") whose
    cause is no other than violence."""
    return tok.pos_ in ("VERB", "AUX") and (_kills(tok) or tok.lemma_.lower() in _V_INTRANSITIVE
                                            and not _other_cause(tok))


def _headline(sent) -> bool:
    """A line with no final punctuation: headline style, which drops articles and auxiliaries."""
    return not sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", ")", ":", ";"))


def _other_cause(tok) -> bool:
    """A dying verb whose own preposition names a cause that is no violence ("died in a car
    crash", "died of cancer")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _CAUSE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _OTHER_CAUSE.search(
                        " ".join(t.lemma_.lower() for t in obj.subtree)):
                    return True
    return False


def _found_dead(kids) -> list:
    """"Police found Jo Marr dead", "deputies found his two brothers shot to death": the ones
    found, when what they were found is dead or killed (the parser makes them the subject of
    a clause under "found", or its object beside "dead")."""
    out = []
    for c in kids:
        if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and (c.lower_ == "dead" or c.pos_ == "VERB" and _kills(c)):
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if c.lower_ == "dead":
                out += [g for g in kids if g.dep_ == "dobj"]
    return out


def _denied(verb) -> bool:
    """A verb negated or told as unreal ("was not killed", "could have been killed")."""
    return any(c.dep_ == "neg" or c.lower_ in _NOT_REAL for c in verb.children)


def _of_objects(kids) -> list:
    """The objects of an "of" among ``kids`` ("the murder of X", "the body of X")."""
    return [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _death_subjects(tok) -> list:
    """The victims a death word governs: "X was killed", "troops killed X", "X was shot
    to death", "X was found dead", "X died", "the murder of X", "the body of X", "X's body"."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if tok.pos_ in ("VERB", "AUX"):
        if _denied(tok):
            return []  # "was not killed", "could have been killed"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
        if passive and (_kills(tok) or lemma in _V_DEAD_VERBS and any(
                c.lower_ == "dead" or c.dep_ in ("xcomp", "oprd", "advcl") and _kills(c) for c in kids)):
            # "X was found dead", "X was pronounced dead", "an uncle and his nephew were found shot to death"
            return [c for c in kids if c.dep_ == "nsubjpass"]
        if not passive and lemma in _V_PRONOUNCED and any(c.lower_ == "dead" for c in kids):
            return [c for c in kids if c.dep_ == "dobj"]  # "doctors pronounced the boy dead"
        if not passive and lemma in _V_DEAD_VERBS:
            return _found_dead(kids)
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and _kills(tok) and tok.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "dobj" for c in kids):
            # "a toddler fatally shot at ...", "Toddler Killed in ... Shooting"; not "BENI -- rebels
            # killed 18 civilians" parsed as a clause of the rebels: a verb with its own object is active
            return [tok.head]
        if not passive and _kills(tok):
            objects = [c for c in kids if c.dep_ == "dobj"]
            # (and a second one the parse hung on the verb: "killing a teenager and his father")
            objects += [c for c in kids if objects and c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                        and c.i > objects[0].i]
            if not objects and _headline(tok.sent) and not any(c.dep_ == "aux" for c in kids):
                # a headline drops the auxiliary: "Teen shot dead in Akron" is "a teen was shot dead"
                return [c for c in kids if c.dep_ == "nsubj"]
            return objects
        if lemma in _V_INTRANSITIVE or any(
                c.dep_ in ("prt", "advmod") and c.lower_ in _V_PHRASAL.get(lemma, ()) for c in kids):
            if _other_cause(tok):
                return []  # "the grandfather died in a car crash": no death of the violence
            # (a subject the parser tags passive with no passive auxiliary: "the following guards died")
            own = [c for c in kids if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and not any(
                k.dep_ == "auxpass" for k in kids)]
            if not own and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not _denied(tok.head):
                # "a teen was shot and later died": the one shot is the one who died
                return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return own
        return []
    if lemma in _V_WOUND_NOUNS and tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in _V_FATAL for c in kids):
        return _fatal_wound_victims(tok)
    if lemma in _V_NOMINAL and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS"):
        # (and "the murders of a woman and her son": each one named after "of")
        if any(c.lemma_.lower() in _ATTEMPT or c.lower_ in _ATTEMPT for c in (*kids, tok.head, tok.head.head)):
            return []  # "an attempted assassination of", "the plot for the murder of"
        return _of_objects(kids)
    if lemma in _V_BODY and tok.pos_ == "NOUN" and tok.tag_ == "NN":
        owners = [c for c in kids if c.dep_ == "poss"]
        owners += _of_objects(kids)
        return owners
    if lemma in _V_BODY and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        # "the bodies of Ann Roe and Bo Hale were found": the people named after "of", each one
        # (a number after "of" is read by the pattern reader: "the bodies of three farmers")
        # and "their bodies were found": the people the pronoun names (parsed.sentence_death_figures)
        return [g for g in _of_objects(kids) if g.pos_ == "PROPN"] + [
            c for c in kids if c.dep_ == "poss" and c.pos_ in ("PRON", "DET")]
    return []


def _fatal_wound_victims(wound) -> list:
    """Whom a wound called fatal killed: the subject of a verb of suffering ("Jo Marr suffered a
    mortal wound", Jo Marr "suffering a fatal knife wound"), or those it was inflicted on (a
    blast that "inflicted mortal wounds on two guards"). Not when the verb is negated or unreal
    ("could have suffered a fatal wound")."""
    verb = wound.head.head if wound.dep_ == "pobj" and wound.head.dep_ == "prep" else wound.head
    if verb.pos_ not in ("VERB", "AUX") or _denied(verb):
        return []
    lemma = verb.lemma_.lower()
    if lemma in _V_SUFFER:
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (not own or all(c.tag_ in ("WP", "WDT") for c in own)) and verb.dep_ in ("acl", "relcl") \
                and verb.head.pos_ in ("NOUN", "PROPN"):
            own = [verb.head]  # "a man suffering from a fatal wound", "Jo Marr, who suffered a mortal wound"
        return own
    if lemma in _V_INFLICT:
        return [g for c in (*wound.children, *verb.children) if c.dep_ == "prep" and c.lower_ in _V_INFLICTED_ON
                for g in c.children if g.dep_ == "pobj"]
    return []


def _reflexive_objects(tok, subjects) -> list:
    """The killer named as one more object of his own killing: "killed the girl and himself",
    "kills nephew, self", "shot his neighbour, then himself in what deputies call a murder-suicide"."""
    if not (tok.pos_ in ("VERB", "AUX") and _kills(tok)) or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    around = [c for s in subjects for c in (*s.conjuncts, *(k for k in s.children if k.dep_ == "appos"))]
    around += [c for c in tok.children if c.dep_ in ("conj", "dobj")]
    if subjects:
        # "shot his son, then himself ...", the parser hanging the reflexive elsewhere: the
        # reflexive right after the last victim, joined by "and", "then" or a comma
        last = max(v.right_edge.i for v in subjects)
        tail = [t for t in tok.sent if last < t.i <= last + 4]
        for t in tail:
            if t.lower_ in REFLEXIVES and t.dep_ != "pobj" and all(
                    x.is_punct or x.lower_ in _REFLEXIVE_JOINS for x in tail if x.i < t.i):
                around.append(t)
    found = {c.i: c for c in around if c.lower_ in REFLEXIVES}
    return [found[i] for i in sorted(found)]
