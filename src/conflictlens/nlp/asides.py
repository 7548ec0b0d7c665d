"""Clause verbs the small model loses behind a "backed by X" aside.

"Soldiers, backed by vigilantes, fought jihadists near Kaya" tells who fought whom, the aside
naming who helped. The small English model often reads the whole line as one noun phrase: the
aside's agent ("vigilantes") and the object ("jihadists") as a list, and the clause's verb as a
participle describing the object ("fought jihadists" like "wounded soldiers"). No verb then
carries the event, and the fight is lost.

In a clause whose root is a noun with a passive participle of support hanging on it ("backed
by", "supported by", "aided by"), an event verb in the past form right after the agent's noun
phrase (a comma between or not) is re-read as the clause's verb: the root noun its subject, the
noun phrase after it its object, and what followed hangs on the verb. Only clauses whose root
is a noun are touched, so a sentence the model read right is never changed.
"""
from __future__ import annotations

from typing import Callable

_OBJECT_WORDS = ("NOUN", "PROPN", "NUM", "DET", "ADJ")
#: words of the agent's noun phrase ("local hunters", "police and vigilantes", "air support")
_AGENT_WORDS = ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM", "PART")


def fix_aside_verbs(doc, is_verb: Callable[[str], str | None]):
    """Re-read event verbs after a participle aside in verbless clauses (module docstring).
    ``is_verb(word)`` gives the base form of an event verb ("fought" -> "fight"), else None."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        aside = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i
                      and any(g.dep_ == "agent" for g in c.children)), None)
        if aside is None:
            continue
        verb = _verb_after_agent(doc, sent, aside, is_verb)
        if verb is None:
            continue
        end = verb.i + 1
        while end < sent.end and doc[end].pos_ in _OBJECT_WORDS:
            end += 1
        obj = doc[end - 1]
        if end == verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        _rewire(sent, root, verb, obj, _base(verb, is_verb))
    return doc


def _verb_after_agent(doc, sent, aside, is_verb):
    """The past-form event verb that closes the aside's agent phrase, else None."""
    agent = next(g for g in aside.children if g.dep_ == "agent")
    i = agent.i + 1
    while i < sent.end and (doc[i].pos_ in _AGENT_WORDS or doc[i].text == ","):
        i += 1
    if i >= sent.end or i == agent.i + 1:
        return None
    tok = doc[i]
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ == "ROOT" or _base(tok, is_verb) is None:
        return None
    return tok


def _base(tok, is_verb) -> str | None:
    """The event verb a past form is of, by its spelling or by the model's lemma ("repelled")."""
    return is_verb(tok.lower_) or is_verb(tok.lemma_.lower())


def _rewire(sent, root, verb, obj, base) -> None:
    old = {t.i: t.head.i for t in sent}
    for t in sent:
        if t.i == verb.i:
            t.head, t.dep_ = t, "ROOT"
        elif t.i == root.i:
            t.head, t.dep_ = verb, "nsubj"
        elif t.i == obj.i:
            t.head, t.dep_ = verb, "dobj"
        elif verb.i < t.i < obj.i:
            t.head = obj
            if t.dep_ not in ("compound", "amod", "nummod", "det", "poss"):
                t.dep_ = "compound"
        elif t.i > obj.i and (old[t.i] in (obj.i, verb.i) or old[t.i] < verb.i):
            # what hung on the object or before the verb (a place, a day, "killing ten") is the verb's
            t.head = verb
            if t.dep_ in ("acl", "appos", "conj"):
                t.dep_ = "advcl" if t.pos_ == "VERB" else "npadvmod"
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", base
