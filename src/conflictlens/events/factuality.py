"""Does a trigger report something that happened?

Statements of intent, threats, negations, hypotheticals and references to earlier
events ("in the aftermath of the prison break") are not events (issue #4 §1).
"""
from __future__ import annotations

from .lexicon import Lexicon
from .triggers import TriggerMatch


def factuality(match: TriggerMatch, sent, lexicon: Lexicon) -> str:
    """Empty string when the trigger reports a real event, else the reason it does not."""
    doc = sent.doc
    head = match.head(doc)
    cues = lexicon.cues
    if _asks_whether(sent, cues):
        # "Was the fire set?", a headline "Arson in Alaska?": whether it happened is the question
        return "a question (?)"
    # negation on the trigger or on the verb it hangs from ("did not attack", "no clashes")
    node = head
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return f"negated ({child.text})"
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if head.pos_ == "VERB" and head.dep_ == "xcomp" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            for c in head.head.children):
        # "no battles have been reported fought there", "no gunmen were seen firing": the verb told of
        # a subject said to be none
        return f"negated (no {next(c for c in head.head.children if c.dep_ in ('nsubj', 'nsubjpass')).text})"
    if head.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in head.children):
        # "no explosives were found", "seized no weapons": what the verb acts on is said to be none
        return f"negated (no {next(c for c in head.children if c.dep_ in ('dobj', 'nsubjpass')).text})"
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in cues["privative_preps"]:
        # "took the town without a fight", "withdrew without clashes": the event did not happen
        return f"negated ({head.head.text} {head.text})"
    doing = head.head if head.dep_ == "dobj" else head
    if doing.dep_ == "pcomp" and doing.head.lower_ in cues["privative_preps"]:
        # "moved in without firing a shot", "entered the town without shooting": the act named as not done
        return f"negated ({doing.head.text} {doing.text})"
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        # "two hired attackers are thought to be behind the explosions", "a militant cell was responsible for":
        # the trigger names who is blamed for an event, an attribution, not an event told here
        own = {t.i for t in head.subtree}
        # (not in a clause joined on with its own subject: "a blast killed five, and no group has claimed
        # responsibility" tells the blast and who is not yet known behind it)
        own |= {t.i for c in head.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        if any(t.lower_ in cues["attribution_words"] and t.i not in own for t in head.head.subtree):
            return f"an attribution ({head.text} ... {head.head.text})"
    if head.pos_ in ("NOUN", "PROPN") and match.trigger.sub_event_type == "Agreement" and head.dep_ == "pobj" \
            and head.head.lower_ in cues["agreement_frame_preps"]:
        # "withdrew under a deal", "handed over the town under the agreement": the agreement is the
        # frame of what is told, made before it
        return f"the frame of the event ({head.head.text} {head.text})"
    if _in_work_title(match, sent, cues):
        # "their album How To Survive A Car Bomb", "her third album, The Bombing,"
        return f"the title of a work ({head.text})"
    # (a gerund used as a noun too: "fighting against corruption remains a priority")
    nominal_gerund = head.tag_ == "VBG" and head.dep_ in ("csubj", "nsubj", "nsubjpass", "pobj", "dobj")
    if (head.pos_ in ("NOUN", "PROPN") or nominal_gerund) and match.trigger.event_type == "Battles" \
            and _figurative(head, lexicon):
        # "a legal battle", "the fight against corruption": a contest, not armed fighting
        return f"figurative ({head.text})"
    if match.trigger.phrase in ("demonstrate", "demonstration") and (
            head.pos_ == "VERB" and any(c.dep_ in ("dobj", "ccomp") for c in head.children)
            or head.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" and not any(
                {g.lemma_.lower(), g.lower_} & lexicon.union("protest_nouns", "crowd_nouns", "protest_feelings")
                for g in c.subtree) for c in head.children)):
        # "demonstrated outstanding ability", "a demonstration of its speed": showing, not demonstrating
        return f"showing something ({head.text})"
    if (head.dep_ == "compound" or _noun_taken_for_adjective(head)) \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= match.end_i \
            and head.head.lemma_.lower() not in cues["event_nouns"] \
            and not (head.head.tag_ in ("NNS", "NNPS") and head.head.lemma_.lower() in cues["harm_verb_forms"]):
        # (not a headline's verb of harm read as a plural noun: "grenade attack wounds six", "blast kills two")
        # "chemical weapons facility", "riot police", "a displacement camp": the trigger word names
        # a thing, not an event
        return f"modifies another noun ({head.text} {head.head.text})"
    if head.pos_ == "VERB" and head.dep_ in ("advcl", "acl", "relcl") and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) and not (
            match.trigger.event_type == "Protests" and (head.head.lemma_.lower() in cues["gathering_verbs"]
                                                        or head.head.tag_ == "VBD")
            or _flight_done(match, head, cues)):
        # (but "gathered to protest", "drove their tractors into town to protest": the purpose of a crowd
        # that has gathered, or of what it did, is the demonstration it holds; intentions are caught by
        # the irrealis verbs below)
        # "launched a campaign to clear the desert", "stormed the village to abduct": a purpose
        return f"a purpose, not yet done (to {head.text})"
    if head.dep_ == "amod" and (head.tag_ == "VBN" or head.lower_.endswith("ed")) and head.head.pos_ in ("NOUN", "PROPN"):
        # "the liberated city", "detained activists": a state the noun is in, not an event told here
        return f"describes a noun ({head.text} {head.head.text})"
    noun = head.head if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") else head  # "bomb attack"
    if head.pos_ in ("NOUN", "PROPN"):
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.lower_ in cues["irrealis_modifiers"]:
                # "a planned bomb attack", "possible air strikes": not (yet) happened
                return f"not realised ({c.text} {noun.text})"
            if c.dep_ in ("nummod", "compound", "amod") and c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20"):
                # "the 2017 bombing of the concert hall": a year names an event of before, not the news
                return f"refers to another event ({c.text} {noun.text})"
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in cues["device_handling_verbs"] \
                and match.trigger.event_type == "Explosions/Remote violence" \
                and noun.lemma_.lower() not in cues["event_nouns"]:  # (a device, not an attack: "made an attack")
            # "the bombs were being assembled", "smuggled roadside bombs": devices handled, none went off
            return f"a device handled, not used ({head.head.text} {head.text})"
    first = head  # "displaced by the floods and fighting": the first of the conjoined causes
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i != first.i:
        first = first.head
    fled = first.head.head if first.dep_ == "pobj" and first.head.lower_ in ("from", "by") else first.head
    if head.pos_ in ("NOUN", "PROPN") and first.dep_ in ("dobj", "pobj") and fled.i != first.i \
            and fled.lemma_.lower() in cues["escape_verbs"]:
        # "fled the fighting", "displaced by clashes": what people escaped, told as the cause
        return f"what people fled ({fled.text} {head.text})"
    clause = head.head
    if (head.pos_ in ("NOUN", "PROPN") or head.tag_ == "VBG") and head.dep_ == "nsubj" and clause.dep_ == "advcl" \
            and clause.head.lemma_.lower() in cues["escape_verbs"] and any(
                c.dep_ == "mark" and c.lower_ in cues["cause_marks"] for c in clause.children):
        # "fled the town as fighting approached", "fled because clashes broke out": the flight's cause
        return f"what people fled ({clause.head.text} ... {head.text})"
    ended = head
    while ended.dep_ == "pobj" and ended.head.lower_ == "of" and ended.head.head.i != ended.head.i:
        ended = ended.head.head  # "to end years of fighting"
    if ended.dep_ == "dobj" and ended.head.lemma_.lower() in cues["cessation_verbs"] and not (
            ended.i == head.i and head.lemma_.lower() in lexicon.union("protest_nouns", "crowd_nouns")):
        # "a deal to end the fighting", "efforts to stop the violence": the event is what is ended
        # (people stopped are not ended: "police stopped the protesters" tells demonstrators who were there)
        return f"what is ended ({ended.head.text} {head.text})"
    if match.trigger.sub_event_type == "Abduction/forced disappearance" and head.pos_ in ("NOUN", "PROPN") \
            and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in cues["release_verbs"]:
        # "released 20 hostages", "the hostages were freed": their abduction was earlier
        return f"people abducted earlier, now released ({head.head.text} {head.text})"
    if match.trigger.sub_event_type == "Agreement" and ended.dep_ in ("dobj", "nsubjpass") \
            and ended.head.lemma_.lower() in cues["breach_verbs"]:
        # "accused the rebels of violating the ceasefire", "the truce was breached": an agreement made
        # earlier, told as broken, is no agreement of the day
        return f"an earlier agreement told as broken ({ended.head.text} {head.text})"
    charge = _charge_named(head, cues)
    if charge:
        return charge
    case = _arrest_case(head, cues) if match.trigger.event_type in _VIOLENT else ""
    if case:
        return case
    if head.pos_ in ("NOUN", "PROPN"):
        for child in head.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in cues["reference_modifiers"]:
                return f"refers to another event ({child.text} {head.text})"
    verb = head if head.pos_ in ("VERB", "AUX") else None
    node = head
    while verb is None and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            verb = node
    if verb is not None:
        for child in verb.children:
            takes_infinitive = child.dep_ == "xcomp" or any(g.dep_ in ("xcomp", "aux") for g in child.children)
            if child.dep_ in ("acomp", "oprd", "xcomp", "amod") and takes_infinitive \
                    and child.lemma_.lower() in cues["future_predicates"]:
                return f"not yet happened ({child.text})"
            if child.dep_ == "acomp" and child.lemma_.lower() in cues["generic_adjectives"]:
                return f"generic statement ({child.text})"
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lower_ == "past" and g.dep_ == "pobj" for g in child.children):
                return "refers to the past (in the past)"
    # walk up the tree: modal verbs, irrealis governors, background references
    node = head
    # a gerund used as a noun ("after weeks of fighting") refers as a noun does
    # (and "a day after fighting between police and militants", which the parser makes a clause of "after")
    gerund = head.tag_ == "VBG" and (head.dep_ in ("pobj", "nsubj") or head.dep_ == "pcomp" and head.head.pos_ == "ADP") \
        and not any(c.dep_ in ("dobj", "nsubj") for c in head.children)
    nominal = head.pos_ in ("NOUN", "PROPN", "ADJ") or gerund
    steps = 0
    prev = None
    # above a clause told in the past tense ("the men, who could face charges, had opened fire",
    # "police will question the men who opened fire"), the modals and conditions of the governing
    # clauses are theirs, not the event's: the modality belongs to the clause its verb heads
    own_tense = False  # a past clause of its own crossed (relative, adverbial, reported)
    own_clause = False  # one crossed that is no content clause of the verb above ("denied that ...")
    verdict_prep = None  # the first accusation preposition crossed above a nominal trigger ("of murder")
    while steps < 12:
        steps += 1
        if prev is not None and prev.dep_ == "prep" and prev.lower_ in cues["accusation_preps"] \
                and node.lemma_.lower() in cues["accusation_words"]:
            # "men suspected of kidnapping", "charged with murder": an accusation, not an event told here
            return f"an accusation ({node.text} {prev.text})"
        if prev is not None and prev.dep_ == "prep" and prev.lower_ == "for" \
                and node.lemma_.lower() in cues["punishment_words"]:
            # "serving twelve years in jail for rape", "jailed for the stabbing": a sentence served
            return f"a punishment served ({node.text} {prev.text})"
        if prev is not None and prev.dep_ == "prep" and prev.lower_ == "for" and (
                node.pos_ == "NOUN" and node.lemma_.lower() in cues["prelude_nouns"] or any(
                c.dep_ == "dobj" and c.lemma_.lower() in cues["prelude_nouns"] for c in node.children)):
            # "setting the stage for clashes", "paved the way for a strike": what is prepared is to come
            return f"not realised ({node.text} {prev.text})"
        if node.pos_ in ("VERB", "AUX") and verdict_prep is not None and any(
                c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in cues["accusation_words"] for c in node.children):
            # "found guilty by the jury last month of murder", the parser hanging "of murder" on the
            # jury: the verdict's own preposition still names what was found, not an act told here
            return f"an accusation ({node.text} {verdict_prep.text})"
        if node.pos_ in ("VERB", "AUX"):
            verdict_prep = None  # only the first clause above the trigger
        elif prev is not None and prev.dep_ == "prep" and prev.lower_ in cues["accusation_preps"] \
                and verdict_prep is None and nominal:
            verdict_prep = prev
        child, prev = prev, node
        below = child  # the node just under this one on the way up (``child`` is reused below)
        # "tried to seize the town but were repelled": a verb conjoined to a verb of trying or planning is
        # told as done; only what that verb governs is unrealised
        conjoined = child is not None and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        if nominal and node.i != head.i and node.lower_ in cues["reference_words"]:
            # "following Monday's clashes", whatever its part of speech
            return f"refers to another event ({node.text})"
        if node.pos_ in ("VERB", "AUX") and node.i != head.i and node.lemma_.lower() in cues["continuation_verbs"]:
            # "vowed to continue their protests", "will keep fighting": what is continued is going on
            # already, whatever is said of its future
            return ""
        if node.pos_ in ("VERB", "AUX") and own_tense:
            if node.i != head.i and node.lemma_.lower() in cues["irrealis_verbs"] and not own_clause and not conjoined:
                return f"not realised ({node.text})"
        elif node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ == "aux" and child.lower_ in cues["modal_auxiliaries"] and not (
                        child.lower_ in cues["epistemic_modals"]
                        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children)):
                    # (not "may have been killed", "must have been planted": a past event, its
                    # circumstances uncertain; "could have killed hundreds" did not happen)
                    return f"modal ({child.text} {node.text})"
                if child.dep_ == "mark" and child.lower_ in cues["hypothetical_marks"]:
                    return f"hypothetical ({child.text})"
            # (the subject of a verb of demanding is no part of what it demands: "protesters demanded the
            # governor's resignation" tells demonstrators who were there; "vowed to return" does not)
            if node.i != head.i and node.lemma_.lower() in cues["irrealis_verbs"] and not conjoined \
                    and not (below is not None and below.dep_ == "nsubj"
                             and node.lemma_.lower() in cues["voiced_demand_verbs"]):
                return f"not realised ({node.text})"
            nominal = gerund and node.i == head.i
        elif node.i != head.i and node.pos_ == "ADJ" and node.lemma_.lower() in cues["irrealis_verbs"] \
                and below is not None and below.dep_ == "xcomp" and not own_clause:
            # "ready to hold talks", "able to retake the town": an adjective of readiness or ability
            # governs what is only possible, as its verbs do ("prepared to", "tried to")
            return f"not realised ({node.text})"
        elif node.i != head.i and node.pos_ == "NOUN" and node.lemma_.lower() in cues["irrealis_nouns"] \
                and not own_clause:
            # "hopes of regaining", "a bid to retake the town", "calls for protests"
            return f"not realised ({node.text})"
        if nominal and node.i != head.i and node.lemma_.lower() in cues["reference_words"]:
            return f"refers to another event ({node.text})"
        if node.pos_ in ("ADP", "SCONJ") and node.lower_ in cues["reference_words"] and nominal:
            return f"refers to another event ({node.text})"
        if node.lemma_.lower() in ("resemble", "resembling") and node.i != head.i:
            return f"refers to another event ({node.text})"
        if node.pos_ in ("VERB", "AUX") and _recalled_years_on(node, cues):
            return f"refers to another event (years on: {node.text})"
        if node.head.i == node.i:
            break
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "advcl", "ccomp", "acl") and _past_clause(node):
            own_tense = True
            own_clause = own_clause or node.dep_ != "ccomp"
        node = node.head
    return ""


def _recalled_years_on(verb, cues) -> bool:
    """Is ``verb`` a clause of time opened by "since" or "after" (``anniversary_marks``) and measured
    in years (``anniversary_units``: "a year after X was shot dead", "to mark one year since the bombs
    killed 120", "it has been a year since")? What it tells is an incident recalled on its
    anniversary or in a follow-up, not the report's news; weeks or days ("died two days after he was
    shot") still tell it."""
    if not any(c.dep_ == "mark" and c.lower_ in cues["anniversary_marks"] for c in verb.children):
        return False
    units = cues["anniversary_units"]
    measures = [c for c in verb.children if c.dep_ == "npadvmod"]
    if verb.dep_ == "advcl":  # "mark one year since ...", "it has been a year since ...": the measure is the head's
        measures += [c for c in verb.head.children if c.dep_ in ("dobj", "attr", "npadvmod")]
    return any(m.lemma_.lower() in units for m in measures)


def _in_work_title(match: TriggerMatch, sent, cues) -> bool:
    """Every word of the trigger is capitalised inside the sentence, in a run of capitalised words
    (commas and quotes between) just after the noun of a work (``work_nouns`` in offtopic.toml: an album, a film, a
    book): the work's title names no event ("the album Hold The Line", "the film, The Siege,")."""
    doc = sent.doc
    words = [doc[i] for i in range(match.start_i, match.end_i) if doc[i].is_alpha]
    if not words or not all(t.is_title and not t.is_sent_start for t in words):
        return False
    i = match.start_i - 1
    while i >= sent.start and (doc[i].is_title or doc[i].is_punct and doc[i].text in _TITLE_PUNCT):
        i -= 1
    # (the noun in lower case: "MORE VIDEO Shop Murder Probe" is a page's link to a report)
    from .screen import work_nouns
    return i >= sent.start and doc[i].lemma_.lower() in work_nouns() and doc[i].is_lower


#: marks between a work's noun and its title ("his album, 'The Siege'")
_TITLE_PUNCT = {",", ":", "\"", "'", "‘", "“"}


_CLOSING = "\"'”’)» \n\t\r"


def _asks_whether(sent, cues) -> bool:
    """The sentence asks whether something happened: a question opened by an inverted auxiliary
    ("Did someone shoot ...?") or a verbless one ("Arson in Alaska?"). A question opened by "who",
    "why" ... takes the event as told ("Who shot the guard?"), and a statement with a question
    tacked on ("The man shot his wife, but why?") tells it with a finite verb."""
    if not sent.text.rstrip(_CLOSING).endswith("?"):
        return False
    words = [t for t in sent if not (t.is_punct or t.is_space or t.is_quote)]
    if not words or words[0].lower_ in cues["question_words"]:
        return False
    if words[0].lower_ in cues["question_auxiliaries"]:
        return True
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)


def _past_clause(verb) -> bool:
    """The verb heads a clause with a past tense of its own: "opened", "had opened", "was killed",
    "have attacked" (not "to attack", "attacking", "will attack", nor a present "attack")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ == "TO" for a in auxes):
        return False
    if verb.tag_ == "VBD" and not auxes:
        return True
    return any(a.tag_ == "VBD" or (a.lemma_.lower() == "have" and verb.tag_ == "VBN") for a in auxes)


def _figurative(head, lexicon: Lexicon) -> bool:
    """A battle noun used of a non-armed contest: qualified as legal, political, ... ("a court
    battle"), or fought against or over something that is not an armed party ("the fight against
    corruption", "a battle over the budget"). Only the "against"/"over" object decides: "fighting
    between the army and rebels", "a battle for the town" stay battles."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
    words = {c.lemma_.lower() for c in modifiers}
    # (a modifier written in two words, as one or hyphenated: "a court room battle", "a box office fight")
    words |= {j.join((g.lower_, c.lower_)) for c in modifiers for g in c.children if g.dep_ == "compound"
              for j in ("", "-")}
    if words & set(lexicon.cues["figurative_contest_modifiers"]):
        return True
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "against") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.cues["illness_words"] for g in c.children):
            # "a long battle with cancer", "her fight against leukaemia": an illness, not an armed party
            return True
        # ("for" too: "a long battle for confirmation", "the fight for the town" stays a battle)
        if c.dep_ == "prep" and c.lower_ in ("against", "over", "for"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:
                continue
            # (what is fought "for" is the object's own words and "of" names: "control of the oil field",
            # not "confirmation in the senate")
            toks = [t for o in objs for t in o.subtree] if c.lower_ != "for" else [
                t for o in objs for t in [o] + [x for ch in o.children if ch.dep_ in ("compound", "amod", "conj")
                                                or ch.dep_ == "prep" and ch.lower_ == "of" for x in ch.subtree]]
            words = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
            armed = words & lexicon.union("armed_nouns", "non_state_words", "place_nouns", "armed_contest_objects") or any(
                t.ent_type_ in ("ORG", "NORP", "GPE", "LOC", "FAC") for t in toks)
            if not armed:
                return True
    return False


def _flight_done(match, head, cues) -> bool:
    """A displacement told as the purpose of a move already made ("crossed into Chad to escape the
    fighting", "have left their villages to flee the attacks"): the move was the flight."""
    verb = head.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # (a root participle with no auxiliary is a past tense mis-tagged: "3,000 refugees crossed")
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and (
        any(c.lemma_ == "have" for c in auxes) or verb.dep_ == "ROOT" and not auxes)
    return match.trigger.sub_event_type == "Other" and head.lemma_.lower() in cues["escape_verbs"] and done


#: endings of nouns made from verbs ("displacement", "detention", "occupation"); no English adjective
#: a trigger could be ends so
_NOUN_ENDINGS = ("ment", "tion", "sion")


def _noun_taken_for_adjective(tok) -> bool:
    """A noun modifying the noun after it that the tagger read as an adjective ("a displacement
    camp" tagged JJ/amod): it qualifies a thing as a noun compound does."""
    return tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.lower_.endswith(_NOUN_ENDINGS)


#: the violence an arrest's case may name (a demonstration arrested over is the intervention's business)
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


#: the dependents a bare crime noun may have and still name only the offence ("attempted murder",
#: "auto theft", "arson and assault"): no article, possessive, number or prepositional phrase of its own
_BARE_DEPS = frozenset({"amod", "compound", "cc", "conj", "punct", "nmod"})


def _charge_named(head, cues) -> str:
    """A crime noun named as a criminal record or as an old charge, with no verb of its own telling
    it done ("had been arrested in his youth for burglary, arson and assault", "had a record of
    arson", "was arrested six times on charges: auto theft, arson and bookmaking"): the offence someone
    was once arrested for or convicted of is no event, neither of the report's day nor one a follow-up
    story refers to. Empty string when it is not such a noun. Only a bare noun (one with an article or
    a place or victim of its own, "arrested for the arson", "charged with the murder of X", names a
    case), and under a charge word only in a clause told as the past ("arrested six times", "in his
    youth", "had been arrested"): the charges of the day ("charged with three counts of murder") name
    the incident a follow-up story is about, left to the accusation rules."""
    if head.pos_ != "NOUN" or any(c.dep_ not in _BARE_DEPS for c in head.children):
        return ""
    governors, offences = cues["charge_record_words"], cues["offence_nouns"]
    first = head  # the list's first noun: "burglary, arson and assault" hangs from "burglary"
    governor = None
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN", "VERB"):
        if first.head.lemma_.lower() in governors:
            governor = first.head  # "convictions for kidnapping and attempted robbery", parsed as two conjuncts
            break
        first = first.head
    governor = governor or _list_governor(first, head, governors, offences, cues)
    if governor is None:
        return ""
    ancestors = [governor, *(a for _, a in zip(range(6), governor.ancestors))]
    if any(a.lemma_.lower() in cues["record_nouns"] for a in ancestors):
        return f"a criminal record, no event ({governor.text} ... {head.text})"
    verb = next((a for a in ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _told_as_past(verb, cues):
        return f"an old charge, no event ({verb.text} ... {head.text})"
    return ""


def _list_governor(first, head, governors, offences, cues):
    """The charge or record word a bare crime noun (or the list it opens at ``first``) hangs from:
    "on arson charges", "arson and theft charges", "arrested for arson", "a record of arson", or a
    list of two offences or more under a charge word further up ("arrested in his youth for
    burglary, arson and assault"); None when there is none."""
    listed = [t for t in first.subtree if t.dep_ in ("conj", "compound") or t.i == first.i]
    if first.dep_ == "compound" and first.head.lemma_.lower() in governors:
        return first.head
    named = next((t for t in listed if t.dep_ == "conj" and t.i != head.i and t.lemma_.lower() in governors), None)
    if named is not None:
        return named
    if first.dep_ == "pobj" and first.head.lower_ in cues["charge_record_preps"] \
            and first.head.head.lemma_.lower() in governors:
        return first.head.head
    if first.dep_ in ("pobj", "dobj", "appos", "conj") \
            and sum(1 for t in listed if t.lemma_.lower() in offences or t.lower_ in offences) >= 2:
        return next((a for _, a in zip(range(6), first.ancestors) if a.lemma_.lower() in governors), None)
    return None


def _told_as_past(verb, cues) -> bool:
    """The clause of ``verb`` is told as the past of a record: in the pluperfect ("had been arrested")
    or with a word of repetition or of a former time of its own ("six times", "in his youth",
    "between age 17 and 25", "previously")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
        return True
    for t in verb.subtree:
        if t.lemma_.lower() not in cues["record_time_words"] and t.lower_ not in cues["record_time_words"]:
            continue
        node = t.head
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head  # (within the verb's own clause, not a clause below it)
        if node.i == verb.i:
            return True
    return False


def _arrest_case(head, cues) -> str:
    """A violent noun named as the case people are arrested or charged in ("arrested three men over
    Sunday's bomb blast", "detained two suspects in the car bombing", "arrested in connection with
    the attack"): news writes the arrest as the news and the violence by the name the reader knows,
    so the noun refers to the earlier incident, not a new one of the arresting force. Empty string
    when it is not such a noun. "in" ties a case only to the arrested called suspects ("arrested
    20 people in the clashes" may tell arrests made during the clashes)."""
    node = head
    while node.dep_ == "compound" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "Sunday's bomb blast": the bomb is the blast
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ != "pobj" or node.head.dep_ != "prep":
        return ""
    prep = node.head
    holder = prep.head
    tied = False
    if prep.lower_ in ("with", "to") and holder.dep_ == "pobj" and holder.lemma_.lower() in cues["arrest_case_nouns"] \
            and holder.head.lower_ == "in":
        prep, tied = holder.head, True  # "in connection with the attack"
        holder = prep.head
    elif prep.lower_ not in (*cues["accusation_preps"], "in"):
        return ""
    held = None
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("dobj", "nsubjpass", "conj"):
        held, holder = holder, holder.head  # "arrested two suspects in the bombing"
    elif holder.pos_ in ("VERB", "AUX"):
        # (the parser may hang the case on the verb: "arrested three suspects | in the bombing")
        held = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if holder.pos_ not in ("VERB", "AUX"):
        return ""
    verb = holder.lemma_.lower()
    # (a verb of taking arrests only when it takes people: "captured a suspect in the attack", not
    # "captured the town with air strikes")
    people = (*cues["accusation_words"], *cues["person_nouns"], *cues["civilian_nouns"])
    if verb not in cues["legal_aftermath_verbs"] and not (
            verb in cues["capture_verbs"] and held is not None and held.lemma_.lower() in people):
        return ""
    if prep.lower_ == "in" and not tied and not (held is not None and held.lemma_.lower() in cues["accusation_words"]):
        return ""
    return f"the case of an arrest ({holder.text} {prep.text} {head.text})"

