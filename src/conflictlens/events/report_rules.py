"""The codebook's rules across the sentences of one report told as one event.

Sentence candidates are typed alone (``classifier.classify_sentence``); what one sentence
tells can change what another's candidate is (force on a demonstration told apart, an
interception, a clash told in a report of a protest), and a report's lead outranks what
answers it.
"""
from __future__ import annotations

from .battle_cues import TERRITORY
from .candidate import Candidate, _words


#: weapons fired from afar that air defences can stop
RANGED = ("Air/drone strike", "Shelling/artillery/missile attack")


def lexicon_cues() -> dict:
    from .lexicon import default_lexicon
    return default_lexicon().cues


#: the families of political violence (spec §2): an accident told beside one of these is no accident alone
VIOLENT_FAMILIES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def _set_apart_from_lead(out: list[Candidate]) -> None:
    """A battle told after the explosion that leads the report, apart from it (after it in time,
    turning to other news, or at a place of its own), is a second event: it neither absorbs the
    explosion (spec §2.4 folds only an explosion inside an ongoing battle) nor becomes the report's
    main event. A battle told as the same engagement keeps its priority. So is a battle told as later
    than an attack on civilians that leads the report, or turning away from it."""
    told = [c for c in out if c.strong and not c.reference and c.sent_start >= 0]
    # (an attack on civilians told with people killed or hurt leads too, by a weak trigger: "killed 12 people")
    attacks = [c for c in out if c.event_type == "Violence against civilians" and c.harm and not c.background
               and not c.reference and c.sent_start >= 0]
    if not told and not attacks:
        return
    lead = min(told + attacks, key=lambda c: (c.sent_start, c.event_type == "Violence against civilians"))
    if lead.event_type == "Violence against civilians":
        # an attack on civilians that leads the report: a battle told as later or turning to other news
        # ("the army later clashed with the attackers") is a second event, the pursuit or another engagement
        for c in out:
            if c.event_type == "Battles" and c.sent_start > lead.sent_start and (c.turns_away or c.told_after):
                c.apart_from_lead = True
                c.explanation += "; told after the attack on civilians that leads the report: a second event"
        return
    if lead.event_type != "Explosions/Remote violence" or lead.sub_event_type == "Disrupted weapons use":
        return
    for c in out:
        if c.event_type == "Battles" and c.sent_start > lead.sent_start and (
                c.turns_away or c.told_after or (c.places and lead.places and not c.places & lead.places)):
            c.apart_from_lead = True
            c.explanation += "; told apart after the explosion that leads the report: a second event"


#: what a report may tell in answer to the violence that leads it: a demonstration, a deployment or
#: security measure, arrests (``_set_reactions_apart``)
REACTION_SUBS = ("Peaceful protest", "Protest with intervention", "Change to group/activity", "Arrests")


def _set_reactions_apart(out: list[Candidate]) -> None:
    """A report's event is what happened: when its lead sentence tells people killed or hurt by an act of
    violence (a battle, an explosion, an attack on civilians, by a strong or a weak trigger), a demonstration,
    a deployment or arrests told in a later sentence answer it ("residents protested against the killings",
    "the army sent troops to the area"): a second event, not the report's main one. Violence told later
    stays (it tells the lead's act more fully: "the militants attacked and took over the town")."""
    told = [c for c in out if not c.reference and not c.background and c.sent_start >= 0]
    if not told:
        return
    first = min(c.sent_start for c in told)
    if not any(c.sent_start == first and c.harm and c.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
               for c in told):
        return
    for c in told:
        if c.sent_start > first and c.sub_event_type in REACTION_SUBS:
            c.apart_from_lead = True
            c.explanation += "; told after the violence that leads the report, in answer to it: a second event"


def report_candidates(candidates: list[Candidate], accident_told: bool = False) -> list[Candidate]:
    """The codebook's rules across the sentences of one report told as one event.

    * Protests are demonstrations whose participants use no violence: when one sentence
      tells that the demonstrators turned violent, the report's protest is a Violent
      demonstration, whatever the other sentences call it (Excessive force is kept: it is
      about the force used on the demonstrators).
    * Taking ground without resistance is not a Battle: when one sentence tells that a
      place changed hands without a fight and no sentence tells of fighting, the capture
      told elsewhere is the Non-violent transfer of territory.
    * An explosion named only generically ("an explosion", "a blast") in a report that tells an
      industrial or household cause in another sentence ("a gas cylinder exploded in the kitchen") and
      names no armed party (``accident_told``) is an accident, not political violence: no event; nor
      is a place evacuated or sealed off after it, with no violence told.
    """
    out = list(candidates)
    if accident_told:
        generic = lexicon_cues()["generic_explosion"]
        out = [c for c in out if not (c.event_type == "Explosions/Remote violence"
                                      and all(m.trigger.phrase in generic for m in c.triggers))]
        # ... and a place evacuated or sealed off after it is relief, not a security measure or a transfer
        if not any(c.event_type in VIOLENT_FAMILIES for c in out):
            out = [c for c in out if c.sub_event_type not in ("Change to group/activity",
                                                              "Non-violent transfer of territory")]
    # a demonstration told as the ongoing situation ("residents had been protesting for a week"), then force aimed
    # at its demonstrators ("police opened fire on them, killing two"): the force used on them (codebook:
    # Excessive force against protesters), told as the news
    aimed = [c for c in out if c.sub_event_type == "Attack" and c.hits_demonstrators and c.harm and not c.background]
    ongoing = [c for c in out if c.background and c.event_type == "Protests" and c.strong
               and c.sub_event_type in ("Peaceful protest", "Protest with intervention")]
    if aimed and ongoing:
        for c in ongoing:
            c.background, c.sub_event_type = False, "Excessive force against protesters"
            c.explanation += f"; force aimed at its demonstrators told as the news ({_words(aimed[0].triggers)})"
        out = [c for c in out if c not in aimed]
    if any(not c.background for c in out):
        # the situation the news happens in yields to the news (``told_as_background``)
        out = [c for c in out if not c.background]
    # a missile, rocket or drone told as intercepted or shot down in one sentence: its launch told in
    # another is the same attack, disrupted (spec §2.4), unless people are told killed or hurt by it
    stopped = any(c.sub_event_type == "Disrupted weapons use" and any(
        m.trigger.phrase in lexicon_cues()["interception_words"] for m in c.triggers) for c in out)
    if stopped:
        out = [c for c in out if not (c.sub_event_type in RANGED and not c.harm)]
    # a bomb told as found, defused or dismantled in one sentence: an explosion named in another with
    # nobody hurt is that device's disposal or the attack it was meant for, disrupted (spec §2.4)
    if any(c.sub_event_type == "Disrupted weapons use" for c in out):
        out = [c for c in out if not (c.event_type == "Explosions/Remote violence" and c.sub_event_type not in RANGED
                                      and not c.harm)]
    # a clash told with no two armed sides named, in a report of a demonstration, is the demonstrators'
    # clash (codebook: Violent demonstration, "demonstrators clash"), not a battle between armed groups
    # ... when the clash is told of the demonstration: in its sentence, of a crowd or demonstrators
    # ("they clashed with police"), or beside it with no place of its own and no turn to other news
    # ("Clashes broke out"; not "Separately, fighting continued near Marsk")
    demos = [c for c in out if c.event_type in ("Protests", "Riots") and c.strong]
    if demos:
        demo_places = frozenset().union(*(d.places for d in demos))
        demo_sents = {d.sent_start for d in demos}
        for c in out:
            if c.event_type == "Battles" and c.sub_event_type == "Armed clash" and c.armed_sides < 2 and (
                    c.sent_start in demo_sents or c.crowd_named
                    or not (c.turns_away or c.places - demo_places)):
                c.event_type, c.sub_event_type = "Riots", "Violent demonstration"
                c.explanation += "; told in a report of a demonstration with no two armed sides named: the demonstrators' clash"
    # people killed or hurt by state forces told in one sentence, a demonstration with no harm of its own
    # (not one about killings) in another: the force used on the demonstrators (codebook: Excessive force
    # against protesters), one event
    protests = [c for c in out if c.event_type == "Protests" and c.strong and not c.harm
                and c.sub_event_type in ("Peaceful protest", "Protest with intervention")]
    # ... or by anyone, aimed at the demonstrators ("unidentified gunmen opened fire on them"): the codebook's
    # excessive force covers state and non-state attackers alike
    force = [c for c in out if c.event_type == "Violence against civilians" and c.sub_event_type == "Attack"
             and c.harm and (c.state_party or c.hits_demonstrators)]
    if protests and force:
        for c in protests:
            c.sub_event_type = "Excessive force against protesters"
            c.explanation += f"; state forces killed or hurt people in the same report ({_words(force[0].triggers)})"
        out = [c for c in out if c not in force]
    # ... and harm of a sexual nature done to the demonstrators told beside their demonstration ("Soldiers raped
    # several of them") is Sexual violence (spec §2.5), the report's event: the demonstration is its setting
    if any(c.sub_event_type == "Sexual violence" and c.hits_demonstrators for c in out):
        out = [c for c in out if not (c.event_type == "Protests" and c.sub_event_type in (
            "Peaceful protest", "Protest with intervention"))]
    _set_apart_from_lead(out)
    _set_reactions_apart(out)
    subs = {c.sub_event_type for c in out if c.strong}
    if "Violent demonstration" in subs:
        # (a riot told at a place of its own, or turning to other news, is another demonstration: "Last
        # year, similar protests in Novi Sad turned violent" leaves the peaceful march in Belgrade as told)
        riots = [c for c in out if c.strong and c.sub_event_type == "Violent demonstration"]
        out = [c for c in out if c.sub_event_type not in ("Peaceful protest", "Protest with intervention") or all(
            r.turns_away or r.places and c.places and not r.places & c.places for r in riots)]
    if "Non-violent transfer of territory" in subs and "Armed clash" not in subs:
        out = [c for c in out if c.sub_event_type not in TERRITORY]
    return out
