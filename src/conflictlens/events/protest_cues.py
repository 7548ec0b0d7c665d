"""Demonstrations: whether a gathering is a demonstration, and what was done at it.

What the codebook asks of a protest (peaceful, met with intervention or excessive force, turned
violent) is read from cue words told of the demonstration itself, not of its topic nor of an
earlier event it is about; a sentence told right after it may tell the force used on it.
"""
from __future__ import annotations

from .candidate import Candidate
from .lexicon import Lexicon
from .factuality import _recalled_years_on
from .parties import _doers, _harm_told
from .triggers import (TriggerMatch, clause_subjects, governing_verb, phrase_in, reciprocal_sides, sentence_has,
                       subtree_lemmas)


#: cue lists of harm done at a protest (their phrases are checked for being the protest's topic)
HARM_CUES = ("lethal_cues", "excessive_force_cues")


def _protest_cues(sent, lexicon: Lexicon, cue: str) -> list:
    """Words of a cue list in the sentence that are not the topic of the protest: "a rally
    against gun violence", "marched to denounce the arrest of their leader" or "protested
    over the ban" name what the protest is about, not what happened at it."""
    out = []
    # harm phrases are checked for being the topic as the words are ("to demand justice for men shot
    # dead"): protests about killings are common; intervention phrases count wherever they are told
    phrases = [p.split() for p in lexicon.cue_phrases.get(cue, ())] if cue in HARM_CUES else []
    doc = sent.doc
    for t in sent:
        # a cue word, or the first word of a cue phrase ("shot dead" for "shoot dead")
        if not {t.lemma_.lower(), t.lower_} & lexicon.cues[cue] and not any(
                t.i + len(p) <= sent.end and all(w in (doc[t.i + k].lemma_.lower(), doc[t.i + k].lower_)
                                                 for k, w in enumerate(p)) for p in phrases):
            continue
        if cue in HARM_CUES and _told_of_another(t, lexicon):
            continue
        if _dated_before(t, lexicon):
            continue
        if not _protest_topic(t, lexicon):
            out.append(t)
    return out


def _protest_topic(t, lexicon: Lexicon) -> bool:
    """The word names what a protest is about ("a rally against gun violence", "in protest at the arrest"),
    not what happened at it."""
    markers = lexicon.cues.get("protest_topic_markers", set())
    doc = t.doc
    node = t
    for _ in range(12):  # up to the root: "denounce violence by those who ... attack"
        if node.head.i == node.i:
            break
        described = node.dep_ in ("amod", "advmod") and node.head.i == t.head.i and node.i == t.i
        prev, node = node, node.head
        if prev.dep_ == "prep" and prev.lower_ in lexicon.cues["demonstration_object_preps"] and (
                node.pos_ == "NOUN" and node.lemma_.lower() in lexicon.cues["demonstration_nouns"]
                # (the parser often hangs the "at" from the verb: "boycotted classes in protest at")
                or prev.i >= 2 and doc[prev.i - 1].lower_ == "protest" and doc[prev.i - 2].lower_ == "in"):
            return True  # "in protest at the arrest", "a demonstration of anger at the killings"
        # "violent protests": a word describing the protest itself is not its topic
        # (the noun "protests" is the demonstration itself, not a verb of what it is about: "three killed
        # in protests")
        if not described and {node.lemma_.lower(), node.lower_} & markers and not (
                node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in lexicon.cues["demonstration_nouns"]):
            return True
    return False


def _dated_before(t, lexicon: Lexicon) -> bool:
    """A cue word told of an earlier day than the news ("last week's arrest of activists", "those
    killed by soldiers last week", "where 24 were killed last March"): a nominal dated by a possessive,
    or a clause below the sentence's main verb that carries a past date of its own. What was done
    at a protest is told on the protest's day; what it is about often happened before."""
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                                           for c in t.children):
        return True
    clause = t
    while clause.dep_ not in CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in CLAUSE_DEPS:
        return False  # the sentence's main clause tells the news, whatever its date
    past = lexicon.cues["past_date_words"]
    nested = {x.i for c in clause.children if c.dep_ in CLAUSE_DEPS for x in c.subtree}
    return any(x.ent_type_ in ("DATE", "TIME") and x.lower_ in past for x in clause.subtree if x.i not in nested)


#: dependencies that hang a clause below another ("killed last week" describing "those")
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp")


def _honoured(mourned, lexicon: Lexicon) -> bool:
    """``mourned`` is the object of an honouring preposition that hangs from a commemoration, or
    from the verb whose object one is ("a vigil for X", "held a vigil ... for X")."""
    honours = lexicon.union("commemoration_nouns", "tribute_nouns")
    owner = mourned.head.head if mourned.dep_ == "pobj" and mourned.head.lower_ in lexicon.cues["honour_preps"] else None
    return owner is not None and bool({owner.lemma_.lower(), owner.lower_} & honours or owner.pos_ in ("VERB", "AUX") and any(
        {g.lemma_.lower(), g.lower_} & honours for c in owner.children if c.dep_ in ("dobj", "prep", "nsubjpass")
        for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])))


def _told_of_another(t, lexicon: Lexicon) -> bool:
    """A harm word in a clause describing someone who is not of the crowd ("a vigil for a man who
    was shot dead last week", "the funeral of a boy killed by a stray bullet"): that person's own,
    earlier event, not force used at the gathering. Harm told of the demonstrators ("mourners who
    were wounded"), of the demonstration ("a march in which two were killed") or of its place stays."""
    noun = t.head if t.dep_ in ("amod", "acomp", "compound") and t.head.i != t.i else t
    if noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head  # "a vigil for Jo Doe, a teen shot dead"
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and _honoured(noun, lexicon):
        return True  # "a vigil for a teen shot dead": the parser makes "shot" the noun mourned
    verb = governing_verb(t)
    if verb is not None and _recalled_years_on(verb, lexicon.cues):
        return True  # "gathered to mark one year since car bombs killed 120": that incident's dead
    for _ in range(3):  # "the day when police opened fire, killing two": the participle is of the clause
        if verb is None or verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or verb.head.i == verb.i:
            break
        verb = governing_verb(verb.head)
    # "who was shot and killed by a deputy": the second verb shares the first's clause
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.dep_ in ("relcl", "acl", "conj"):
        verb = verb.head
    if verb is None or verb.dep_ not in ("relcl", "acl") or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl" and verb.tag_ not in ("VBN", "VBD"):
        return False  # "troops firing on the crowd": what the doers did
    named = verb.head
    if named.pos_ not in ("NOUN", "PROPN"):
        return False
    cues = lexicon.cues
    mourned = named
    while mourned.dep_ == "conj" and mourned.head.i != mourned.i:
        mourned = mourned.head
    if _honoured(mourned, lexicon):
        return True  # "a vigil for the protesters who were shot last week": those mourned, whoever they were
    crowd = lexicon.union("protest_nouns", "crowd_nouns")
    if {w.lemma_.lower() for w in named.subtree if w.i < verb.i or w.i == named.i} & crowd:
        return False
    if named.lemma_.lower() in lexicon.by_first and named.lemma_.lower() not in cues["demonstration_nouns"] \
            and named.dep_ == "pobj" and named.head.lower_ == "of" \
            and named.head.head.lemma_.lower() in cues["remembered_event_heads"]:
        return True  # "to mark the anniversary of the bombing that killed 52": the bombing's dead
    if named.lemma_.lower() in lexicon.by_first or named.ent_type_ in ("GPE", "LOC", "FAC"):
        return False  # "the march in which two were killed", "the square where police fired"
    return True


def _state_protest(demo: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """Every demonstration word is a protest made by a state or its officials ("Egypt recalled its
    ambassador in protest", "the foreign ministry protested the decision"): diplomacy, not a
    demonstration (codebook: demonstrations are held by people in public)."""
    doc = sent.doc
    for m in demo:
        if m.trigger.phrase not in ("protest", "lodge a protest"):
            return False
        verb = governing_verb(m.head(doc))
        doers = _doers(verb)
        if not doers or not all(t.ent_type_ == "GPE" or _own_lemmas(t) & lexicon.cues["diplomatic_subjects"]
                                for t in doers):
            return False
    return True


def _protest_by_one(demo: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """Every demonstration word is "protest" told as a formal complaint ("filed a protest with the
    league") or as the purpose of what one doer did ("a man set himself on fire in protest", "the
    opposition walked out of parliament in protest"): no demonstration (codebook: individual acts and
    walkouts inside parliament are not protests). A crowd doing it in protest stays a demonstration
    ("traders shut their shops in protest")."""
    doc = sent.doc
    for m in demo:
        head = m.head(doc)
        if m.trigger.phrase != "protest" or head.pos_ != "NOUN":
            return False
        if head.dep_ == "dobj" and {head.head.lemma_.lower(), head.head.lower_} & lexicon.cues["complaint_verbs"]:
            continue
        if not (head.dep_ == "pobj" and head.head.lower_ == "in"):
            return False
        verb = governing_verb(head)
        if _walkout_from_chamber(verb, lexicon):
            continue  # "members of parliament walked out of the session in protest", however many
        if verb is not None and any(c.dep_ == "dobj" and c.lower_ in lexicon.cues["reflexive_pronouns"]
                                    for c in verb.children):
            continue  # "two women set themselves ablaze in protest": a self-immolation, however many
        doers = _doers(verb)
        if not doers or any(t.tag_ in ("NNS", "NNPS") or t.lower_ in lexicon.cues["plural_pronouns"] or any(
                c.dep_ == "conj" for c in t.children) for t in doers):
            return False
    return True


def _boycott_only(demo: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """Every demonstration word is "protest" and the sentence tells an action that gathers nobody (a
    boycott, a petition, a campaign: ``non_gathering_actions``) and no gathering or crowd ("the
    boycott by opposition parties protesting the tax"): no demonstration (codebook: a protest is a
    physical gathering). "Thousands marched, protesting the boycott" and "a campaign of street
    protests" still tell one."""
    doc = sent.doc
    # (the verb, "parties protesting the tax", or "in protest": the motive of the action; not "a
    # campaign of protests", which tells protests held)
    # (a boycott trigger itself is the action)
    actions = lexicon.cues["non_gathering_actions"]
    if not all(m.trigger.phrase in actions or m.trigger.phrase == "protest" and (m.head(doc).pos_ == "VERB" or (
            m.head(doc).dep_ == "pobj" and m.head(doc).head.lower_ == "in" and m.head(doc).tag_ == "NN"))
            for m in demo) or all(m.trigger.phrase in actions for m in demo):
        return False
    if not sentence_has(sent, lexicon, "non_gathering_actions"):
        return False
    return not (sentence_has(sent, lexicon, "public_gathering_cues") or sentence_has(sent, lexicon, "crowd_nouns"))


def _walkout_from_chamber(verb, lexicon: Lexicon) -> bool:
    """The verb tells people leaving a sitting body ("walked out of parliament", "stormed out of the
    session", "left the council meeting"): a walkout inside an institution (codebook: no protest)."""
    if verb is None or verb.lemma_.lower() not in lexicon.cues["walkout_verbs"]:
        return False
    if verb.lemma_.lower() != "leave" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in verb.children):
        return False
    return any(t.lemma_.lower() in lexicon.cues["chamber_nouns"] for c in verb.children
               if c.dep_ in ("prep", "dobj") for t in c.subtree)


def _commemoration_only(demo: list[TriggerMatch], sent, lexicon: Lexicon) -> bool:
    """A vigil, funeral or memorial gathering with no political demand told ("dozens gathered for a
    candlelight vigil for a man shot last week"): mourning, not a demonstration (codebook: a
    commemoration is a Peaceful protest when it carries a political demand). Only when every
    trigger names the gathering itself (a vigil, people gathering or marching), not a protest."""
    if not sentence_has(sent, lexicon, "commemoration_nouns") or sentence_has(sent, lexicon, "political_demand_cues"):
        return False
    plain = lexicon.union("commemoration_nouns", "gathering_verbs")
    return all(m.trigger.phrase in plain for m in demo)


def _demonstrators_stopped(sent, lexicon: Lexicon) -> bool:
    """A verb of stopping whose object is the demonstrators ("but police stopped them", "stopped the
    marchers"): a gathering stopped by force, its intervention (codebook §2.2). Only people: "marched
    to stop the war" names what the march is about."""
    crowd = lexicon.union("crowd_pronouns", "protest_nouns", "crowd_nouns")
    return any(t.lemma_.lower() in lexicon.cues["stopping_verbs"] and any(
        c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & crowd for c in t.children) for t in sent)


def _has_protest_cue(sent, lexicon: Lexicon, cue: str) -> bool:
    if _protest_cues(sent, lexicon, cue):
        return True
    if cue not in HARM_CUES:
        # phrases, and words written with a hyphen ("pepper-spray", "flash-bang") that the
        # tokeniser splits and the word-by-word match above cannot see
        return phrase_in(sent, [*lexicon.cue_phrases.get(cue, ()), *(w for w in lexicon.cues[cue] if "-" in w)])
    # a phrase the word-by-word match above cannot see ("pepper-spray" split into three tokens)
    low = sent.text.lower()
    if any(p in low for p in lexicon.cue_phrases.get(cue, ()) if "-" in p):
        return True
    # a phrase written as a hyphenated verb ("baton-charged" for "baton charge")
    hyphened = [p for p in lexicon.cue_phrases.get(cue, ()) if " " in p and f"{p.split()[0]}-" in low]
    return phrase_in(sent, hyphened)


def _own_lemmas(tok) -> set[str]:
    """The lemmas of a noun phrase without the phrases coordinated with it ("police" in "police
    and protesters"; "crowd" and "demonstrator" in "a crowd of demonstrators")."""
    skip = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return {t.lemma_.lower() for t in tok.subtree if t.i not in skip} | {tok.lower_}


def _demonstrators_violent(sent, lexicon: Lexicon) -> bool:
    """A riot cue in the sentence that is not the topic of the protest, nor done by armed
    forces ("police blocked the marchers" is the force's act, not the demonstrators')."""
    if phrase_in(sent, lexicon.cue_phrases.get("riot_cues", ())):
        return True
    force = lexicon.union("intervention_cues", "excessive_force_cues")
    for t in _protest_cues(sent, lexicon, "riot_cues"):
        if _negated_by_affix(t, lexicon):
            continue  # "a non-violent sit-in", "a violence-free march"
        if t.dep_ == "compound" and t.head.lemma_.lower() in lexicon.cues["gathering_nouns"]:
            continue  # "a torch rally", "a torchlight march": the kind of demonstration, not violence
        if _walkout_from_chamber(t, lexicon):
            continue  # "stormed out of the assembly": people leaving, no violence
        # "the violent crackdown", "police violence": a riot word told of a noun names that noun's doers
        node = t.head if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" else t
        if node.pos_ == "NOUN":
            if node.lemma_.lower() in force:
                continue  # the force used on the demonstrators, told violent
            aimed = [g for c in node.children if c.dep_ == "prep" and c.lower_ in lexicon.cues["aim_preps"]
                     for g in c.children if g.dep_ == "pobj"]
            if subtree_lemmas(aimed) & lexicon.union("protest_nouns", "crowd_nouns"):
                continue  # "violence against protesters", "an attack on the marchers": done to them
            if node.dep_ == "dobj" and node.head.lemma_.lower() in lexicon.cues["harm_taken_verbs"]:
                continue  # "protesters suffered burns": harm they took, not violence they did
            doers = [c for c in node.children if c.dep_ in ("compound", "poss")] + [
                g for c in node.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
            if doers:
                if not subtree_lemmas(doers) & lexicon.cues["armed_nouns"]:
                    return True
                continue
        verb = governing_verb(t)
        if verb is not None and verb.lemma_.lower() in lexicon.cues["reciprocal_fight_verbs"]:
            # "police clashed with demonstrators", "police and demonstrators clashed": a clash is
            # fought by both sides, the crowd among them
            sides = reciprocal_sides(verb, ("with",))
            if len(sides) >= 2 and any(_own_lemmas(x) & lexicon.union("protest_nouns", "crowd_nouns")
                                       for x in sides):
                return True
        objects = [c for c in (verb.children if verb is not None else []) if c.dep_ in ("dobj", "nsubjpass")]
        if subtree_lemmas(objects) & lexicon.cues["symbolic_objects"]:
            continue  # "burnt an effigy", "tore down posters": a symbolic act of a peaceful protest
        subjects = clause_subjects(verb) if verb is not None else []
        patients = [x for x in subjects if x.dep_ == "nsubjpass"]
        if verb is not None and verb.lemma_.lower() not in lexicon.cues["reciprocal_fight_verbs"]:
            patients += [c for c in verb.children if c.dep_ == "dobj"]
        if patients and subtree_lemmas(patients) & lexicon.union("protest_nouns", "crowd_nouns"):
            continue  # "the protesters were violently dispersed", "gunmen attacked the protesters": done to them
        doers = [x for x in subjects if x.dep_ != "nsubjpass"]
        if any(c.dep_ == "amod" and c.lower_ == "armed" for x in doers for c in x.children):
            continue  # "armed men attacked ...": an armed party's violence, not the demonstrators'
        aimed = [g for c in (verb.children if verb is not None else []) if c.dep_ == "prep"
                 and c.lower_ in lexicon.cues["scatter_preps"] for g in c.children if g.dep_ == "pobj"]
        if not doers and subtree_lemmas(aimed) & lexicon.union("protest_nouns", "crowd_nouns"):
            continue  # "a grenade was thrown into the crowd of protesters": done to them by someone unnamed
        if not ({x.lemma_.lower() for x in doers} & lexicon.cues["armed_nouns"]):
            return True
    return False


def _negated_by_affix(t, lexicon: Lexicon) -> bool:
    """A word negated by a prefix or suffix the tokeniser splits off ("non-violent", "violence-free")."""
    doc, affixes = t.doc, lexicon.cues["negating_affixes"]
    before = t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in affixes or t.lower_.startswith("non")
    after = t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in affixes or (
        t.i + 1 < len(doc) and doc[t.i + 1].lower_ in affixes)
    return before or after


def _force_by_demonstrators(sent, lexicon: Lexicon) -> bool:
    """The harm told at a protest was done by the demonstrators ("protesters injured two
    policemen", "three officers were wounded"): their violence, not force used on them."""
    cues = lexicon.cues
    tokens = _protest_cues(sent, lexicon, "lethal_cues") + _protest_cues(sent, lexicon, "excessive_force_cues")
    if not tokens:
        return False
    for t in tokens:
        verb = governing_verb(t)
        subjects = clause_subjects(verb) if verb is not None else []
        # the subjects' own nouns, not what hangs from them ("injuries among demonstrators")
        active = {x.lemma_.lower() for x in subjects if x.dep_ != "nsubjpass"}
        passive = {x.lemma_.lower() for x in subjects if x.dep_ == "nsubjpass"}
        # "protesters injured two policemen" has an object; "two demonstrators died" tells of victims
        transitive = verb is not None and any(c.dep_ == "dobj" for c in verb.children)
        doers_demonstrate = transitive and active & lexicon.union("protest_nouns", "crowd_nouns") \
            and not active & cues["armed_nouns"]
        victims_armed = passive & cues["armed_nouns"] and not passive & lexicon.union("protest_nouns", "crowd_nouns")
        if not (doers_demonstrate or victims_armed):
            return False
    return True


def _harm_of_intervention(sent, lexicon: Lexicon, actor_mentions) -> bool:
    """People told killed, or hurt by excessive force ("Three people were killed", "Several were wounded by
    live rounds"), in a sentence naming no armed party but as the doer ("by police"): told right after
    force used on a demonstration, the harm is that force's (codebook §2.2: Excessive force). Armed men
    or security forces told killed or hurt ("two policemen were injured") are no such harm."""
    if not (_has_protest_cue(sent, lexicon, "lethal_cues") or _has_protest_cue(sent, lexicon, "excessive_force_cues")
            and _harm_told(sent, lexicon)):
        return False
    if any(a.inter in (2, 3, 4) and not a.speaker for a in actor_mentions):
        return False
    armed = lexicon.union("armed_nouns", "state_words")
    return not any({t.lemma_.lower(), t.lower_} & armed and not (
        t.dep_ == "nsubj" or t.dep_ == "pobj" and t.head.dep_ == "agent") for t in sent)


def force_on_demonstrators(sent, lexicon: Lexicon, actor_mentions, candidates: list[Candidate],
                           intervened: bool = False) -> str:
    """What a sentence told right after a demonstration says state forces did to its demonstrators
    ("Police fired tear gas to disperse them", "Security forces opened fire on them, wounding 30",
    "Police arrested 12 of them"): 'Excessive force against protesters' when people are told killed or
    hurt, 'Protest with intervention' for crowd control or arrests (codebook §2.2: force and arrests
    at a demonstration are its intervention), '' otherwise. Only a sentence with no event of its own,
    or arrests alone, by state forces (not who spoke), naming the demonstrators by a pronoun or a crowd
    word, and not turning to other news ("Separately, ..."). With ``intervened`` (the demonstration was
    told met with force), a sentence of no event of its own that tells only people killed or hurt
    ("Three people were killed") tells that force's harm (``_harm_of_intervention``)."""
    if any(c.sub_event_type != "Arrests" for c in candidates):
        return ""
    cues = lexicon.cues
    first = [t.lower_ for t in sent if not t.is_punct][:1]
    if first and first[0] in cues["turn_away_words"]:
        return ""
    if intervened and not candidates and _harm_of_intervention(sent, lexicon, actor_mentions):
        return "Excessive force against protesters"
    state = any(a.inter == 1 and not a.speaker for a in actor_mentions) or any(
        t.dep_ in ("nsubj", "agent", "pobj") and {t.lemma_.lower(), t.lower_} & cues["state_words"] for t in sent)
    crowd = lexicon.union("crowd_nouns", "demonstrating_crowds", "protest_nouns")
    referred = any(t.lower_ in cues["crowd_pronouns"] or t.dep_ != "nsubj" and {t.lemma_.lower(), t.lower_} & crowd
                   for t in sent)
    if not (state and referred):
        return ""
    if _has_protest_cue(sent, lexicon, "lethal_cues") or _has_protest_cue(sent, lexicon, "excessive_force_cues") \
            and _harm_told(sent, lexicon):
        return "Excessive force against protesters"
    if candidates or _has_protest_cue(sent, lexicon, "intervention_cues"):
        return "Protest with intervention"
    return ""
