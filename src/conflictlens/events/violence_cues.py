"""Violence named but not its kind ("killed", "attacked"), and ordinary crime.

Weak triggers are typed by their target and parties (a battle, an attack on civilians,
excessive force on a crowd); crime with no political or state actor, and domestic crime,
the codebook does not record.
"""
from __future__ import annotations

from ..data import read_words
from .candidate import Candidate, _words
from .crowd_violence import _mob_acts
from ..actors.finder import parties_of
from .lexicon import Lexicon
from .parties import _aimed_at, _armed_parties, _doers, _harm_told, _target_heads, _target_kind, _target_tokens
from .triggers import TriggerMatch, governing_verb, sentence_has, subtree_lemmas


def _crime_only(sent, lexicon: Lexicon, actor_mentions) -> bool:
    """The sentence's only non-state party is named by an ordinary crime ("robbers", "thieves")."""
    cues = lexicon.cues
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if not words & cues["criminal_nouns"]:
        return False
    criminal = {t.i for t in sent if {t.lemma_.lower(), t.lower_} & cues["criminal_nouns"]}
    political = [a for a in actor_mentions if a.inter in (2, 3, 4, 8) and not a.speaker
                 and not set(range(a.start, a.end)) & criminal and a.head_i not in criminal]
    return not political and not (words & cues["non_state_words"] - cues["criminal_nouns"])


def _cause_of_harm(match: TriggerMatch, sent, lexicon: Lexicon):
    """The token ids of the "after"/"following" phrase holding a nominal trigger when the clause it
    hangs from tells people killed or hurt ("died after a grenade attack", "suffered burns following an
    air strike"); None otherwise."""
    head = match.head(sent.doc)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    node = head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in lexicon.cues["harm_cause_preps"] and node.dep_ == "prep":
            break
    else:
        return None
    if node.lower_ not in lexicon.cues["harm_cause_preps"]:
        return None
    phrase = {t.i for t in node.subtree}
    verb = node.head
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in lexicon.cues["harm_verbs"]:
        return None  # "after the bombing, gunmen killed two villagers": an act of its own, not harm suffered
    own = [verb] + [t for c in verb.children if c.i not in phrase and c.dep_ not in ("advcl", "ccomp", "conj")
                    for t in c.subtree]
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    harm = lexicon.union("lethal_cues", "injury_cues", "harm_verbs")
    return phrase if words & harm else None


def _for_ordinary_crime(matches: list[TriggerMatch], doc, lexicon: Lexicon) -> bool:
    """The arrest is for a common crime ("arrested for robbery", "detained three drug dealers"):
    not the politically significant arrest the codebook records (spec §2.6)."""
    crimes = lexicon.union("ordinary_crimes", "criminal_nouns")
    for m in matches:
        verb = governing_verb(m.head(doc)) or m.head(doc)
        # (and the verbs coordinated with it: "seized heroin and arrested the driver", "arrested and charged
        # with embezzlement")
        verbs = [verb] + [v for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")]
        # (and the clause the arrest is told as part of: "mounted a hunt for loan defaulters, arresting four")
        verbs += [verb.head] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
        parts = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                 or c.dep_ == "prep" and c.lower_ in lexicon.cues["charge_preps"]]
        words = subtree_lemmas(parts)
        if words & crimes or any(" " in c and c in words for c in crimes):
            return True
    return False


def _weak_violence(weak: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions, armed_present: bool):
    """Type words that name violence but not its kind ("killed", "attacked", "opened fire")
    by their target: an armed party or military position makes a battle, unarmed people an
    attack on civilians; a crowd with no armed party is typed by ``_mob_acts`` afterwards."""
    if sentence_has(sent, lexicon, "mishap_cues"):
        return None  # "three people were killed in a traffic accident": a mishap, not violence
    if _household_victim(weak, sent, lexicon):
        return None  # "a man shot dead his wife": a domestic crime, no organised armed actor's violence
    kind = _target_kind(weak, sent, lexicon, actor_mentions)
    if kind != "civilian" and _crime_only(sent, lexicon, actor_mentions):
        return None  # "police shot dead two armed robbers": crime with no political actor
    if kind == "civilian" and _crime_only(sent, lexicon, actor_mentions) \
            and not any(a.inter == 1 and not a.speaker for a in actor_mentions):
        return None  # "a shopkeeper was shot dead by robbers": crime on civilians, no political or state actor
    if kind == "armed" and armed_present:
        return Candidate("Battles", "Armed clash", weak, f"{_words(weak)} aimed at an armed party", strong=False)
    if kind != "armed" and _state_fires_on_crowd(weak, sent, lexicon, actor_mentions):
        # "security forces fired live rounds at the crowds, killing five": an assembled public met with lethal
        # or injuring force by the state (codebook: Excessive force against protesters)
        return Candidate("Protests", "Excessive force against protesters", weak,
                         f"{_words(weak)} by state forces on a crowd", strong=False)
    if kind == "civilian" and (armed_present or _mob_acts(weak, sent, lexicon, actor_mentions)):
        return Candidate("Violence against civilians", "Attack", weak,
                         f"{_words(weak)} against unarmed people", strong=False)
    if kind == "civilian" and _political_victim(weak, sent, lexicon):
        return Candidate("Violence against civilians", "Attack", weak,
                         f"{_words(weak)} against a candidate, official, journalist or leader", strong=False)
    if not armed_present:
        return None
    victims_civilian = sentence_has(sent, lexicon, "civilian_nouns") or any(
        a.role == "civilians" and not a.owned for a in actor_mentions)
    armed_targets = [a for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker]
    if victims_civilian and len(parties_of(armed_targets)) <= 1:
        return Candidate("Violence against civilians", "Attack", weak,
                         f"{_words(weak)} against civilians by an armed actor", strong=False)
    parties = _armed_parties(sent, lexicon, armed_targets, actor_mentions)
    contested = any(m.trigger.phrase in lexicon.cues["two_sided_weak"] for m in weak)
    if len(parties) >= 2 or contested:
        return Candidate("Battles", "Armed clash", weak, f"{_words(weak)} between armed actors", strong=False)
    if _harm_told(sent, lexicon) and not sentence_has(sent, lexicon, "custody_deaths"):
        # (a death in custody is told apart from the raid or arrest that made it one: "died in
        # custody a day after he was picked up in raids by officers backed by helicopters")
        # one armed party and people killed or hurt who are not named as armed: a battle needs two
        # organised armed sides; violence no second side answers falls on people who cannot fight
        # back (codebook: Attack; victims of unknown kind are presumed civilians)
        return Candidate("Violence against civilians", "Attack", weak,
                         f"{_words(weak)} by one armed party ({', '.join(sorted(parties)) or 'armed men'}), "
                         f"no second armed side named", strong=False)
    if _property_target(weak, sent, lexicon):
        return None  # "the third attack on the pipeline by the rebels": one armed side and a thing, no battle
    if any(m.trigger.event_type == "Battles" for m in weak) or sentence_has(sent, lexicon, "place_nouns"):
        return Candidate("Battles", "Armed clash", weak, f"{_words(weak)} between armed actors", strong=False)
    return None


def _political_victim(weak: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """The violence is aimed at a candidate, an office holder, a journalist or a leader
    (data/events/political_victims.tsv) and harms them: political violence whoever did it
    ("a mayoral candidate was shot dead while campaigning"), as ACLED codes it."""
    words = read_words("events", "political_victims.tsv")
    heads = _target_heads(_target_tokens(weak, sent))
    # (a name with the office as its title: "the murder of Justice Minister Jo Marr")
    titled = [c for h in heads if h.pos_ == "PROPN" for c in h.children if c.dep_ == "compound"]
    return _harm_told(sent, lexicon) and any(h.lemma_.lower() in words for h in heads + titled)


def _property_target(weak: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """What is attacked is a thing (a pipeline, a pylon, a bank), not a place, a post or people: one
    armed side attacking it fights nobody (codebook: a battle is two armed sides)."""
    heads = _target_heads(_target_tokens(weak, sent))
    return bool(heads) and all(h.lemma_.lower() in lexicon.cues["infrastructure_nouns"] for h in heads)


def _state_fires_on_crowd(weak: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> bool:
    """State forces are the doers and an assembled crowd the target ("troops fired on the crowd"), with
    people killed or hurt."""
    if not _harm_told(sent, lexicon):
        return False
    heads = _target_heads(_target_tokens(weak, sent)) + _aimed_at(weak, sent.doc, lexicon)
    if not any(h.lemma_.lower() in lexicon.cues["assembled_crowds"] for h in heads):
        return False
    state = {a.head_i for a in actor_mentions if a.inter == 1 and not a.speaker}
    for m in weak:
        verb = governing_verb(m.head(sent.doc))
        doers = _doers(verb)
        if doers and all(t.i in state or {t.lemma_.lower(), t.lower_} & lexicon.cues["state_words"] for t in doers):
            return True
    return False


def _household_victim(weak: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """The violence falls on the doer's own household or neighbours ("killed his wife", "stabbed their
    neighbour"): a domestic crime, which the codebook does not record as political violence."""
    own = {"his", "her", "their"}
    # the first victim named ("killed a village chief and his son" is no household quarrel)
    first = next(iter(_target_heads(_target_tokens(weak, sent))), None)
    return first is not None and first.lemma_.lower() in lexicon.cues["household_nouns"] and any(
        c.dep_ == "poss" and c.lower_ in own for c in first.children)
