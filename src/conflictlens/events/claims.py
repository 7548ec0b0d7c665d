"""Claims of responsibility: a named armed group saying it did an attack the report tells.

ACLED codes a claimed attack to the group that claims it (the suspected or claiming
perpetrator is the actor), however the attack's own sentences name the doers ("gunmen",
"armed men on motorbikes"). Wire copy tells the claim apart, most often in the sentence
after the attack or later in its paragraph: "JNIM said in a statement that its fighters
carried out the raid." The words are in ``data/actors/claim_words.tsv``. An accusation
counts as a claim does (ACLED codes the attributed actor when the report attributes the
attack: "investigators attributed the bombing to the MRTA", "the army blamed the FMLN"); a
denial ("the ELN denied any role") claims nothing. A claim told in a later paragraph (a
communique, an interview answer) is the attack's only when it names that attack: its
place, its day, or "the attack" of a report that tells one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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


@dataclass(frozen=True)
class Claim:
    """A sentence saying a named group did an attack, and how it names the attack."""
    sent_index: int
    paragraph: int
    group: object
    #: the towns (ACLED locations) the sentence names
    places: frozenset = frozenset()
    #: the days the sentence names
    days: frozenset = frozenset()
    #: the sentence names an attack as one the reader knows ("the attack", "Monday's bombing")
    names_the_attack: bool = False
    #: the tokens of what the claim verb takes ("claimed the attack on the mosque that killed five"):
    #: an attack told there is the claimed one, told in the claim's own sentence
    claimed_tokens: frozenset = frozenset()


def claim_of(sent, actor_mentions, s_index: int, paragraph: int, places, dates) -> Claim | None:
    """The claim (or accusation) ``sent`` tells, with the places and days it names, else None."""
    group = claimant(sent, actor_mentions)
    if group is None:
        return None
    lo, hi = sent.start_char, sent.end_char
    towns = frozenset(p.location for p in places if lo <= p.start < hi and p.level != "country" and p.location)
    days = frozenset(d.days[0] for d in dates if lo <= d.start < hi and len(d.days) == 1 and d.precision == 1)
    return Claim(s_index, paragraph, group, towns, days, _names_an_attack(sent),
                 _claimed_tokens(sent, actor_mentions, group))


def _claimed_tokens(sent, actor_mentions, group) -> frozenset:
    """The token indices of the objects of the verb ``group`` claims with ("claimed the attack on
    the mosque that killed five", "claimed responsibility for the bombing")."""
    out = set()
    for a in actor_mentions:
        if a.entry is not group:
            continue
        head = sent.doc[a.head_i]
        while head.dep_ in _IN_SUBJECT and head.head is not head:
            head = head.head
        if head.dep_ == "nsubj" and is_claim_verb(head.head):
            out.update(t.i for c in head.head.children if c.dep_ == "dobj" for t in c.subtree)
    return frozenset(out)


def _names_an_attack(sent) -> bool:
    """A definite attack noun ("the attack", "this bombing", "Monday's bombing")."""
    nouns = _words()["object"] - {"responsibility", "it", "operation"}
    return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" and t.tag_ in ("NN", "NNP") and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
        for t in sent)


def claimant(sent, actor_mentions) -> object | None:
    """The one named non-state group (an actor entry) that ``sent`` says did an attack: the
    subject of "claimed responsibility" / "claimed the ambush", or of a verb of saying whose
    clause has the group itself do the deed ("said its fighters carried out the raid"), or the
    group the attack is blamed on ("police blamed the killing on the ELN").
    None when the sentence denies it ("JNIM did not claim the attack") or names two groups."""
    groups = [a for a in actor_mentions if a.entry is not None and a.entry.inter in (2, 3, 4)
              and (_claims(sent.doc[a.head_i]) or _blamed(sent.doc[a.head_i]))]
    # (a group named in the claimant's epithet, "the al-Qaeda-linked JNIM", claims nothing)
    direct = [a for a in groups if sent.doc[a.head_i].dep_ in ("nsubj", "dobj", "pobj")]
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
    # ("issued a statement claiming responsibility", "distributed leaflets claiming the attack")
    if any(c.dep_ == "dobj" and any(g.dep_ == "acl" and is_claim_verb(g) for g in c.children)
           for c in verb.children):
        return True
    if lemma in words["say"]:
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in words["deed"]
                   and not any(g.dep_ == "neg" for g in c.children) and _done_by_itself(c)
                   for c in verb.children)
    return False


def _blamed(head) -> bool:
    """The name whose head is ``head`` is the group an attack is laid on: "police blamed the
    killing on the ELN", "the bombing was attributed to the MRTA", "the ELN was blamed for the
    raid", "the army blamed the FMLN" (ACLED codes the suspected perpetrator a report names).
    Not when the verb is negated ("did not blame it on the ELN")."""
    words = _words()
    while head.dep_ in _IN_SUBJECT and head.head is not head:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in words["accuse"]:
        # "the army blamed the FMLN (for the bombing)", "accused the ELN"
        return head.head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in head.head.children)
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


def attach_claims(mentions, claims: list[Claim], is_attack) -> None:
    """Each violent mention takes the group a claim names when the claim is told after it in
    its paragraph or in the sentence right after it, and no other group claims there; else
    the group of a claim told in any later sentence that names that attack (its town, its
    day, or "the attack" when the report tells one attack), and no other group's such claim.
    ``is_attack(m)``: the mention tells violence a group may be said to have done."""
    # (an attack noun in a claim's own sentence is the claimed attack, told again: not another)
    told_in_claims = {c.sent_index for c in claims}
    attacks = [m for m in mentions if is_attack(m) and m.sent_index not in told_in_claims]
    one_attack = len({frozenset(m.days) for m in attacks if m.days}) <= 1 and len(
        {p.location for m in attacks for p in m.places if p.level != "country"}) <= 1
    for m in mentions:
        near = {c.group.name: c.group for c in claims
                if c.sent_index > m.sent_index and (c.paragraph == m.paragraph or c.sent_index == m.sent_index + 1)}
        if not near and is_attack(m) and m.sent_index in told_in_claims:
            # ("the Taliban had claimed the attack on the mosque that killed five"): the attack told
            # inside what the claim verb takes is the claimed one
            near = {c.group.name: c.group for c in claims if c.sent_index == m.sent_index
                    and m.candidate.trigger_span[0] in c.claimed_tokens}
        if not near and is_attack(m):
            near = {c.group.name: c.group for c in claims if c.sent_index > m.sent_index
                    and _names(c, m, one_attack)}
        if len(near) == 1:
            m.claimed_by = next(iter(near.values()))


def _names(claim: Claim, m, one_attack: bool) -> bool:
    """The claim names the attack ``m`` tells: its town, its day, or the report's one attack."""
    towns = {p.location for p in m.places if p.level != "country"}
    if claim.places:
        return bool(claim.places & towns)
    if claim.days:
        return bool(claim.days & set(m.days))
    return claim.names_the_attack and one_attack
