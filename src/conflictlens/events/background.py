"""What a sentence tells besides its news: descriptions of the participants and the background.

A trigger in a clause describing who took part, told as what came before, or told as the
ongoing situation, is not the event the sentence reports; these rules find such triggers so
they yield to the news (in the sentence, and across the report).
"""
from __future__ import annotations

from .battle_cues import TERRITORY
from .candidate import _words
from .lexicon import Lexicon
from .triggers import TriggerMatch, governing_verb, sentence_has
from .fatalities.death_verbs import is_death_verb


def _inside(match: TriggerMatch, others: list[TriggerMatch], doc, lexicon: Lexicon) -> bool:
    """``match`` lies in a clause describing an argument of one of ``others`` ("detained people
    who took part in the demonstrations": the protest only says who was detained). A clause
    describing a weapon ("shells stuffed with poisonous gas") tells how, not who."""
    head = match.head(doc)
    for o in others:
        top = o.head(doc)
        # "the blast targeted a convoy of troops fighting the rebels", "an IED hit soldiers who were heading to
        # the battle": an explosion named as the doer of its verb has that verb's arguments, and a clause
        # describing one of them (even a participle) tells who was hit, not a battle of the sentence
        lifted = o.trigger.event_type == "Explosions/Remote violence" and top.pos_ in ("NOUN", "PROPN") \
            and top.dep_ == "nsubj" and top.head.i != top.i and match.trigger.event_type == "Battles"
        if lifted:
            top = top.head
        if head.i == top.i or head not in top.subtree:
            continue
        node, via_clause = head, False
        while node.i != top.i and node.head.i != node.i:
            if lifted and node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
                via_clause = True
            # a trigger verb itself hung as "acl" is most often a misparsed main verb
            # ("opponents of the coup gathered"); a participle above it is a description
            # "arrested activists who were marching": a past progressive tells what was going on at the
            # time, the setting of the main event, not a description of who took part
            # ... and so does a present participle ("arrested people taking part in a rally")
            ongoing = node.tag_ == "VBG" and (node.dep_ == "acl" or any(
                c.dep_ == "aux" and c.lower_ in lexicon.cues["past_be"] for c in node.children))
            if (node.dep_ == "relcl" or (node.dep_ == "acl" and node.i != head.i)) \
                    and node.head.lemma_.lower() not in lexicon.cues["weapon_nouns"] and not ongoing:
                via_clause = True
            node = node.head
        if via_clause:  # not "detained during the protest", which is the protest's intervention
            return True
    return False


def _background(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The trigger lies in a clause told as what came before ("a curfew was imposed after
    clashes left five dead", "since rebels seized the town")."""
    return _background_clause(match, doc, lexicon) is not None


def _background_clause(match: TriggerMatch, doc, lexicon: Lexicon):
    """The clause told as what came before that holds the trigger (see ``_background``), or None."""
    node = match.head(doc)
    outcome = match.trigger.sub_event_type in TERRITORY
    for _ in range(8):
        if outcome and _capture_as_outcome(node, lexicon):
            return None

        # (the parser may hang "a day after rebels clashed" on "day" as a relative clause: its "after" still
        # makes it a clause of time)
        if node.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" and c.lower_ in lexicon.cues["reference_words"]
                                                   for c in node.children):
            return node
        if node.dep_ == "pcomp" and node.pos_ == "VERB" and node.head.lower_ in lexicon.cues["reference_words"]:
            return node.head  # "took power after arresting the president"
        if node.dep_ == "acl" and node.pos_ == "VERB" and node.head.dep_ == "pobj" \
                and node.head.head.lower_ in lexicon.cues["reference_words"]:
            return node.head.head  # "hours after militants clashed", parsed as "after militants" with "clashed" describing them
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _capture_as_outcome(node, lexicon: Lexicon) -> bool:
    """A place taken in a clause of "before" ("fought the army for hours before seizing the town", "clashed
    with the rebels before they recaptured the village") is what the fight ended in, not what came before
    it: the capture is the news and the fight its course (spec §2.1: the final capture carries the label)."""
    openers = lexicon.cues["capture_outcome_marks"]
    if node.dep_ == "pcomp" and node.head.lower_ in openers:
        return True
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in openers for c in node.children)


def _background_only(match: TriggerMatch, sent, lexicon: Lexicon) -> bool:
    """The trigger lies in a clause told as what came before (``_background``) and nobody is told
    killed or hurt outside that clause: "the attack came a day after fighting left five dead", whose
    dead are those of the earlier event; not "soldiers were wounded after a suicide bomber blew
    himself up", whose wounded are the news."""
    clause = _background_clause(match, sent.doc, lexicon)
    if clause is None or _after_legal_step(clause, lexicon):
        return False
    inside = {t.i for t in clause.subtree}
    harm = lexicon.union("lethal_cues", "injury_cues")
    return not any({t.lemma_.lower(), t.lower_} & harm for t in sent if t.i not in inside)


def _after_legal_step(clause, lexicon: Lexicon) -> bool:
    """The clause of time hangs from a step of the incident's legal aftermath and tells its own day
    ("a man was charged after his friend was fatally shot on Friday", "was arrested after a woman was
    stabbed Sunday"): the charge follows the incident the report is about, and the clause tells that
    incident with its day; it is no earlier event told beside other news (``legal_aftermath_verbs``).
    A clause with no day of its own ("arraigned Monday after he shot his friend") stays background:
    the sentence's day is the charge's, and the incident takes its day from elsewhere."""
    # (a day's word, not a number the tagger dates: "his friend, 60,", "a man, 35 years old")
    if not any(t.ent_type_ in ("DATE", "TIME") and t.is_alpha and t.lemma_.lower() not in ("year", "old")
               for t in clause.subtree):
        return False
    verb = clause.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "was arrested and charged after ...": the first verb of the row
    steps = lexicon.cues["legal_aftermath_verbs"]
    return verb.i != clause.i and bool({verb.lemma_.lower(), clause.head.lemma_.lower()} & steps)


def _told_with_its_day(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The trigger's clause of time hangs from an arrest or a charge and tells its own day ("two men
    were arrested after a bomb killed four on Saturday"): the incident the arrest follows, told with
    its day, is news of its own beside the arrest (``_after_legal_step``), not background to it."""
    return legal_step_clause(match, doc, lexicon) is not None


def legal_step_clause(match: TriggerMatch, doc, lexicon: Lexicon):
    """The clause of time, told with its own day, that holds the trigger and hangs from an arrest or
    a charge (``_told_with_its_day``), or None: who arrested or charged, outside it, took no part in
    the incident it tells."""
    clause = _background_clause(match, doc, lexicon)
    return clause if clause is not None and _after_legal_step(clause, lexicon) else None


def _dated_by_possessive(match: TriggerMatch, doc) -> bool:
    """A nominal event dated by a possessive ("Sunday's bombing", "last month's attack") is
    named as known already; beside another event it is that event's background."""
    head = match.head(doc)
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree))
        for c in head.children)


def _setting(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """A nominal event named as where or when another happened ("detained at Sunday's march",
    "killed during Friday's clashes"): the other event's setting, on the same day."""
    head = match.head(doc)
    return head.dep_ == "pobj" and head.head.lower_ in lexicon.cues["setting_preps"]


def _broken_up(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The clause of a demonstration trigger tells force used to stop it ("after police broke up
    the protest", "after riot police dispersed the march")."""
    verb = governing_verb(match.head(doc))
    if verb is None:
        return False
    cues = lexicon.cues["intervention_cues"]
    words = [t for t in verb.subtree]
    if any({t.lemma_.lower(), t.lower_} & cues for t in words):
        return True
    text = " ".join(t.lemma_.lower() for t in words)
    return any(p in text for p in lexicon.cue_phrases.get("intervention_cues", ()))


def _drop_descriptions(by_type: dict[str, list[TriggerMatch]], doc, lexicon: Lexicon, notes: list[str]) -> None:
    """Keep the sentence's news, not what describes its participants or its background:

    * a trigger inside a clause describing an argument of another event ("arrested men
      suspected of the bombing", "relatives of soldiers killed in the fighting protested",
      "detained people who took part in demonstrations") only says who took part;
    * a trigger in a clause told as what came before ("after clashes left five dead"), or
      a nominal event dated by a possessive ("Sunday's bombing"), yields to a trigger outside it."""
    strong = [m for ms in by_type.values() for m in ms]
    drop = []
    for m in strong:
        others = [o for o in strong if o.trigger.sub_event_type != m.trigger.sub_event_type]
        if m.trigger.event_type == "Explosions/Remote violence":
            # "a man wearing an explosive vest detonated it": the weapon of the same explosion, told in
            # the description of its doer, names the explosion's kind
            others = [o for o in others if o.trigger.event_type != m.trigger.event_type]
        if _inside(m, others, doc, lexicon):
            drop.append(m)
            notes.append(f"'{m.trigger.phrase}' only describes who took part")
    for m in strong:
        # ", detaining the president" after "seized power in a coup": a development told as a
        # detail of the main event
        verb = governing_verb(m.head(doc))
        if m not in drop and m.trigger.event_type == "Strategic developments" and verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
                and not any(c.dep_ == "mark" for c in verb.children) and any(
                governing_verb(o.head(doc)) is not None and governing_verb(o.head(doc)).i == verb.head.i
                for o in strong if o.trigger.sub_event_type != m.trigger.sub_event_type):
            drop.append(m)
            notes.append(f"'{m.trigger.phrase}' is a detail of the main event")
    rest = [m for m in strong if m not in drop]
    came_before = [m for m in rest if _background(m, doc, lexicon) and not _told_with_its_day(m, doc, lexicon)
                   or _dated_by_possessive(m, doc) and not _setting(m, doc, lexicon)]
    # "arrests were made after police broke up the protest": a demonstration broken up, then people
    # arrested, is the intervention told in two clauses (codebook: Protest with intervention)
    broken_up = [m for m in came_before if m.trigger.event_type == "Protests" and _broken_up(m, doc, lexicon)]
    if broken_up and all(m.trigger.sub_event_type == "Arrests" for m in rest if m not in came_before):
        came_before = [m for m in came_before if m not in broken_up]
    # (and a trigger told as the ongoing situation, "as the army battles militants in the area")
    back = came_before + [m for m in rest if m not in came_before and told_as_background(m, doc, lexicon)]
    if not len(back) < len(rest):
        # all told as background: the situation told ("refugees have arrived since ...") still
        # outranks what came before it ("... since the fighting began")
        back = came_before
    if back and len(back) < len(rest):
        drop += back
        notes.append(f"{_words(back)} told as what came before")
    for etype in list(by_type):
        by_type[etype] = [m for m in by_type[etype] if m not in drop]
        if not by_type[etype]:
            del by_type[etype]


def told_as_background(match: TriggerMatch, doc, lexicon: Lexicon) -> bool:
    """The trigger tells the situation a report's news happens in, not an event at a date:

    * an ongoing or repeated state: a progressive or perfect-progressive verb ("the army is
      fighting rebels in the region", "have been battling insurgents"), or a verb with a
      period ("has killed hundreds there this year", "since 2015", "for years");
    * a nominal event that a place or people live with ("the city has suffered a series of
      bombings", "plagued by fighting", "faced weeks of protests"), or told as lasting ("the
      ongoing conflict", "protracted fighting").
    Such a candidate yields to any other of the report (``report_candidates``)."""
    cues = lexicon.cues
    head = match.head(doc)
    if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "has staged numerous car bomb attacks": the noun a weapon word modifies carries the phrase
    # a gerund used as a noun ("fighting has killed hundreds", "plagued by fighting")
    # (or a clausal subject: "fighting has raged for weeks")
    gerund = head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass", "csubj", "pcomp", "pobj", "dobj")
    if head.pos_ in ("NOUN", "PROPN") or gerund:
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues["ongoing_modifiers"] for c in head.children):
            return True
        node = head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and (  # "weeks of protests", "a series of bombings"
                node.head.head.ent_type_ in ("DATE", "TIME") or node.head.head.lemma_.lower() in cues["series_nouns"]):
            node = node.head.head
        if node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "agent":  # "plagued by fighting"
            node = node.head
        if node.dep_ in ("dobj", "agent") and node.head.lemma_.lower() in cues["experience_verbs"]:
            return True
        if node.dep_ in ("dobj", "xcomp") and node.head.lemma_.lower() in cues["lived_verbs_perfect"] and _perfect(node.head, lexicon):
            return True  # "the area has seen clashes between herders and farmers" (the parser may make
            # "has seen fighting" a complement)
        trend = head.head
        trending = head.dep_ in ("nsubj", "csubj") and {trend.lemma_.lower(), trend.lower_} & cues["trend_verbs"]
        if trending and (trend.tag_ in ("VBZ", "VBP") or _perfect(trend, lexicon) or trend.tag_ == "VBG"):
            return True  # "heavy fighting continues along the front", "clashes have intensified"
        if head.dep_ in ("nsubj", "csubj") and trend.lemma_.lower() in cues["lasting_verbs"] and any(
                c.dep_ in ("dobj", "npadvmod") and {g.lemma_.lower() for g in c.subtree} & cues["lasting_units"]
                for c in trend.children):
            return True  # "as clashes entered a second week": a length of time reached, the situation
        # "the town has been the scene of heavy fighting", "a hotbed of attacks": a place described by
        # what it has lived through, in the perfect
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "attr":
            be = node.head.head.head
            if be.lemma_.lower() == "be" and (be.tag_ in ("VBZ", "VBP") or any(
                    c.dep_ == "aux" and c.lower_ in cues["present_perfect_auxiliaries"] for c in be.children)):
                return True  # (or in the present: "the region is the scene of frequent clashes")
    verb = governing_verb(head.head if gerund else head)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if (head.pos_ in ("NOUN", "PROPN") or gerund) and verb.lemma_.lower() == "be" and verb.tag_ in ("VBZ", "VBP") and (
            head.dep_ == "pobj" and head.head.head.i == verb.i):
        return True  # "forces are on an offensive", "the country is at war": a state, told in the present
    if verb.i == head.i and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues["trend_verbs"] and (
            verb.head.tag_ in ("VBZ", "VBP") or _perfect(verb.head, lexicon)):
        return True  # "the group continues to fight the army in the province": a state, not "fighting continued"
    if verb.i == head.i and verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ in cues["situation_marks"] for c in verb.children):
        return True  # "the bombing came as government forces battle the rebels": the present beside a past
    # dated well before the news: "last month", "a year ago" on the trigger's clause; "last week" too,
    # but for a verb that kills ("an air raid killed five there last week": an event of its own) (a year alone may be
    # the news's own full date, as in a dateline); the clause's date dates a nominal trigger in it too
    # ("last month, armed men killed two soldiers in an ambush")
    for c in list(verb.children) + (list(head.children) if head.i != verb.i else []):
        if c.dep_ in ("relcl", "ccomp", "advcl", "conj", "xcomp") or head.i in {t.i for t in c.subtree}:
            continue
        toks = [t for t in c.subtree if t.ent_type_ == "DATE"]
        words = {t.lemma_.lower() for t in toks}
        units = cues["past_date_units"] if not is_death_verb(verb) else cues["setting_date_units"]
        if toks and words & cues["past_date_words"] and words & units:
            return True
    if (head.pos_ in ("NOUN", "PROPN") or gerund) and verb.lemma_.lower() not in cues["experience_verbs"] and head.head.i != verb.i:
        return False  # a nominal trigger deeper in the clause: its own verb does not date it otherwise
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    forms = {c.lower_ for c in auxes}
    perfect = bool(forms & {"has", "have", "'ve"})
    if perfect and head.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in cues["many_words"] for c in head.children if c.dep_ in ("amod", "det", "nummod")):
        return True  # "the militants have carried out several bombings in the region": a record, not a day
    if verb.tag_ == "VBG" and forms & {"is", "are", "'re", "been"}:
        return True  # progressive: an ongoing state
    if (perfect or verb.tag_ in ("VBZ", "VBP")) and any(
            c.dep_ == "advmod" and c.lower_ in cues["frequency_adverbs"] for c in verb.children):
        return True  # "have clashed repeatedly", "rebels often attack convoys there": a record, not a day
    for c in verb.children:
        # a long period: "for years", "for a decade", "since 2015", "throughout the war"; a recent one
        # ("over the weekend", "in recent days") can hold the news
        if c.dep_ == "prep" and c.lower_ in cues["period_preps"]:
            words = {g.lemma_.lower() for g in c.subtree}
            year = any(g.like_num and len(g.text) == 4 for g in c.subtree)  # "since 2015"
            if perfect and (words & lexicon.union("period_nouns", "long_period_nouns") or year):
                return True
        if c.dep_ == "prep" and perfect and c.lower_ in cues["span_preps"] and any(
                g.tag_ == "NNS" and g.lemma_.lower() in cues["past_date_units"] for g in c.subtree):
            return True  # "have clashed in recent months", "over the past two years": a record
        if c.dep_ == "advcl" and perfect and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True  # "has killed thousands since the war began"
        if c.dep_ == "npadvmod" and perfect and {g.lemma_.lower() for g in c.subtree} & cues["period_nouns"]:
            return True  # "has killed hundreds this year"
    return False


def _perfect(verb, lexicon: Lexicon) -> bool:
    """The verb is in the perfect ("has seen", "have intensified")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.cues["perfect_auxiliaries"] for c in verb.children)


def _told_after_event(sent, lexicon: Lexicon) -> bool:
    """The sentence tells its event beside an explosion the report told before (a definite
    explosion noun): after it in time ('clashes broke out after the blast', or told as later: 'troops
    later clashed with the rebels') or as its setting ('the blast came as clashes raged in the
    province'): another event, not the explosion's frame."""
    cues = lexicon.cues

    def told_blast(t) -> bool:
        return t.lemma_.lower() in cues["generic_explosion"] and any(
            d.dep_ == "det" and d.lower_ in cues["definite_determiners"] for d in t.children)

    if sentence_has(sent, lexicon, "later_words"):
        return True  # "government troops later clashed with the rebels": after the news told before
    for t in sent:
        if t.lower_ in cues["sequel_words"] and any(c.dep_ == "pobj" and told_blast(c) for c in t.children):
            return True
        if t.dep_ == "nsubj" and told_blast(t) and t.head.lemma_.lower() in cues["timing_verbs"] and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues["situation_marks"] for m in c.children)
                for c in t.head.children):
            return True
    return False


def earlier_day_clause(sent, lexicon: Lexicon):
    """A clause of time telling an incident a given number of days before the sentence's news
    ("jets pounded the town on Tuesday, a day after rebels stormed army posts there, killing 12
    soldiers"): ``(the clause's verb, the days between)``, else None. Told with its own toll or
    fight, such a clause is an event of its own day, not background (spec §5.2: one row per
    event and day); ``earlier_day_units`` are the words of its count of days."""
    units = lexicon.cues["earlier_day_units"]
    for mark in sent:
        if mark.lower_ not in ("after", "following") or mark.dep_ != "mark" or mark.i - 2 < sent.start:
            continue
        unit, count = mark.doc[mark.i - 1], mark.doc[mark.i - 2]
        if unit.lower_ not in units or mark.head.pos_ != "VERB" or mark.head.i == sent.root.i:
            continue
        days = 1 if count.lower_ in ("a", "one", "the") else _count(count)
        if days > 0:
            return mark.head, days
    return None


def _count(tok) -> int:
    """A small count written in digits or a word ("two days"), else 0."""
    from .fatalities.quantities import parse_number
    n = parse_number(tok.text) if tok.like_num else None
    return n if n is not None and 0 < n <= 14 else 0
