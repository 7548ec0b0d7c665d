"""Sentence-level event typing: from the triggers of one sentence to typed candidates.

The codebook's priority rules are applied here (spec §2): an explosion inside a
ground battle is part of the battle; arrests and beatings at a protest make it a
protest with intervention; deaths among protesters make it excessive force. Each
candidate carries a one-line explanation of what decided its type.

The rules of each family live in their own modules (``protest_cues``, ``battle_cues``,
``violence_cues``, ``crowd_violence``, ``mishaps``, ``background``, ``parties``); the
rules across a report's sentences in ``report_rules``. ``classify_sentence`` below applies
them in the codebook's order of decisions, one named step each.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .background import _background, _background_only, _drop_descriptions, told_as_background, _told_after_event
from .battle_cues import (TERRITORY, _crowd_clash, _doing_when_hit, _in_time_clause, _fought_elsewhere,
                          _names_own_place, _fire_answered, _no_armed_contest, _raid_unopposed)
from .candidate import Candidate, _best, _words
from .crowd_violence import _mob_acts, _demonstrating_crowd, _armed_prison_revolt
from .factuality import _past_clause, factuality
from .lexicon import Lexicon
from .mishaps import _disaster_told, _disaster_told_before, _done_to_oneself, _natural_agent, _burned_by_itself
from ..actors.finder import parties_of
from .parties import _subject_side, _harm_told, people_hurt, _target_kind, _aimed_at_demonstrators, _armed_parties
from .protest_cues import (_protest_topic, _state_protest, _protest_by_one, _boycott_only, _commemoration_only,
                           _demonstrators_stopped, _has_protest_cue, _demonstrators_violent, _force_by_demonstrators,
                           force_on_demonstrators)
from .report_rules import report_candidates
from .triggers import TriggerMatch, condition_holds, find_triggers, governing_verb, holds_as, sentence_has
from .violence_cues import _crime_only, _cause_of_harm, _for_ordinary_crime, _weak_violence


#: the names other modules import from here (the rules live in the modules named above)
__all__ = ["Candidate", "classify_sentence", "force_on_demonstrators", "report_candidates", "told_as_background"]


def _is_argument_of(tok, verb_tok) -> bool:
    """``tok`` hangs (through nouns and prepositions) from ``verb_tok``."""
    node = tok
    for _ in range(8):
        if node.i == verb_tok.i:
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") and node.i != tok.i:
            return False
        node = node.head
    return False


@dataclass
class _Reading:
    """One sentence as ``classify_sentence`` reads it: what each step finds, for the steps after it."""
    sent: object
    lexicon: Lexicon
    place_token_ids: set[int]
    actor_mentions: list
    #: every trigger found, and why each is not told as happening here ('' when it is: ``factuality``)
    found: list[TriggerMatch] = field(default_factory=list)
    reasons: dict[int, str] = field(default_factory=dict)
    #: force or arrests told against demonstrators (read once: it saves a demonstration and types one)
    intervened: bool = False
    #: the first reading of each told trigger whose condition holds, and the strong ones by event type
    kept: list[TriggerMatch] = field(default_factory=list)
    by_type: dict[str, list[TriggerMatch]] = field(default_factory=dict)
    #: the explosions named by their specific weapon (all of them when none or every one is)
    expl_specific: list[TriggerMatch] = field(default_factory=list)
    #: why triggers were set aside, and what decided a type (added to battles' and explosions' explanations)
    rejected: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    out: list[Candidate] = field(default_factory=list)

    @property
    def doc(self):
        return self.sent.doc


def classify_sentence(sent, lexicon: Lexicon, place_token_ids: set[int], actor_mentions) -> list[Candidate]:
    """Typed event candidates of one sentence (possibly none).

    The steps run in the codebook's order of decisions: which triggers are told as happening here,
    which of them are the sentence's news, what the explosions, lootings, captures and places taken
    really are, then each family's candidate (demonstrations, battles or explosions, attacks on
    civilians, strategic developments), violence named only by weak words, and crowds' violence."""
    r = _Reading(sent, lexicon, place_token_ids, actor_mentions)
    _read_factuality(r)
    _keep_readings(r)
    if not r.kept:
        return []
    r.by_type = _strong_by_type(r.kept)
    _drop_descriptions(r.by_type, r.doc, lexicon, r.notes)
    _drop_seized_explosives(r)
    _disrupted_explosions(r)
    _order_explosions(r)
    _drop_accidental_explosions(r)
    _drop_theft(r)
    _drop_space_launches(r)
    _drop_backing_strikes(r)
    _captures_as_arrests(r)
    nv = _territory(r)
    if nv is not None:
        r.out.append(nv)
    armed_present = any(a.inter in (1, 2, 3, 4, 8) for a in actor_mentions) or sentence_has(sent, lexicon, "armed_nouns")
    demo = r.by_type.get("Protests", []) + r.by_type.get("Riots", [])
    _demonstration(r, demo)
    battle, explosion, elsewhere = _fighting(r, demo)
    _battle_or_explosion(r, demo, battle, explosion, elsewhere)
    _attack_on_civilians(r, demo)
    _strategic_developments(r, demo)
    _weak_violence_typed(r, armed_present)
    _property_with_people_hurt(r, armed_present)
    _crowd_violence_typed(r, demo, armed_present)
    _frames_yield(r)
    if not r.out:
        return r.out  # (most sentences: what follows only describes the candidates)
    _describe(r)
    return r.out


def _read_factuality(r: _Reading) -> None:
    """Every trigger of the sentence and why it is not told as happening here: the factuality
    reading of each, then the rules that read the triggers against each other."""
    sent, lexicon = r.sent, r.lexicon
    r.found = find_triggers(sent, lexicon)
    r.reasons = {id(f): factuality(f, sent, lexicon) for f in r.found}
    _describing_untold(r)
    _causes_of_harm(r)
    _demonstration_before_force(r)
    _demonstrations_not_held(r)


def _describing_untold(r: _Reading) -> None:
    """A trigger in a relative clause of a trigger not told here is not told here either."""
    sent, found_all, reasons = r.sent, r.found, r.reasons
    # a clause describing an event that is not told here is not told here either ("claimed responsibility
    # for a car bomb that killed eight"): a trigger in a relative clause of a rejected nominal trigger
    rejected_heads = {f.head(sent.doc).i: f for f in found_all if reasons[id(f)]}
    for found in found_all:
        if not reasons[id(found)]:
            clause = governing_verb(found.head(sent.doc))
            if clause is not None and clause.dep_ == "relcl" and clause.head.i in rejected_heads \
                    and clause.head.pos_ in ("NOUN", "PROPN") and not (
                    # "will investigate the attack in which gunmen killed five": the modal is the
                    # investigation's; a past clause tells the event it names happened
                    _past_clause(clause) and reasons[id(rejected_heads[clause.head.i])].startswith(
                        ("modal", "hypothetical"))):
                reasons[id(found)] = f"describes '{rejected_heads[clause.head.i].trigger.phrase}', not told here"


def _causes_of_harm(r: _Reading) -> None:
    """An event named as the cause of the harm told is the sentence's news."""
    sent, lexicon, found_all, reasons = r.sent, r.lexicon, r.found, r.reasons
    place_token_ids = r.place_token_ids
    # "three people died after a grenade attack", "were wounded following an air strike": the event named
    # after the harm is its cause, the sentence's news, when nothing else the sentence tells is an event
    for found in found_all:
        cause = _cause_of_harm(found, sent, lexicon) if reasons[id(found)].startswith("refers to another event") else None
        if cause is not None and not any(
                not reasons[id(f)] and f.head(sent.doc).i not in cause and any(
                    t.strong and condition_holds(TriggerMatch(t, f.start_i, f.end_i), sent, lexicon, place_token_ids)
                    for t in (f.trigger, *f.alternatives)) for f in found_all):
            reasons[id(found)] = ""


def _demonstration_before_force(r: _Reading) -> None:
    """A demonstration told as what came before the force that hit its demonstrators is told here."""
    sent, lexicon, found_all, reasons = r.sent, r.lexicon, r.found, r.reasons
    # "opened fire on villagers after protesting against the mine", "after protesting for hours, three students
    # were shot dead": a demonstration told as what came before, by those the force hit (a gerund with no subject
    # of its own), is the demonstration the force was used on (codebook: Excessive force against protesters)
    harm_now = any(not reasons[id(f)] and f.trigger.event_type in ("Violence against civilians", "Explosions/Remote violence")
                   for f in found_all) and sentence_has(sent, lexicon, "lethal_cues")
    for found in found_all:
        head = found.head(sent.doc)
        if harm_now and found.trigger.event_type == "Protests" and reasons[id(found)].startswith("refers to another event") \
                and head.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            reasons[id(found)] = ""


def _demonstrations_not_held(r: _Reading) -> None:
    """Demonstrations still to come, and those stopped or attempted and met with force."""
    sent, lexicon, found_all, reasons = r.sent, r.lexicon, r.found, r.reasons
    # "protesters said they will march on Friday": the demonstration the sentence tells is one still to
    # come; the people who will hold it name no demonstration of their own
    unreal_demo = [f for f in found_all if f.trigger.event_type in ("Protests", "Riots") and reasons[id(f)].startswith(
        ("modal", "hypothetical", "not realised", "not yet happened", "a purpose"))]
    # ... unless a force stopped it: "police prevented protesters from marching" tells demonstrators who
    # were there and were stopped (an intervention)
    # ... or "detained supporters who tried to hold a rally": a demonstration attempted and met with force
    # (``intervened``: force or arrests told against demonstrators, read once for the sub-type below too)
    intervened = _has_protest_cue(sent, lexicon, "intervention_cues") or _demonstrators_stopped(sent, lexicon)
    r.intervened = intervened
    stopped = [f for f in unreal_demo if reasons[id(f)].startswith("not realised") and any(
        t.lemma_.lower() in lexicon.cues["stopping_verbs"] or intervened and t.lemma_.lower() in lexicon.cues["attempt_verbs"]
        for t in f.head(sent.doc).ancestors)]
    if stopped and len(stopped) == len(unreal_demo):
        unreal_demo = []
        for f in stopped:  # the demonstration attempted was held, and stopped
            if intervened and any(t.lemma_.lower() in lexicon.cues["attempt_verbs"] for t in f.head(sent.doc).ancestors):
                reasons[id(f)] = ""
        for f in found_all:  # the demonstrators named as those stopped were there
            if f.trigger.phrase in lexicon.cues["protest_nouns"] and reasons[id(f)].startswith("not realised") and any(
                    t.lemma_.lower() in lexicon.cues["stopping_verbs"] for t in f.head(sent.doc).ancestors):
                reasons[id(f)] = ""
    agents = [f for f in found_all if f.trigger.event_type in ("Protests", "Riots") and not reasons[id(f)]
              and f.trigger.phrase in lexicon.cues["protest_nouns"]]
    if unreal_demo and agents and all(f.trigger.phrase in lexicon.cues["protest_nouns"] for f in found_all
                                      if f.trigger.event_type in ("Protests", "Riots") and not reasons[id(f)]):
        for f in agents:
            reasons[id(f)] = f"those who will hold '{unreal_demo[0].trigger.phrase}', not yet held"


def _keep_readings(r: _Reading) -> None:
    """The first reading whose condition holds of each trigger told here; the others set aside."""
    sent, lexicon, place_token_ids = r.sent, r.lexicon, r.place_token_ids
    kept, rejected, reasons = r.kept, r.rejected, r.reasons
    for found in r.found:
        reason = reasons[id(found)]
        if reason:
            rejected.append(f"'{found.trigger.phrase}': {reason}")
            continue
        # the first reading whose condition holds ("march" by protesters or by troops)
        for trig in (found.trigger, *found.alternatives):
            m = TriggerMatch(trig, found.start_i, found.end_i)
            if condition_holds(m, sent, lexicon, place_token_ids):
                kept.append(m)
                break


def _strong_by_type(kept: list[TriggerMatch]) -> dict[str, list[TriggerMatch]]:
    """The strong readings by event type (weak ones are typed by ``_weak_violence_typed``)."""
    by_type: dict[str, list[TriggerMatch]] = {}
    for m in kept:
        if m.trigger.strong:
            by_type.setdefault(m.trigger.event_type, []).append(m)
    return by_type


def _drop_seized_explosives(r: _Reading) -> None:
    """Explosives named as what was found, seized or defused did not go off."""
    sent, lexicon, doc, by_type, notes = r.sent, r.lexicon, r.doc, r.by_type, r.notes
    # weapons found, seized or defused: the explosives named as their object did not go off
    dwu = [m for m in by_type.get("Strategic developments", []) if m.trigger.sub_event_type == "Disrupted weapons use"]
    if dwu and by_type.get("Explosions/Remote violence"):
        # (with people killed or hurt in the sentence, only the devices named as what was found are
        # dropped: "police defused a second bomb after the first killed three" keeps the explosion)
        lethal = sentence_has(sent, lexicon, "lethal_cues")
        heads = [m.head(doc) for m in dwu]
        keep = [m for m in by_type["Explosions/Remote violence"]
                if not any(_is_argument_of(m.head(doc), h) or (h.dep_ in ("acl", "relcl") and h.head.i == m.head(doc).i)
                           for h in heads)
                and (lethal or not (m.head(doc).pos_ in ("NOUN", "PROPN")
                                    and m.trigger.phrase not in lexicon.cues["generic_explosion"]))]
        if len(keep) < len(by_type["Explosions/Remote violence"]):
            notes.append("explosives named as what was seized or found, not an explosion")
        by_type["Explosions/Remote violence"] = keep
        if not keep:
            del by_type["Explosions/Remote violence"]


def _disrupted_explosions(r: _Reading) -> None:
    """Explosives set off by their disposers or their own planter: a weapon's use disrupted."""
    sent, lexicon, by_type, notes = r.sent, r.lexicon, r.by_type, r.notes
    # explosives set off by those who dispose of them did not hit anyone, and those set off by their own
    # planter or maker were used by nobody (spec §2.4): a weapon's use disrupted
    disposed = sentence_has(sent, lexicon, "disposal_nouns") and not sentence_has(sent, lexicon, "lethal_cues")
    # (not an industrial or household explosion "while they were making fireworks": an accident, below)
    accident = _accident_told(r)
    if by_type.get("Explosions/Remote violence") and not accident and (
            disposed or sentence_has(sent, lexicon, "premature_cues")):
        by_type.setdefault("Strategic developments", []).extend(by_type.pop("Explosions/Remote violence"))
        by_type["Strategic developments"] = [
            m if m.trigger.event_type == "Strategic developments" else TriggerMatch(
                type(m.trigger)(m.trigger.words, "Strategic developments", "Disrupted weapons use", True, ""),
                m.start_i, m.end_i) for m in by_type["Strategic developments"]]
        notes.append("explosives set off by a bomb-disposal team or by their own planter")


def _order_explosions(r: _Reading) -> None:
    """The specific weapon named beside a generic explosion comes first: it names the sub-type."""
    lexicon, by_type = r.lexicon, r.by_type
    # an explosion named generically takes the sub-type of the specific weapon beside it
    expl = by_type.get("Explosions/Remote violence", [])
    specific = [m for m in expl if m.trigger.phrase not in lexicon.cues["generic_explosion"]]
    if specific and len(specific) < len(expl):
        by_type["Explosions/Remote violence"] = specific + [m for m in expl if m not in specific]
        expl_specific = specific
    else:
        expl_specific = expl
    r.expl_specific = expl_specific


def _drop_accidental_explosions(r: _Reading) -> None:
    """An accident's explosion (``_accident_told``) is no attack."""
    by_type, rejected = r.by_type, r.rejected
    # an explosion told only generically, with an industrial cause and no armed actor: an accident
    expl = by_type.get("Explosions/Remote violence", [])
    if expl and _accident_told(r):
        rejected.append(f"{_words(expl)}: an industrial accident, not an attack")
        del by_type["Explosions/Remote violence"]
    elif expl and _controlled_blast_told(r):
        rejected.append(f"{_words(expl)}: a test, demolition or rock blasting, not an attack")
        del by_type["Explosions/Remote violence"]


def _controlled_blast_told(r: _Reading) -> bool:
    """The sentence's explosions are named only generically ("a blast"), beside a weapons test, a
    demolition or rock blasting: an explosion set off on purpose and harming no one is no attack
    (whoever set it off: a state tests its own bombs)."""
    lexicon = r.lexicon
    return all(m.trigger.phrase in lexicon.cues["generic_explosion"]
               for m in r.by_type.get("Explosions/Remote violence", [])) \
        and sentence_has(r.sent, lexicon, "controlled_blast_cues") \
        and not any(sentence_has(r.sent, lexicon, c) for c in ("lethal_cues", "injury_cues"))


def _accident_told(r: _Reading) -> bool:
    """The sentence's explosions are named only generically ("an explosion"), beside an industrial or
    household cause and no armed actor: an accident."""
    lexicon = r.lexicon
    return all(m.trigger.phrase in lexicon.cues["generic_explosion"]
               for m in r.by_type.get("Explosions/Remote violence", [])) \
        and sentence_has(r.sent, lexicon, "accident_cues") \
        and not any(a.inter in (1, 2, 3, 4, 8) and not a.speaker for a in r.actor_mentions)


def _drop_theft(r: _Reading) -> None:
    """Goods stolen by ordinary criminals, with no political or state actor: no looting."""
    sent, lexicon, actor_mentions, by_type, rejected = r.sent, r.lexicon, r.actor_mentions, r.by_type, r.rejected
    # goods stolen by those named only by an ordinary crime ("robbers stole his car"), with no political or
    # state actor: theft, not looting by a party to a conflict
    sd = by_type.get("Strategic developments", [])
    loot = [m for m in sd if m.trigger.sub_event_type == "Looting/property destruction"]
    if loot and _crime_only(sent, lexicon, actor_mentions) \
            and not any(a.inter == 1 and not a.speaker for a in actor_mentions):
        rejected.append(f"{_words(loot)}: theft by ordinary criminals, not looting")
        by_type["Strategic developments"] = [m for m in sd if m not in loot]
        if not by_type["Strategic developments"]:
            del by_type["Strategic developments"]


def _drop_space_launches(r: _Reading) -> None:
    """A rocket carrying a satellite into orbit: a launcher, no attack."""
    sent, lexicon, by_type, rejected = r.sent, r.lexicon, r.by_type, r.rejected
    # a rocket that carries a satellite into orbit is a launcher, not a weapon
    expl = by_type.get("Explosions/Remote violence", [])
    if expl and all(m.trigger.phrase in lexicon.cues["launcher_nouns"] for m in expl) \
            and sentence_has(sent, lexicon, "space_launch_cues"):
        rejected.append(f"{_words(expl)}: a space launch, not an attack")
        del by_type["Explosions/Remote violence"]


def _drop_backing_strikes(r: _Reading) -> None:
    """Strikes told as backing the doer ("Somali forces backed by US airstrikes killed 17
    militants", "troops supported by drone strikes retook the town") are no event of their own:
    the air support folds into the main event (spec §9, coalition strikes backing a fight),
    which another trigger of the sentence tells. The noun is the "by" agent of a support verb
    (cues ``support_verbs``) in a clause describing another noun."""
    doc, lexicon, by_type = r.doc, r.lexicon, r.by_type
    expl = by_type.get("Explosions/Remote violence", [])
    backing = [m for m in expl if _backs_a_doer(m.head(doc), lexicon)]
    others = [m for m in r.kept if m not in backing and m.trigger.event_type != "Explosions/Remote violence"]
    if not backing or not others:
        return
    r.rejected.append(f"{_words(backing)}: told as backing the doer, not an event of its own")
    by_type["Explosions/Remote violence"] = [m for m in expl if m not in backing]
    if not by_type["Explosions/Remote violence"]:
        del by_type["Explosions/Remote violence"]


def _backs_a_doer(tok, lexicon: Lexicon) -> bool:
    """The noun is what backs someone: "by" agent of a support verb describing a noun ("forces
    backed by airstrikes")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("agent", "prep"):
        return False
    verb = prep.head
    return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in lexicon.cues["support_verbs"] \
        and verb.head.pos_ in ("NOUN", "PROPN")


def _captures_as_arrests(r: _Reading) -> None:
    """People captured by state forces, or fugitives recaptured: arrests, not abductions."""
    sent, lexicon, actor_mentions, by_type, notes = r.sent, r.lexicon, r.actor_mentions, r.by_type, r.notes
    place_token_ids = r.place_token_ids
    # people captured: by state forces an arrest, by anyone else an abduction (codebook: detentions by
    # non-state groups are abductions; the state's arrests are Arrests); a fugitive captured is recaptured
    # by the authorities, named or not (not by gunmen: "gunmen captured three prisoners from the jail")
    for m in list(by_type.get("Violence against civilians", [])):
        side = _subject_side(m, sent, actor_mentions, lexicon) if m.trigger.sub_event_type == \
            "Abduction/forced disappearance" and m.trigger.phrase in lexicon.cues["capture_verbs"] else None
        if side == "state" or side == "" and not holds_as(m, "armed_subject", sent, lexicon, place_token_ids) \
                and holds_as(m, "fugitive_object", sent, lexicon, place_token_ids):
            by_type["Violence against civilians"].remove(m)
            if not by_type["Violence against civilians"]:
                del by_type["Violence against civilians"]
            by_type.setdefault("Strategic developments", []).append(TriggerMatch(type(m.trigger)(
                m.trigger.words, "Strategic developments", "Arrests", True, ""), m.start_i, m.end_i))
            notes.append(f"'{m.trigger.phrase}' by state forces is an arrest")


def _territory(r: _Reading) -> Candidate | None:
    """Places taken: held briefly, a clash; else the taker's side decides the sub-type; taken without
    a fight, the non-violent transfer returned (None otherwise)."""
    sent, lexicon, actor_mentions, by_type, notes = r.sent, r.lexicon, r.actor_mentions, r.by_type, r.notes
    found_all, reasons = r.found, r.reasons
    # territory: the taker's side decides the sub-type; taken without a fight, it is a transfer
    territory = [m for m in by_type.get("Battles", []) if m.trigger.sub_event_type in TERRITORY]
    if territory and sentence_has(sent, lexicon, "brief_control_cues"):
        # "briefly took control of the police station before being repelled": control held less than a day is
        # no change of territory (spec §2.1: use Armed clash)
        by_type["Battles"] = [m if m.trigger.sub_event_type not in TERRITORY else TriggerMatch(
            replace(m.trigger, sub_event_type="Armed clash"), m.start_i, m.end_i)
            for m in by_type["Battles"]]
        notes.append("the place was held only briefly: a clash, not a change of territory")
        territory = []
    fighting = [m for m in by_type.get("Battles", []) if m.trigger.sub_event_type not in TERRITORY]
    if territory:
        side = _subject_side(territory[0], sent, actor_mentions, lexicon)
        if side:
            sub = TERRITORY[0] if side == "state" else TERRITORY[1]
            territory = [TriggerMatch(type(m.trigger)(m.trigger.words, m.trigger.event_type, sub, m.trigger.strong,
                                                      m.trigger.requires), m.start_i, m.end_i) for m in territory]
            by_type["Battles"] = fighting + territory
            notes.append(f"the place was taken by {'state forces' if side == 'state' else 'a non-state group'}")
        # a place taken after air strikes or shelling ("recaptured the town after heavy shelling") was
        # taken through violence, though the violence is told as what came before
        fought = fighting or any(f.trigger.event_type in ("Battles", "Explosions/Remote violence")
                                 and reasons[id(f)].startswith("refers to another event") for f in found_all)
        if not fought and sentence_has(sent, lexicon, "nonviolent_transfer_cues"):
            del by_type["Battles"]
            nv = Candidate("Strategic developments", "Non-violent transfer of territory", territory,
                           f"territory changed hands ({_words(territory)}) after a withdrawal, without a fight")
            by_type.setdefault("Strategic developments", [])
            notes.append("nonviolent")
        else:
            nv = None
    else:
        nv = None
    return nv


def _demonstration(r: _Reading, demo: list[TriggerMatch]) -> None:
    """The demonstration's candidate: sexual violence at it, a riot, violent, met with force or
    intervention, peaceful; or no demonstration (a state's protest, one doer's, a commemoration)."""
    sent, lexicon, doc, by_type = r.sent, r.lexicon, r.doc, r.by_type
    out, rejected, intervened = r.out, r.rejected, r.intervened
    sexual = [m for m in by_type.get("Violence against civilians", []) if m.trigger.sub_event_type == "Sexual violence"
              and not _protest_topic(m.head(doc), lexicon)]  # (not "women protested against the rape of a girl")
    if demo and sexual:
        # "soldiers raped women protesters during the demonstration": any harm of a sexual nature is Sexual
        # violence (spec §2.5), whoever its victims, not the demonstration's force or a peaceful protest
        out.append(Candidate("Violence against civilians", "Sexual violence", sexual,
                             f"harm of a sexual nature ({_words(sexual)}) at a demonstration ({_words(demo)})"))
    elif demo:
        riot = by_type.get("Riots", [])
        if riot:
            best = _best(riot)
            sub = best.trigger.sub_event_type
            if sub == "Mob violence" and best.trigger.phrase in lexicon.cues["crowd_violence_words"] and (
                    by_type.get("Protests") or _demonstrating_crowd(riot, sent, lexicon)):
                sub = "Violent demonstration"  # "opposition supporters went on a rampage": demonstrators
            if sub == "Mob violence" and _armed_prison_revolt(riot, sent, lexicon):
                # "a prison riot where the prisoners seized weapons from the armory": armed inmates rising
                # with an attack on the prison are no unarmed mob; the revolt is a development of that attack
                out.append(Candidate("Strategic developments", "Other", riot,
                                     f"prisoners' revolt {_words(riot)} with weapons: part of an armed attack"))
            else:
                out.append(Candidate("Riots", sub, demo,
                                     f"riot trigger {_words(riot)}: demonstrators or a mob used violence"))
        elif _demonstrators_violent(sent, lexicon):
            out.append(Candidate("Riots", "Violent demonstration", demo,
                                 f"protest {_words(demo)} with violence by demonstrators"))
        elif _has_protest_cue(sent, lexicon, "lethal_cues") or _has_protest_cue(sent, lexicon, "excessive_force_cues"):
            if _force_by_demonstrators(sent, lexicon):
                out.append(Candidate("Riots", "Violent demonstration", demo,
                                     f"protest {_words(demo)}: the demonstrators did the harm"))
            else:
                out.append(Candidate("Protests", "Excessive force against protesters", demo,
                                     f"protest {_words(demo)} met with lethal or injuring force"))
        elif intervened:
            out.append(Candidate("Protests", "Protest with intervention", demo,
                                 f"protest {_words(demo)} broken up or arrests made"))
        elif _state_protest(demo, sent, lexicon):
            rejected.append(f"{_words(demo)}: a state's diplomatic protest, not a demonstration")
        elif _protest_by_one(demo, sent, lexicon):
            rejected.append(f"{_words(demo)}: a complaint or an act of one doer, not a public gathering")
        elif _boycott_only(demo, sent, lexicon):
            rejected.append(f"{_words(demo)}: told of a boycott or a campaign, with no gathering")
        elif _commemoration_only(demo, sent, lexicon):
            rejected.append(f"{_words(demo)}: a gathering to mourn or commemorate, with no political demand")
        else:
            out.append(Candidate("Protests", "Peaceful protest", demo, f"protest trigger {_words(demo)}"))


def _fighting(r: _Reading, demo: list[TriggerMatch]) -> tuple[list, list, list]:
    """The battle, explosion and fighting-elsewhere triggers that stand: a fight that is no armed contest,
    a demonstrators' clash, a one-sided raid or ambush, what those hit were doing, fighting told at
    another place, or a crowd's clash (its candidate added here) is no battle."""
    sent, lexicon, doc, actor_mentions, by_type = r.sent, r.lexicon, r.doc, r.actor_mentions, r.by_type
    out, rejected = r.out, r.rejected
    battle = by_type.get("Battles", [])
    if battle and all(m.trigger.sub_event_type == "Armed clash" for m in battle):
        why = _no_armed_contest(battle, sent, lexicon, actor_mentions)
        if why:
            rejected.append(f"{_words(battle)}: {why}")
            battle = []
    explosion = by_type.get("Explosions/Remote violence", [])
    if demo and battle and all(m.trigger.sub_event_type == "Armed clash" for m in battle):
        # "protesters clashed with police": the demonstrators' violence, not a battle between armed groups
        named = {a.text.lower() for a in actor_mentions if a.inter in (2, 3, 4) and not a.speaker}
        if len(named) < 2:
            battle = []
    one_sided = {"storm", "raid", "attack", "assault", "offensive", "ambush"}
    armed_names = parties_of([a for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker
                              and not _in_time_clause(a.head_i, battle, doc, lexicon)])
    arrests = any(m.trigger.sub_event_type == "Arrests" for m in by_type.get("Strategic developments", []))
    if battle and all(m.trigger.phrase in one_sided for m in battle) and len(armed_names) < 2 and (
            by_type.get("Violence against civilians") or sentence_has(sent, lexicon, "civilian_nouns") or (
                arrests and not sentence_has(sent, lexicon, "lethal_cues"))):
        # "gunmen stormed the village and kidnapped villagers", "troops stormed his house and arrested him":
        # nobody fought back
        battle = []
    if battle and explosion and all(m.trigger.phrase in one_sided for m in battle):
        # "militants ambushed the convoy with a roadside bomb", "an offensive of shelling": one side's weapon,
        # which the target cannot answer, names the attack (spec §2.4); a battle is two sides fighting
        battle = []
    if battle and explosion and all(m.trigger.sub_event_type in TERRITORY and _doing_when_hit(m, doc, lexicon)
                                    for m in battle):
        # "two soldiers were wounded by a blast while clearing an area of militants": what the victims were
        # doing when the explosion hit them is its setting, no territory taken and no battle (spec §2.4)
        rejected.append(f"{_words(battle)}: what those hit by {_words(explosion)} were doing, its setting")
        battle = []
    elsewhere = []
    if battle and explosion and all(_fought_elsewhere(m, explosion, doc, lexicon) for m in battle):
        # "shelling killed two soldiers near X, as clashes continued elsewhere in the province": the fighting
        # told at another place is another event, not the battle the explosion is part of (spec §2.4 folds
        # only an explosion inside an ongoing battle)
        elsewhere, battle = battle, []
    crowd_sub = _crowd_clash(battle, sent, lexicon, actor_mentions) if battle else ""
    if crowd_sub:
        # "police clashed with supporters of the party": a crowd, named by whom it supports, is no organised
        # armed group (codebook: demonstrators who clash are a Violent demonstration; a crowd fighting the
        # police outside a demonstration is Mob violence)
        if not demo:
            out.append(Candidate("Riots", crowd_sub, battle,
                                 f"{_words(battle)} of a crowd with at most one armed side (state forces)"))
        battle = []
    return battle, explosion, elsewhere


def _battle_or_explosion(r: _Reading, demo: list[TriggerMatch], battle: list[TriggerMatch],
                         explosion: list[TriggerMatch], elsewhere: list[TriggerMatch]) -> None:
    """A battle (an explosion in it folded in), else a one-sided explosion or ranged attack (an air
    strike when fired from the air, a clash when both sides fire) and the fighting told elsewhere."""
    sent, lexicon, doc, place_token_ids = r.sent, r.lexicon, r.doc, r.place_token_ids
    out, rejected, expl_specific = r.out, r.rejected, r.expl_specific
    if battle:
        best = _best(battle)
        why = f"fighting between armed groups ({_words(battle)})"
        if explosion:
            why += f"; {_words(explosion)} in the same fight is folded into the battle (spec §2.4)"
        out.append(Candidate("Battles", best.trigger.sub_event_type, battle + explosion, why))
    elif explosion and not demo:
        best = _best(expl_specific) if all(m in explosion for m in expl_specific) else _best(explosion)
        if best.trigger.sub_event_type == "Shelling/artillery/missile attack" and any(
                holds_as(m, "aircraft_agent", sent, lexicon, place_token_ids) for m in explosion):
            # "a drone fired a missile at a car", "helicopters fired rockets": a missile fired from the air is
            # an air strike (spec §2.4: an attack from the air)
            best = TriggerMatch(replace(best.trigger, sub_event_type="Air/drone strike"), best.start_i, best.end_i)
        if best.trigger.sub_event_type == "Shelling/artillery/missile attack" and _fire_answered(explosion, sent, lexicon):
            # "the two sides traded artillery fire", "shelled each other's positions", "the troops returned fire":
            # heavy weapons fired by both sides are a battle (codebook: Armed clash), not one-sided shelling
            out.append(Candidate("Battles", "Armed clash", explosion,
                                 f"heavy weapons fired by both sides ({_words(explosion)})"))
        else:
            out.append(Candidate("Explosions/Remote violence", best.trigger.sub_event_type, explosion,
                                 f"one-sided explosive or ranged attack ({_words(explosion)})"))
        if elsewhere and not _names_own_place(elsewhere, doc):
            # (a place not named: its row would take the explosion's place)
            rejected.append(f"{_words(elsewhere)}: fighting told at another place, not named")
        elif elsewhere:
            other = Candidate("Battles", _best(elsewhere).trigger.sub_event_type, elsewhere,
                              f"fighting told at another place ({_words(elsewhere)}): a second event")
            other.apart_from_lead = True
            out.append(other)


def _attack_on_civilians(r: _Reading, demo: list[TriggerMatch]) -> None:
    """Harm to unarmed people away from a demonstration (an abduction with killings is an attack)."""
    sent, lexicon, by_type, out = r.sent, r.lexicon, r.by_type, r.out
    vac = by_type.get("Violence against civilians", [])
    if vac and not demo:
        best = _best(vac)
        sub, why = best.trigger.sub_event_type, f"harm to unarmed people ({_words(vac)})"
        if sub == "Abduction/forced disappearance" and sentence_has(sent, lexicon, "lethal_cues"):
            # an abduction told with killings is an attack (spec §2: the higher-priority harm)
            sub, why = "Attack", why + "; people were also killed"
        out.append(Candidate("Violence against civilians", sub, vac, why))


def _strategic_developments(r: _Reading, demo: list[TriggerMatch]) -> None:
    """A candidate per sub-type of strategic development, but those that are a detail of another event
    or no political development (a disaster's relief, a fire, an arrest for an ordinary crime)."""
    sent, lexicon, doc, actor_mentions, by_type = r.sent, r.lexicon, r.doc, r.actor_mentions, r.by_type
    place_token_ids, kept, found_all, reasons = r.place_token_ids, r.kept, r.found, r.reasons
    out, rejected = r.out, r.rejected
    sd_subs = {m.trigger.sub_event_type for m in by_type.get("Strategic developments", [])}
    for sub in dict.fromkeys(m.trigger.sub_event_type for m in by_type.get("Strategic developments", [])):
        ms = [m for m in by_type["Strategic developments"] if m.trigger.sub_event_type == sub]
        if demo and sub == "Arrests":
            continue  # arrests at a protest are its intervention
        if sub == "Arrests" and any(m.trigger.sub_event_type == "Other" and (
                m.trigger.phrase in lexicon.cues["coup_triggers"] or "coup_object" in m.trigger.requires)
                for m in by_type["Strategic developments"]):
            continue  # leaders detained by those who seize power: a detail of the coup (codebook: Other)
        if sub == "Disrupted weapons use" and all(m.trigger.phrase in lexicon.cues["coup_staging_verbs"] and any(
                t.lemma_.lower() in ("coup", "putsch") for c in m.head(doc).children if c.dep_ in ("dobj", "nsubjpass")
                for t in c.subtree) for m in ms):
            # "a coup attempt was foiled": what was stopped is a coup (codebook: Other), not a weapon's use
            out.append(Candidate("Strategic developments", "Other", ms, f"a coup stopped ({_words(ms)})"))
            continue
        if sub == "Arrests" and "Disrupted weapons use" in sd_subs:
            continue  # suspects arrested with the weapons seized: the seizure is the development (spec §2.6)
        if sub == "Agreement" and any(m.trigger.sub_event_type == "Other" and m.trigger.phrase in lexicon.cues[
                "jailbreak_triggers"] for m in by_type["Strategic developments"]):
            continue  # "armed men freed 100 prisoners in a jailbreak": prisoners freed by force, no agreement
        if demo and sub == "Looting/property destruction":
            continue  # burning and smashing by demonstrators is the riot itself
        if sub == "Other" and all(m.trigger.phrase in lexicon.cues["displacement_triggers"] for m in ms) \
                and sentence_has(sent, lexicon, "mishap_cues") and not _armed_parties(
                sent, lexicon, [a for a in actor_mentions if a.inter in (1, 2, 3, 4, 8) and not a.speaker],
                actor_mentions) and not any(
                f.trigger.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
                for f in kept + [f for f in found_all if reasons[id(f)]]):  # (not "displaced by the floods and fighting")
            rejected.append(f"{_words(ms)}: people displaced by a disaster, not by violence")
            continue
        if sub in ("Change to group/activity", "Non-violent transfer of territory") and (
                _disaster_told(sent, lexicon) or _disaster_told_before(sent, lexicon)) and not any(
                t.event_type != "Strategic developments" and condition_holds(
                    TriggerMatch(t, f.start_i, f.end_i), sent, lexicon, place_token_ids)
                for f in found_all for t in (f.trigger, *f.alternatives)):
            # troops sent to help flood victims, a curfew against an epidemic, a town evacuated after a chemical
            # fire: relief or public health, not the security measures or transfers of political violence
            rejected.append(f"{_words(ms)}: a measure against a disaster or an epidemic, not a security measure")
            continue
        if sub == "Looting/property destruction" and all(_natural_agent(m, doc, lexicon)
                                                          or _burned_by_itself(m, doc, lexicon) for m in ms):
            rejected.append(f"{_words(ms)}: property destroyed by a fire or a natural force")
            continue
        if sub == "Looting/property destruction" and all(_done_to_oneself(m, doc, lexicon) for m in ms):
            rejected.append(f"{_words(ms)}: done by people to themselves (a self-immolation), no property")
            continue
        if sub == "Arrests" and _for_ordinary_crime(ms, doc, lexicon):
            rejected.append(f"{_words(ms)}: an arrest for an ordinary crime")
            continue
        out.append(Candidate("Strategic developments", sub, ms, f"strategic development ({_words(ms)})"))


def _weak_violence_typed(r: _Reading, armed_present: bool) -> None:
    """Violence named only by weak words ("killed", "attacked"), typed by its target, when nothing else is
    told or it outranks what is (property, a movement, arrests before it)."""
    sent, lexicon, doc, actor_mentions = r.sent, r.lexicon, r.doc, r.actor_mentions
    kept, found_all, reasons, out, rejected = r.kept, r.found, r.reasons, r.out, r.rejected
    weak = [m for m in kept if not m.trigger.strong]
    attributed = [f for f in found_all if reasons[id(f)] and set(reasons[id(f)].strip(")").replace("(", " ").split())
                  & lexicon.cues["attribution_words"]]
    if weak and attributed:
        # "X claimed responsibility for the car bomb that killed eight": the killing words tell the
        # attributed event's toll, not violence of this sentence
        rejected.append(f"{_words(weak)}: the toll of {_words(attributed)}, an event told as attributed")
        weak = []
    # property destroyed alongside the killing of people is part of that attack, killing in an
    # operation or a deployment is the violence, not the movement, and a place left by men who killed
    # there was not given up without violence (spec §2: political violence outranks strategic developments)
    # ... and a person found dead after being detained was killed in custody (codebook: killing detainees
    # is an attack)
    only_property = bool(out) and all(c.sub_event_type in (
        "Looting/property destruction", "Change to group/activity", "Non-violent transfer of territory")
        or c.sub_event_type == "Arrests" and all(_background(m, doc, lexicon) for m in c.triggers)
        for c in out) and sentence_has(sent, lexicon, "lethal_cues")
    # an attack on an armed party or a military post is violence around the goods taken or burnt there
    # (codebook: looting and property destruction only with no other violence around it), and a battle
    # outranks the abduction made in it ("captured two soldiers during the attack on the base")
    armed_assault = bool(out) and weak and all(c.sub_event_type in (
        "Looting/property destruction", "Abduction/forced disappearance") for c in out) \
        and _target_kind(weak, sent, lexicon, actor_mentions) == "armed"
    if weak and (not out or only_property or armed_assault):
        typed = _weak_violence(weak, sent, lexicon, actor_mentions, armed_present)
        if typed is not None and typed.sub_event_type == "Armed clash" and all(
                m.trigger.phrase == "raid" for m in typed.triggers) and _raid_unopposed(typed.triggers, sent, lexicon):
            # "police raided homes": a search by one armed side, with no armed opponent named, nobody
            # fighting back and nobody hurt, is no battle; arrests or harm told beside it are coded by
            # their own triggers (an ACLED coder records no event for a raid with nothing told)
            rejected.append(f"{_words(typed.triggers)}: a raid with no armed opponent and nobody hurt")
            typed = None
        if typed is not None and (not only_property or typed.event_type != "Battles" or armed_assault
                                  or all(c.sub_event_type == "Change to group/activity" for c in out)):
            r.out = [typed]


def _property_with_people_hurt(r: _Reading, armed_present: bool) -> None:
    """Homes burnt or goods taken by an armed party while people are told killed or hurt in the same
    sentence is an attack on civilians, not property destruction: the codebook keeps Looting/property
    destruction for property destroyed with no other violence around it, and Violence against civilians
    outranks it (spec §2). "Militiamen torched homes, wounding four villagers" is an Attack; "militiamen
    burned their homes; nobody was hurt" stays Looting/property destruction. A crowd's burning with no
    armed party among the doers is left to ``_crowd_violence_typed`` (a riot)."""
    out = r.out
    if not armed_present or not out or not all(c.sub_event_type == "Looting/property destruction" for c in out):
        return
    # (harm told by a weak word aimed at unarmed people: "beat villagers and set fire to their houses")
    weak_harm = [m for m in r.kept if not m.trigger.strong and m.trigger.phrase in r.lexicon.cues["mob_harm_verbs"]]
    if not people_hurt(r.sent, r.lexicon) and not (
            weak_harm and _target_kind(weak_harm, r.sent, r.lexicon, r.actor_mentions) == "civilian"):
        return
    triggers = [m for c in out for m in c.triggers]
    r.out = [Candidate("Violence against civilians", "Attack", triggers,
                       f"{_words(triggers)} by an armed party with people killed or hurt: an attack on civilians")]


def _crowd_violence_typed(r: _Reading, demo: list[TriggerMatch], armed_present: bool) -> None:
    """Violence by a crowd with no armed party among the doers: a riot."""
    sent, lexicon, actor_mentions, out = r.sent, r.lexicon, r.actor_mentions, r.out
    # violence done by a crowd with no armed party among the doers is mob violence, whether it
    # falls on unarmed people or on armed forces ("villagers attacked a police officer", "rival
    # groups of youths clashed") (codebook: Mob violence, rioters acting without a demonstration)
    vac_or_weak = [c for c in out if c.sub_event_type == "Attack" and c.event_type == "Violence against civilians"
                   or c.sub_event_type == "Armed clash"]
    if not vac_or_weak and not armed_present and len(out) == 1 and out[0].sub_event_type == "Looting/property destruction":
        # property burnt or goods taken by a crowd is a riot too (codebook: a mob attacks people or property)
        vac_or_weak = out
    if vac_or_weak and not demo and _mob_acts(vac_or_weak[0].triggers, sent, lexicon, actor_mentions):
        c = vac_or_weak[0]
        if _demonstrating_crowd(c.triggers, sent, lexicon):
            # a crowd of a political side, or one fighting over an issue, is demonstrating (codebook:
            # Violent demonstration; Mob violence is a crowd outside any demonstration)
            out[out.index(c)] = Candidate("Riots", "Violent demonstration", c.triggers,
                                          f"{_words(c.triggers)} by demonstrators, no armed party among the doers")
        else:
            out[out.index(c)] = Candidate("Riots", "Mob violence", c.triggers,
                                          f"{_words(c.triggers)} by a crowd, no armed party among the doers")


def _frames_yield(r: _Reading) -> None:
    """An operation named as the frame of what happened yields to what happened in it."""
    lexicon, out = r.lexicon, r.out
    # an operation or campaign named as the frame of what happened yields to what happened in it
    frames = lexicon.cues["frame_developments"]
    framed = [c for c in out if c.sub_event_type == "Change to group/activity"
              and all(m.trigger.phrase in frames for m in c.triggers)]
    if framed and len(framed) < len(out):
        r.out = [c for c in out if c not in framed]


def _describe(r: _Reading) -> None:
    """What the report-level rules read of each candidate: its sentence's parties, places and crowd, its
    turn to other news, its harm, and whether it is told as background."""
    sent, lexicon, doc, actor_mentions = r.sent, r.lexicon, r.doc, r.actor_mentions
    out, rejected, notes = r.out, r.rejected, r.notes
    sides = len(_armed_parties(sent, lexicon, [a for a in actor_mentions if a.inter in (1, 2, 3, 4, 8)
                                                and not a.speaker], actor_mentions))
    state = any(a.inter == 1 and not a.speaker for a in actor_mentions)
    # (and a name after a preposition of place, which the small model may take for a person: "near Orvan")
    places = frozenset([e.text.lower() for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")] + [
        t.lower_ for t in sent if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in (
            "in", "near", "of", "at", "outside", "around", "from")])
    crowd_words = set(lexicon.cues["crowd_nouns"]) | set(lexicon.cues["protest_nouns"])
    # (a crowd as a party, not people as the ones hurt: "left ten people dead")
    crowd_words -= {"people", "person", "resident", "local", "worker", "student"}
    crowd_named = any((t.lemma_.lower() in crowd_words or t.lower_ in crowd_words) and t.dep_ not in ("dobj", "attr")
                      for t in sent) or any(
        t.pos_ == "PRON" and t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
    first = [t.lower_ for t in sent if not t.is_punct][:3]
    turns_away = bool(first) and (first[0] in lexicon.cues["turn_away_words"] or (
        first[0] == "in" and len(first) > 2 and first[1] == "the" and first[2] in lexicon.cues["turn_away_words"]))
    told_after = _told_after_event(sent, lexicon)
    opening = " ".join(t.lower_ for t in sent[:6])
    caption = any(opening.startswith(p) or f"( {p}" in opening for p in lexicon.cue_phrases.get("caption_markers", ()))
    harm = _harm_told(sent, lexicon)
    for c in out:
        c.rejected = rejected
        c.armed_sides = sides
        c.state_party = state
        c.sent_start, c.places, c.crowd_named, c.turns_away = sent.start, places, crowd_named, turns_away
        c.told_after = told_after
        c.harm = harm
        if c.sub_event_type in ("Attack", "Sexual violence"):
            c.hits_demonstrators = _aimed_at_demonstrators(c.triggers, sent, lexicon)
        # (or, beside the report's other news, told only as what came before it, with no harm told of its own
        # clause: "the strike came a day after militants clashed with troops", not "soldiers were wounded after
        # a suicide bomber blew himself up"; or in a picture's caption: "File photo: fighters during clashes")
        c.background = bool(c.triggers) and (caption or all(
            told_as_background(m, doc, lexicon) or _background_only(m, sent, lexicon) for m in c.triggers))
        extra = [n for n in notes if n != "nonviolent"]
        if extra and c.event_type in ("Battles", "Explosions/Remote violence"):
            c.explanation += "; " + "; ".join(extra)
