"""The parties of a sentence's violence: who does it, whom it is aimed at, which side takes a place.

The event families are told apart by their parties (an attack on armed men is a battle, on
unarmed people an attack on civilians), so every family's rules read them the same way here.
"""
from __future__ import annotations

from ..actors.finder import parties_of
from .lexicon import Lexicon
from .triggers import (TriggerMatch, clause_subjects, governing_verb, phrase_in, sentence_has, speaker_subjects,
                       subtree_lemmas)


def _subject_side(match: TriggerMatch, sent, actor_mentions, lexicon: Lexicon) -> str:
    """'state', 'non-state' or '' for the taker of a place: the trigger's clause subject."""
    doc = sent.doc
    head = match.head(doc)
    verb = governing_verb(head)
    subjects = clause_subjects(verb) if verb is not None else []
    for _ in range(3):
        # "the army achieved a victory by controlling the area": the taker is the subject of
        # the verb the trigger's clause hangs from (through a preposition)
        if subjects or verb is None or verb.dep_ not in ("pcomp", "pobj", "advcl") or verb.head.i == verb.i:
            break
        verb = governing_verb(verb.head)
        subjects = clause_subjects(verb) if verb is not None else []
    if head.pos_ in ("NOUN", "PROPN"):  # "the army's recapture of X", "the capture of X by rebels"
        subjects += [c for c in head.children if c.dep_ == "poss"]
        subjects += [gc for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for gc in c.children]
    subjects = speaker_subjects(verb, subjects, lexicon)
    flip = False
    if subjects and all(t.dep_ == "nsubjpass" for t in subjects):
        # "the town was captured" names the place; "the militants were pushed back" names the loser
        flip = match.trigger.phrase == "push back"
        if not flip:
            subjects = []
    side = _side_of(subjects, actor_mentions, lexicon)
    if not side:
        # "recaptured the town from the rebels": the taker is the other side of the loser
        # (head, then verb: a set of tokens would order them by memory address)
        losers = [g for h in dict.fromkeys((head, verb)) if h is not None for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        flip, side = True, _side_of(losers, actor_mentions, lexicon)
    if flip and side:
        side = "state" if side == "non-state" else "non-state"
    return side


def _side_of(nouns, actor_mentions, lexicon: Lexicon) -> str:
    """'state', 'non-state' or '' for the party the first of ``nouns`` names: a resolved
    actor near it, else its words (the ``[sides]`` cues)."""
    for subj in nouns:
        ids = {t.i for t in subj.subtree}
        # "rebel forces", "opposition fighters": a non-state word on the noun itself outranks the generic
        # reading of "forces" as the state's
        mods = {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")} | {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}
        if mods & lexicon.cues["non_state_words"] and not mods & lexicon.cues["state_words"]:
            return "non-state"
        near = sorted((a for a in actor_mentions if a.head_i in ids and not a.speaker and a.inter in (1, 2, 3, 4, 8)),
                      key=lambda a: abs(a.head_i - subj.i))
        if near:
            return "state" if near[0].inter in (1, 8) else "non-state"
        core = [subj] + [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod")] + [
            g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        words = {t.lemma_.lower() for t in core} | {t.lower_ for t in core}
        if words & lexicon.cues["non_state_words"]:
            return "non-state"
        if words & lexicon.cues["state_words"]:
            return "state"
    return ""


def _target_tokens(matches: list[TriggerMatch], sent) -> list:
    """Who or what the violence is aimed at: the objects of the trigger and of its verb
    ("attacked a mosque", "women were killed", "opened fire on worshippers")."""
    from .triggers import OBJECT_DEPS
    doc = sent.doc
    out = []
    from .lexicon import default_lexicon
    from .triggers import sent_to_the_event
    lexicon = default_lexicon()
    for m in matches:
        head = m.head(doc)
        verb = governing_verb(head) or head
        if sent_to_the_event(head, verb, lexicon):
            continue  # "deputies went out to a knifing": those sent there are not its targets
        # (not the trigger itself, named as what something is: "this is the fifth attack on the pipeline by X")
        objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.dep_ != "pobj" and c.i != head.i]
        # (nor an object that holds the trigger noun with what it says of it: "had doubts about the army's
        # role in the murder" names a suspect, not whom the murder was aimed at)
        objs = [o for o in objs if not (head.i != verb.i and head in o.subtree and o.dep_ not in ("attr", "nsubjpass")
                                        and head.head.lower_ == "in" and head.head.head.i != o.i)]
        blamed = head.i != verb.i and verb.lemma_.lower() in lexicon.cues["attribution_verbs"]
        if blamed:
            # "blamed the guerrillas for the murder of X": who is blamed did it; the noun's "of" is its target
            objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
        if head.i != verb.i and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass"):
            # "the murder of the minister shocked the country": the subject noun's own "of" names
            # whom it was aimed at; the verb's object is what the news touched
            victims = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            objs = victims or objs
        if verb.dep_ == "xcomp" and all(o.dep_ == "oprd" for o in objs):
            # "a journalist was found shot dead": the passive subject of the verb the harm hangs on
            objs += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if not objs:  # "opened fire on worshippers"; with a direct object, "at a checkpoint" is where
            objs = [g for h in (verb, head) for c in h.children if c.dep_ == "prep" and c.lower_ in (
                "on", "at", "against", "upon") for g in c.children if g.dep_ == "pobj"]
        # not a clause describing the target ("a man who failed to stop at a checkpoint")
        described = {t.i for o in objs for c in o.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        # nor the trigger's own phrase inside the target ("she was the target of a militia raid":
        # "militia" names the doer)
        if head.i != verb.i and head.pos_ in ("NOUN", "PROPN"):
            described |= {t.i for o in objs if head in o.subtree and o.i != head.i for t in head.subtree}
        # (the trigger's own words are not its target; an object inside the phrase is: "beat a detainee to death")
        own = {t.i for t in doc[m.start_i:m.end_i] if {t.lemma_.lower(), t.lower_} & set(m.trigger.words)}
        out += [t for o in objs for t in o.subtree if t.i not in own and t.i not in described]
    return out


def _doers(verb) -> list:
    """Who did what a verb tells: its subjects and "by" agents, not the patient of a passive ("people
    were killed"); none for no verb."""
    return [t for t in clause_subjects(verb) if t.dep_ != "nsubjpass"] if verb is not None else []


def _target_heads(tokens) -> list:
    """The head nouns of the target tokens, in order ("the son of a policeman": "son")."""
    ids = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in ids or t.head.i == t.i]


def _harm_told(sent, lexicon: Lexicon) -> bool:
    """The sentence tells people killed or hurt."""
    return sentence_has(sent, lexicon, "lethal_cues") or sentence_has(sent, lexicon, "injury_cues")


def people_hurt(sent, lexicon: Lexicon) -> bool:
    """The sentence tells people killed or hurt, and does not deny it: the harm word, no modifier of a
    noun, has no denial of its own, of its subject or of the word it hangs on ("no one was hurt",
    "there were no casualties", "without injuring anyone"; cue list ``harm_denials``)."""
    harm = lexicon.union("lethal_cues", "injury_cues")
    denials = lexicon.cues["harm_denials"]
    for t in sent:
        if not {t.lemma_.lower(), t.lower_} & harm or t.dep_ in ("amod", "compound"):
            continue  # (a modifier names whose property it was: "burned murdered peasants' houses")
        near = [t, t.head] + [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if t.head.lower_ in denials or any(c.lower_ in denials for x in near for c in x.children) \
                or any(c.lower_ in denials for c in near[2:]):
            continue
        return True
    return False


def _target_kind(matches: list[TriggerMatch], sent, lexicon: Lexicon, actor_mentions) -> str:
    """'armed' when the violence is aimed at an armed party or a military position, 'civilian'
    when at unarmed people or civilian places (a person named or described by an unarmed
    role counts as a civilian, as the codebook presumes), '' when no target is told."""
    tokens = _target_tokens(matches, sent)
    if not tokens:
        return ""
    ids = {t.i for t in tokens}
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    cues = lexicon.cues
    # soldiers or police off duty, unarmed or held captive are civilians when attacked (codebook)
    disarmed = words & cues["disarmed_modifiers"] or phrase_in(sent, cues["disarmed_phrases"])
    if disarmed and words & lexicon.union("armed_nouns", "person_nouns"):
        return "civilian"
    # "the son of a policeman", "a soldier's wife": the target is the person its head noun names
    heads = _target_heads(tokens)
    if heads and all(_unarmed_person(h, lexicon) for h in heads):
        return "civilian"
    # "attacked the house of a police officer, killing his wife": a home, whoever lives in it, and the
    # unarmed people in it are no military target (told with people harmed: a raid on homes alone is no attack)
    if heads and _harm_told(sent, lexicon) and any(h.lemma_.lower() in cues["home_nouns"] for h in heads) and all(
            h.lemma_.lower() in cues["home_nouns"] or _unarmed_person(h, lexicon) for h in heads):
        return "civilian"
    # "an aid convoy", "a convoy of relief trucks", "a civilian vehicle": a military-sounding target named as
    # carrying unarmed people or goods is not a military one
    military = {t.lemma_.lower() for t in tokens if t.lemma_.lower() in cues["military_targets"] and not (
        subtree_lemmas([t]) & cues["civilian_qualifiers"])}
    if words & cues["armed_nouns"] or military or any(
            a.head_i in ids and a.inter in (1, 2, 3, 4, 8) and not a.speaker for a in actor_mentions):
        return "armed"
    # detainees and prisoners are unarmed (codebook: killing detainees is an attack on civilians)
    if words & lexicon.union("civilian_nouns", "person_nouns", "prisoner_nouns") or any(
            t.ent_type_ == "PERSON" for t in tokens) or any(
            a.head_i in ids and a.inter == 7 and not a.owned for a in actor_mentions):
        return "civilian"
    return ""


def _aimed_at_demonstrators(matches: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """The violence is aimed at demonstrators or a gathering: its target, or what it is fired "on", "at"
    or "into" ("opened fire on them", "fired into the crowd", "attacked the march")."""
    doc = sent.doc
    heads = _target_heads(_target_tokens(matches, sent))
    # (a part of them: "several of them", "two of the protesters")
    heads += [g for h in heads if h.pos_ in ("NUM", "ADJ", "PRON", "DET") for c in h.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads += _aimed_at(matches, doc, lexicon)
    return any({h.lemma_.lower(), h.lower_} & lexicon.cues["demonstrator_targets"] for h in heads)


def _aimed_at(matches: list[TriggerMatch], doc, lexicon: Lexicon) -> list:
    """What the violence's verb is aimed "on", "at", "into" ("opened fire on a crowd", "fired into them"),
    even beside an object (the "fire" of "opened fire")."""
    verbs = [v for v in (governing_verb(m.head(doc)) for m in matches) if v is not None]
    return [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in lexicon.cues["aim_preps"]
            for g in c.children if g.dep_ == "pobj"]


def _unarmed_person(tok, lexicon: Lexicon) -> bool:
    """``tok`` names an unarmed person by a kin or civilian role, its own modifiers naming no armed
    party ("the wife of a soldier" is unarmed; "a police officer", "a militia leader" are not)."""
    own = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    return bool({tok.lemma_.lower(), tok.lower_} & lexicon.union("civilian_nouns", "person_nouns")) and not (
        words & lexicon.cues["armed_nouns"]) and tok.lemma_.lower() not in lexicon.cues["office_holders"]


def _armed_parties(sent, lexicon: Lexicon, armed_mentions, actor_mentions) -> set[str]:
    """The armed parties a sentence names: its resolved armed actors, and nouns of armed men
    outside any actor mention ("gunmen", "armed herders"), one key a party; not who spoke."""
    # (a group named twice, or by its name and a member noun, is one party: "the FMLN ... its guerrillas")
    # (and the state's forces of one country, "the army ... soldiers", are one side)
    keys = parties_of(armed_mentions)
    inside = {t for a in actor_mentions for t in range(a.start, a.end)} | {a.head_i for a in actor_mentions}
    armed = lexicon.cues["armed_nouns"]
    for t in sent:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") and t.i not in inside \
                and ({t.lemma_.lower(), t.lower_} & armed or any(
                    c.dep_ == "amod" and c.lower_ == "armed" for c in t.children)) \
                and t.lemma_.lower() not in lexicon.cues["aircraft_nouns"]:
            keys.add(t.lemma_.lower())
    return keys
