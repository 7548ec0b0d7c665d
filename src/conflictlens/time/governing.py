"""Which date in a trigger's sentence dates the event (the trigger-to-date choice).

With a spaCy parse, the word a date hangs on decides: a date on a verb of saying, an
informant's clause, an arrest or funeral (aftermath), a victim's condition, a past-perfect
earlier act or a possessive owning another noun dates something else than the trigger; a
date inside the trigger's own phrase wins over a nearer one.  Without a parse a short-window
heuristic reads the text.  Word lists come from :mod:`.lexicon`.
"""
from __future__ import annotations

import re

from ..model import DateMention
from .lexicon import (
    AFTERMATH_NOUNS, AFTERMATH_VERBS, CONDITION_NOUNS, DISCOVERY_WORDS, OCCURRING_DETERMINERS, OCCURRING_NOT_WITH, OCCURRING_VERBS,
    OTHER_INCIDENT_DETERMINERS,
    PRESENT_STATE_VERBS, RESPONSE_NOUNS, RESPONSE_PASSIVE_VERBS, RESPONSE_VERBS, SPEECH_VERBS, STATE_VERBS,
    TOLD_NOUNS,
    _INCIDENT_WORD
)


def governing_date(mentions: list[DateMention], trigger_start: int, trigger_end: int,
                   sentence_start: int, sentence_end: int, doc=None, *, text: str | None = None
                   ) -> DateMention | None:
    """The date mention in the trigger's sentence that dates the event, else None.

    Skips a possessive date ("Friday's attack") that modifies another noun than the
    trigger, a date attached to a verb of saying ("said on Sunday", "Yesterday, X
    said") and one in a clause about the informant ("residents who fled on Monday said"):
    those date the statement or the informant, not the event.  A date inside the trigger's own
    phrase wins over a nearer one outside it (the frame verb's).  With a spaCy ``doc`` the
    dependency parse decides; without it (give ``text``) a short-window heuristic does.
    """
    if text is None and doc is not None:
        text = doc.text
    cands = [m for m in mentions if m.start >= sentence_start and m.end <= sentence_end]
    counted = [m for m in cands if counts_from_trigger(m, trigger_start, doc)]
    if counted:
        return counted[0]
    cands = [m for m in cands
             if not (is_possessive(m, text) and not _possessive_owns(m, trigger_start, trigger_end, doc))
             and not (dates_speech(m, trigger_start, trigger_end, doc, text) or _dates_informant(m, doc)
                      or dates_aftermath(m, trigger_start, trigger_end, doc) or dates_condition(m, doc)
                      or (doc is not None and dates_earlier_act(m, trigger_start, trigger_end, doc)))]
    own = _in_trigger_clause(cands, trigger_start, trigger_end, doc)
    best, best_dist = None, None
    for m in own or cands:
        if m.end <= trigger_start:
            dist = trigger_start - m.end
        elif m.start >= trigger_end:
            dist = m.start - trigger_end
        else:
            dist = 0
        if best_dist is None or dist < best_dist:
            best, best_dist = m, dist
    return best


def _date_span(m: DateMention, doc):
    """The date's tokens in the parse (widened to whole tokens), or None without a parse."""
    return None if doc is None else doc.char_span(m.start, m.end, alignment_mode="expand")


def counts_from_trigger(m: DateMention, ts: int, doc) -> bool:
    """An interval told from the trigger ("two days after the shooting"): its day is the trigger's,
    whatever verb the interval hangs on (the arrest's: "arrested Monday, two days after ...")."""
    if not m.days or not m.text.lower().endswith("after"):
        return False
    span = _date_span(m, doc)
    if span is None or span[-1].lower_ != "after":
        return False
    return any(t.idx <= ts < t.idx + len(t.text) for t in span[-1].subtree if t.i >= span.end)


def _in_trigger_clause(cands: list[DateMention], ts: int, te: int, doc) -> list[DateMention]:
    """The dates inside the trigger's own phrase ("held on Tuesday over the shooting that
    happened last Friday": Friday is in the shooting's relative clause, Tuesday dates the
    frame verb the shooting hangs from). Nearness alone gave the frame's date."""
    if doc is None or not cands:
        return []
    trig = doc.char_span(ts, te, alignment_mode="expand")
    if trig is None:
        return []
    root = trig.root
    lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text)
    return [m for m in cands if lo <= m.start and m.end <= hi]


def _dates_informant(m: DateMention, doc) -> bool:
    """True when the date sits in a clause about an informant ("according to people who
    arrived today from the area, 44 peasants were killed"): it dates the informant."""
    span = _date_span(m, doc)
    if span is None:
        return False
    clause = next((a for a in span.root.ancestors if a.dep_ in ("relcl", "acl")), None)
    if clause is None:
        return False
    noun = clause.head
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return noun.dep_ == "nsubj" and (head.lemma_.lower() in SPEECH_VERBS
                                     or _IRREGULAR_SPEECH.get(head.lower_) in SPEECH_VERBS)


_POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")


def is_possessive(m: DateMention, text: str | None = None) -> bool:
    """The date owns a noun: "Friday's attack", and "the previous day's shooting", "last week 's
    raid", whose "'s" the date's words leave out (read in ``text``, where given)."""
    return m.text.endswith(("'s", "’s")) or (text is not None and bool(_POSSESSIVE_AFTER.match(text, m.end)))


_INCIDENT_PREPS = frozenset({"in", "during", "at"})


def names_incident(m: DateMention, doc, text: str | None = None) -> bool:
    """The date owns an incident noun ("Sunday's fatal shooting", "the Monday stabbing"): it
    tells the day of the violence a report about an arrest, a death or a funeral recalls."""
    span = _date_span(m, doc) if m.days else None
    if span is None:
        return False
    root = span.root
    head = root.head
    owns = is_possessive(m, text if text is not None else doc.text) or root.dep_ in ("compound", "nmod", "npadvmod")
    return (owns and head.i != root.i and head.pos_ in ("NOUN", "PROPN") and head.i > root.i
            and bool(_INCIDENT_WORD.match(head.lower_)))


def dates_incident_occurring(m: DateMention, doc) -> bool:
    """The date is told of the story's incident by a verb of occurring whose subject is a definite
    incident noun ("the stabbing occurred shortly after 9 p.m. Friday", "that incident took place on
    Sunday"): the day of the violence the report tells, as "Sunday's shooting" is. Not "a shooting
    happened Monday" (some other one) nor a verb in the future or in a clause of its own."""
    span = _date_span(m, doc) if m.days else None
    if span is None:
        return False
    verb = span.root
    for _ in range(4):  # "shortly after 9 p.m. Friday" -> "occurred"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OCCURRING_VERBS:
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in OCCURRING_NOT_WITH
           for c in verb.children) or verb.dep_ in ("xcomp", "advcl", "relcl"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not _INCIDENT_WORD.match(subj.lower_):
        return False
    return any(c.dep_ == "det" and c.lower_ in OCCURRING_DETERMINERS for c in subj.children)


def names_other_incident(m: DateMention, doc, text: str | None = None) -> bool:
    """The date owns the incident noun of a phrase told as a new one ("an April stabbing", "another
    Sunday shooting"): some incident besides the one the report is about, so its day is not
    the story's (``names_incident`` holds too)."""
    if not names_incident(m, doc, text):
        return False
    head = _date_span(m, doc).root.head
    return any(c.dep_ == "det" and c.lower_ in OTHER_INCIDENT_DETERMINERS for c in head.children)


def _possessive_owns(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when "Friday's" modifies the trigger noun itself ("Friday's attack"), or a noun
    whose own clause tells the trigger: its relative clause ("Saturday's shooting that killed
    two"), the verb it is the subject of ("Saturday's attack left two dead") or the verb it
    is the setting of ("killed in Saturday's shooting"). The noun names the incident those
    words tell; a noun further off ("Monday's hearing on the shooting that killed two")
    dates something else."""
    span = _date_span(m, doc)
    if span is not None:
        head = span.root.head
        if head.idx <= ts < head.idx + len(head.text) or ts <= head.idx < te:
            return True
        trig = next((t for t in doc[head.sent.start:head.sent.end] if t.idx <= ts < t.idx + len(t.text)), None)
        if trig is None or trig.i == head.i:
            return False
        if trig.head.i == head.i and trig.dep_ in ("relcl", "acl", "compound"):
            # (a trigger word compounded with the owned noun: "Sunday's landmine explosion")
            return True
        if head.head.i == trig.i and head.dep_ in ("nsubj", "nsubjpass"):
            return True
        prep = head.head
        return (head.dep_ == "pobj" and prep.lower_ in _INCIDENT_PREPS and prep.head.i == trig.i
                and trig.pos_ == "VERB")
    return 0 <= ts - m.end <= 25


_SPEECH_ALT = "|".join(sorted({re.escape(v) for v in SPEECH_VERBS}, key=len, reverse=True))
# verbs are matched case-sensitively so "Islamic State" is not "state"
_SPEECH_LEFT = re.compile(
    r"(?:^|[^a-z])(?-i:" + _SPEECH_ALT + r")(?:s|d|ed|ing)?\s+(?:(?:on|late\s+on|early\s+on)\s+)?$", re.I)
_SPEECH_RIGHT = re.compile(
    r"^,?\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.'’-]+,?\s+){0,6}?(?-i:" + _SPEECH_ALT
    + r")(?:s|d|ed)?\b", re.I)
_IRREGULAR_SPEECH = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def dates_aftermath(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when the date attaches to a verb of what follows an incident (an arrest, a charge, the
    naming of the dead: ``[aftermath]`` in the lexicon) and the trigger is not that verb: "arrested
    Monday in connection with the shooting" dates the arrest, not the shooting."""
    head = date_governor(m, doc)
    if head is None:
        return False
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in AFTERMATH_VERBS:
        return _dates_mourning(head, ts)
    return not (head.idx <= ts < head.idx + len(head.text))


def dates_condition(m: DateMention, doc) -> bool:
    """True when the date hangs on a verb telling a victim's state ("was still in grave condition
    on Saturday", "listed in critical condition Tuesday"), or a state lasting to the report's
    day ("the motive remained unclear Monday"): ``[condition]`` in the lexicon. The weekday is
    the writer's present, not the day of the violence."""
    head = date_governor(m, doc)
    if head is not None and _dates_present_state(head):
        return True
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in STATE_VERBS and any(c.dep_ == "acomp" for c in head.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CONDITION_NOUNS for g in c.children) for c in head.children)


def _dates_present_state(head) -> bool:
    """The date hangs on a present-tense verb of state, or on the adjective after it ("a
    search is underway Friday", "the road remains closed Tuesday"): the state holds on
    the day the report is written, after the violence. A harm told as the state ("a man is dead
    Tuesday after a shooting") still dates it."""
    verb = head.head if head.dep_ in ("acomp", "oprd") else head
    if verb.lemma_.lower() not in PRESENT_STATE_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    states = [head] if verb is not head else [c for c in verb.children if c.dep_ in ("acomp", "oprd")]
    return bool(states) and not any(_INCIDENT_WORD.match(t.lower_) for t in states)


def dates_earlier_act(m: DateMention, ts: int, te: int, doc) -> bool:
    """True when the date hangs on a past-perfect verb that tells no violence ("the boys had
    handled the rifle two weeks ago, but it did not fire"): the pluperfect steps back to a time
    before the story, so its day neither dates the trigger beside it nor stands as the day of
    the sentences told after it. A violent verb ("had been shot Sunday") still dates, and an
    arrest's day stays the bound :func:`dates_aftermath` makes of it, and a scene a "when"
    clause breaks into is the violence's day."""
    head = date_governor(m, doc)
    if head is None or head.pos_ not in ("VERB", "AUX") or head.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
        return False
    if head.idx <= ts < head.idx + len(head.text) or ts <= head.idx < te:
        return False
    # (a scene the violence broke into, "had come home on May 3 when two men attacked them", is its day)
    if any(c.dep_ == "advcl" and any(g.lower_ in ("when", "as", "while") and g.dep_ in ("advmod", "mark")
                                     for g in c.children) for c in head.children):
        return False
    # (an arrest or a charge, "had arrested three men Friday", is the aftermath rule's: a bound)
    return not _INCIDENT_WORD.match(head.lower_) and not dates_aftermath(m, -1, -1, doc)


def dates_discovery(m: DateMention, doc) -> bool:
    """True when the date hangs on the finding of the dead ("the bodies were found Saturday", "a
    neighbour found him late on Monday"): ``[discovery]`` in the lexicon."""
    head = date_governor(m, doc)
    if head is None:
        return False
    if head.lemma_.lower() in DISCOVERY_WORDS:
        return True
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in DISCOVERY_WORDS
                                                for c in head.children)


def dates_response(m: DateMention, doc) -> bool:
    """True when the date hangs on the police's response ("officers responded late Saturday",
    "were called to the house Friday", "received a 911 call Sunday"): ``[response]`` in the
    lexicon."""
    head = date_governor(m, doc)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    if lemma in RESPONSE_VERBS or (head.pos_ == "NOUN" and lemma in RESPONSE_NOUNS):
        return True
    if lemma in RESPONSE_PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_NOUNS
                                                for c in head.children)


def _dates_mourning(head, ts: int) -> bool:
    """The date hangs on a funeral or vigil, or on the gathering held for one ("gathered on
    Monday for the funeral of X, who was killed ..."), and the trigger tells of the person
    mourned: it dates the mourning, not that person's earlier death."""
    def nouns(tok):
        return [tok, *(c for c in tok.children if c.dep_ == "conj")]
    frames = [head] if head.lemma_.lower() in AFTERMATH_NOUNS else []
    for c in head.children:
        objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else \
            [c] if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else []
        frames += [o for o in objs if o.lemma_.lower() in AFTERMATH_NOUNS]
    if not frames:
        return False
    mourned = [p for f in {*frames, head} for c in f.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for o in c.children if o.dep_ == "pobj" and o not in frames for p in nouns(o)]
    return any(p.left_edge.idx <= ts < p.right_edge.idx + len(p.right_edge.text) and not p.idx <= ts < p.idx + len(p.text)
               for p in mourned)


def date_governor(m: DateMention, doc):
    """The word a date hangs on, through a preposition ("arrested on Monday": arrested), or
    None (no parse, or the date is its own head)."""
    span = _date_span(m, doc)
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return None if head is tok else head


def _told_before_speaker(m: DateMention, verb, doc) -> bool:
    """"Gunmen killed eight in X on Monday, residents said": the date closes the reported clause
    before the speaker and the verb of saying that follow it (the parser hangs it on "said",
    but a speech's own date comes after its verb: "residents said on Monday")."""
    span = _date_span(m, doc)
    if span is None or span.end > verb.i:
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < span.start]
    speaker = [c for c in verb.children if c.dep_ == "nsubj" and span.end <= c.i < verb.i]
    return bool(told and speaker)


def said_just_before(m: DateMention, ts: int, doc) -> bool:
    """"X said on Tuesday it had fired ...": the parser may hang the date on the reported verb
    after it, but a date right after a verb of saying that governs that verb is the saying's
    (used as the latest day the event can have: the reported verb keeps the date otherwise)."""
    head = date_governor(m, doc)
    if head is None:
        return False
    span = _date_span(m, doc)
    if span is None or span.start == 0:
        return False
    i = span.start - 1
    if doc[i].lower_ in ("on", "late", "early") and i > 0:
        i -= 1
    verb = doc[i]
    if not (verb.lemma_.lower() in SPEECH_VERBS or _IRREGULAR_SPEECH.get(verb.lower_) in SPEECH_VERBS):
        return False
    if not (verb.i < head.i and verb in head.ancestors):
        return False
    return not (verb.idx <= ts < verb.idx + len(verb.text))


def dates_speech(m: DateMention, ts: int, te: int, doc, text: str | None = None) -> bool:
    """True when the date attaches to a verb of saying rather than to the trigger."""
    if doc is not None:
        head = date_governor(m, doc)
        if head is None:
            return False
        lemma = head.lemma_.lower()
        # (or a verb whose object is a telling: "deputies gave no further information on Friday about
        # the rifle the farmer was shot with")
        if lemma in SPEECH_VERBS or _IRREGULAR_SPEECH.get(head.lower_) in SPEECH_VERBS or (
                head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in TOLD_NOUNS
                                                     for c in head.children)):
            return not (head.idx <= ts < head.idx + len(head.text)) and not _told_before_speaker(m, head, doc)
        return False
    if text is None:
        return False
    if _SPEECH_LEFT.search(text, max(0, m.start - 40), m.start):  # "said on Sunday"
        return not (m.start - 40 <= ts < m.start and _SPEECH_LEFT.search(text, ts, m.start))
    if m.end <= ts and _SPEECH_RIGHT.match(text[m.end:m.end + 80]):
        # "Yesterday, X said that ..." - only when the trigger comes after the speech verb
        r = _SPEECH_RIGHT.match(text[m.end:m.end + 80])
        return m.end + r.end() <= ts
    return False
