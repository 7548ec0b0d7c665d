"""Headline verbs the small model reads as nouns.

A headline drops its articles and puts its verb in the bare present: "Rioters torch police
station in Velta", "Rebels ambush army convoy". The small English model often reads the
whole line as one noun compound ("torch" a noun modifying "station"), so no verb carries
the event and no subject or object is found. In a clause with no verb whose root is a
noun, a word that is the verb of an event trigger, standing between a plural (or
collective) noun and a noun phrase, is re-read as the clause's verb: the noun before it
its subject, the noun phrase after it its object, the prepositional phrases after that
attached to it. A hyphenated compound whose head is such a verb ("Soldiers gang-rape woman",
"Militants car-bomb checkpoint") is read the same way, its first part modifying the verb; so is
a compound that is itself a two-word trigger or force cue ("Rebels machine-gun villagers",
"Police pepper-spray protesters"), also when the model has read its past form as a participle
describing the object ("Police tear-gassed protesters"). Only clauses whose root is a noun are
touched, so running prose is never changed.

A headline also drops the auxiliary of a passive: "Security beefed up in Velta", "Rebel
commander arrested in Marsk". In a short line with no auxiliary and no closing stop, an event
verb in the past form with a subject, no object and nothing after it but a particle or a
preposition is read as a passive: its subject is what was done to.
"""
from __future__ import annotations

from typing import Callable

_NOMINAL = ("NOUN", "PROPN")
_OBJECT_WORDS = ("NOUN", "PROPN", "NUM", "DET", "ADJ")


def _subject_like(tok, collective: Callable[[str], bool]) -> bool:
    if tok.pos_ not in _NOMINAL:
        return False
    return tok.tag_ in ("NNS", "NNPS") or (tok.lower_.endswith("s") and not tok.lower_.endswith("ss")) \
        or collective(tok.lower_)


def fix_headline_verbs(doc, is_verb: Callable[[str], str | None], collective: Callable[[str], bool]):
    """Re-read verbs of verbless headline clauses in place (see the module docstring).

    ``is_verb(word)`` gives the base form of a word that is an event verb ("torches" ->
    "torch"), else None; ``collective(word)`` says a singular noun names a group ("police",
    "army", "mob") that can be a headline's subject.
    """
    for sent in list(doc.sents):
        _elided_passive(sent, is_verb)
        if len(sent) > 20 or sent.root.pos_ not in _NOMINAL or any(
                t.pos_ == "AUX" or (t.pos_ == "VERB" and not _hyphen_modifier(t) and not _trailing_participle(t))
                for t in sent):
            continue
        for v in sent[1:-1]:
            hyphened = v.i - 2 > sent.start and doc[v.i - 1].tag_ == "HYPH" and not doc[v.i - 2].whitespace_ \
                and not doc[v.i - 1].whitespace_ and doc[v.i - 2].is_alpha
            if v.pos_ not in _NOMINAL and not (hyphened and _hyphen_modifier(v)):
                continue
            base = is_verb(v.lower_)
            if hyphened and base is None:
                # a compound that is itself an event or force word ("machine-gun", "pepper-spray",
                # "tear-gassed"): read whole, its head inflected like a verb
                whole = is_verb(f"{doc[v.i - 2].lower_}-{v.lower_}")
                base = whole.rpartition("-")[2] if whole else None
            if base is None:
                continue
            # a hyphenated verb compound whose head is the event verb ("gang-rape", "car-bomb"):
            # the whole compound stands between the subject and the object
            first = v.i - 2 if hyphened else v.i
            subj, nxt = doc[first - 1], doc[v.i + 1]
            if not _subject_like(subj, collective) or nxt.pos_ not in _OBJECT_WORDS:
                continue
            # the object: from the verb to the first preposition, punctuation or conjunction
            end = v.i + 1
            while end < sent.end and doc[end].pos_ in _OBJECT_WORDS:
                end += 1
            obj = doc[end - 1]
            if obj.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            _rewire(doc, sent, subj, v, obj, end, base)
            break
    return doc


def _hyphen_modifier(tok) -> bool:
    """The head of a hyphenated compound the model has read as a participle describing the next
    noun ("tear-gassed protesters", "machine-gunned villagers" in "Police tear-gassed protesters"):
    in a clause whose root is a noun, the only verb-like word, and so the clause's verb."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].tag_ == "HYPH" and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") \
        and tok.head.i == tok.i + 1


def _trailing_participle(tok) -> bool:
    """A participle after the root noun telling what followed ("..., killing two"): it does
    not make the clause verbed, when a hyphenated compound is the only other verb-like word."""
    return tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl") and tok.head.dep_ == "ROOT" and tok.i > tok.head.i \
        and any(_hyphen_modifier(t) for t in tok.sent)


def _rewire(doc, sent, subj, v, obj, end, base) -> None:
    old = {t.i: t.head.i for t in sent}
    inside = range(sent.start, end)
    for t in sent:
        if t.i == v.i:
            t.head, t.dep_ = t, "ROOT"
        elif t.i == subj.i:
            t.head, t.dep_ = v, "nsubj"
        elif subj.i < t.i < v.i:
            # the first part of a hyphenated verb ("gang-" of "gang-rape") modifies the verb
            t.head, t.dep_ = v, "punct" if t.tag_ == "HYPH" else "npadvmod"
        elif t.i < subj.i:
            if old[t.i] not in range(sent.start, subj.i):
                t.head = subj
            if t.dep_ in ("ROOT", "nsubj", "dobj", "pobj"):
                t.dep_ = "compound"
        elif t.i == obj.i:
            t.head, t.dep_ = v, "dobj"
        elif v.i < t.i < obj.i:
            t.head = obj
            if t.dep_ not in ("compound", "amod", "nummod", "det", "poss"):
                t.dep_ = "compound"
        elif old[t.i] in inside:
            # what hung on the old compound (a preposition, punctuation) hangs on the verb
            t.head = v
            if t.dep_ == "ROOT":
                t.dep_ = "dep"
    if v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD"):
        v.tag_ = "VBD"  # "tear-gassed": a past form, read as the clause's verb
    else:
        v.tag_ = "VBZ" if v.lower_ != base else "VBP"
    v.pos_ = "VERB"
    v.lemma_ = base


def _elided_passive(sent, is_verb) -> None:
    words = [t for t in sent if not t.is_space]
    if not 3 <= len(words) <= 15 or words[-1].text in (".", "!", "?") or any(t.pos_ == "AUX" for t in sent):
        return
    v = sent.root
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or is_verb(v.lemma_.lower()) is None:
        return
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > v.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
        return
    after = [c for c in v.children if c.i > v.i and not c.is_punct and not c.is_space]
    if any(c.dep_ not in ("prt", "prep", "advmod", "npadvmod", "agent") for c in after):
        return
    subjects[0].dep_ = "nsubjpass"
    v.tag_ = "VBN"
