"""Claims of responsibility: a named armed group saying it did an attack the report tells.

ACLED codes a claimed attack to the group that claims it (the suspected or claiming
perpetrator is the actor), however the attack's own sentences name the doers ("gunmen",
"armed men on motorbikes"). Wire copy tells the claim apart, most often in the sentence
after the attack or later in its paragraph: "JNIM said in a statement that its fighters
carried out the raid." The words are in ``data/actors/claim_words.tsv``.
"""
from __future__ import annotations

from functools import lru_cache

from ..data import read_table

#: the dependency labels by which a name's head joins the phrase that is the clause's subject
_IN_SUBJECT = ("compound", "amod", "appos", "nmod")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_table("actors", "claim_words.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def claimant(sent, actor_mentions) -> object | None:
    """The one named non-state group (an actor entry) that ``sent`` says did an attack: the
    subject of "claimed responsibility" / "claimed the ambush", or of a verb of saying whose
    clause has the group itself do the deed ("said its fighters carried out the raid"), or the
    group the attack is blamed on ("police blamed the killing on the ELN").
    None when the sentence denies it ("JNIM did not claim the attack") or names two groups."""
    groups = [a for a in actor_mentions if a.entry is not None and a.entry.inter in (2, 3, 4)
              and (_claims(sent.doc[a.head_i]) or _blamed(sent.doc[a.head_i]))]
    # (a group named in the claimant's epithet, "the al-Qaeda-linked JNIM", claims nothing)
    direct = [a for a in groups if sent.doc[a.head_i].dep_ == "nsubj"]
    found = {a.entry.name: a.entry for a in direct or groups}
    return next(iter(found.values())) if len(found) == 1 else None


def _claims(head) -> bool:
    """The name whose head is ``head`` is the subject of a claim."""
    words = _words()
    while head.dep_ in _IN_SUBJECT and head.head is not head:
        head = head.head
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in words["verb"]:
        return is_claim_verb(verb)
    if lemma in words["say"]:
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in words["deed"]
                   and not any(g.dep_ == "neg" for g in c.children) and _done_by_itself(c)
                   for c in verb.children)
    return False


def _blamed(head) -> bool:
    """The name whose head is ``head`` is the group an attack is laid on: "police blamed the
    killing on the ELN", "the bombing was attributed to the MRTA", "the ELN was blamed for the
    raid" (ACLED codes the suspected perpetrator a report names). Not when the verb is negated
    ("did not blame it on the ELN")."""
    words = _words()
    while head.dep_ in _IN_SUBJECT and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in words["blamed_on"]:
        verb, deeds = head.head.head, ("dobj", "nsubjpass")
        if verb.dep_ in deeds and verb.lemma_.lower() in words["object"]:
            verb = verb.head  # (the parser may hang "on the ELN" on "the killing")
    elif head.dep_ == "nsubjpass":
        verb, deeds = head.head, ()
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["blame"] or any(c.dep_ == "neg" for c in verb.children):
        return False
    if deeds:
        return any(c.dep_ in deeds and c.lemma_.lower() in words["object"] for c in verb.children)
    # "the ELN was blamed for the raid"
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in words["object"]
                                                              for g in c.children) for c in verb.children)


def is_claim_verb(tok) -> bool:
    """A verb of claiming with an attack or "responsibility" as its object ("claimed the attack")."""
    words = _words()
    return tok.pos_ == "VERB" and tok.lemma_.lower() in words["verb"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words["object"] for c in tok.children)


def _done_by_itself(deed) -> bool:
    """The deed's subject is the group itself: "its fighters", "they", "we"."""
    selves = _words()["self"]
    for subj in (c for c in deed.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in selves:
            return True
        if any(c.dep_ == "poss" and c.lower_ in selves for c in subj.children):
            return True
    return False


def attach_claims(mentions, claims: list[tuple[int, int, object]]) -> None:
    """Each violent mention takes the group a claim names when the claim is told after it in
    its paragraph or in the sentence right after it, and no other group claims there."""
    for m in mentions:
        near = {entry.name: entry for s_index, para, entry in claims
                if s_index > m.sent_index and (para == m.paragraph or s_index == m.sent_index + 1)}
        if len(near) == 1:
            m.claimed_by = next(iter(near.values()))
