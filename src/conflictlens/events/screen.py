"""A fast pre-screen: can this report hold an event at all?

Most news is not about conflict. Before the costly parse, one compiled regular
expression looks for the word forms of every trigger (and, for triggers that carry a
condition, for a word that could satisfy it). A report with none of them cannot
yield an event (no trigger, no event), so the parse is skipped. The screen only
ever lets more through than the classifier would accept, never less.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .alternation import factored
from .lexicon import Lexicon, default_lexicon

#: trigger condition -> the cue list one of whose words must be in the text for it to hold.
#: Conditions that a named place or person can satisfy without any cue word ("stormed Kabul",
#: "took Aleppo": a GPE/LOC/FAC entity or a gazetteer match; "executed Ahmed"), and conditions
#: that are negative ("no aircraft named") have no cue: their triggers are screened like free ones.
_CONDITION_CUES = {
    "armed_subject": "armed_nouns", "protest_subject": "protest_nouns", "aircraft": "aircraft_nouns",
    "weapon_object": "weapon_nouns", "security_object": "security_objects", "prisoner_subject": "prisoner_nouns", "prison_place": "prison_nouns",
    "crowd": "crowd_nouns", "crowd_fight": "crowd_nouns", "crowd_doer": "crowd_nouns", "armed_released": "armed_nouns",
    "bomber_killed": "generic_explosion", "base_object": "base_nouns", "civilian_subject": "civilian_nouns",
    "aircraft_agent": "aircraft_nouns", "explosive": "explosive_nouns", "armed_object": "armed_nouns",
    "heavy_weapon_agent": "heavy_weapon_nouns", "prisoner_object": "prisoner_nouns", "fire_object": "fire_nouns",
    "crowd_acl": "crowd_nouns", "goods_object": "goods_nouns",
    "withdrawal_told": "nonviolent_transfer_cues", "coup_object": "coup_objects", "armed_of": "armed_nouns",
    "attack_context": "weapon_nouns", "property_patient": "property_nouns", "stance_modifier": "stance_prefixes",
    "refugee_subject": "refugee_nouns", "gathering_told": "public_gathering_cues",
    "munition_object": "munition_nouns", "aircraft_named": "aircraft_nouns",
}
#: cue lists whose words name a weapon, prisoners, a crowd or demonstrators: with such a word
#: beside its trigger, a report needs no other party word to pass the screen ("guns were seized",
#: "inmates escaped", "thousands rallied": the demonstrators are the party). Not the armed or
#: aircraft words: "unit", "force", "jet" fill business news, and would let most of it through.
_PARTY_CUES = frozenset({"weapon_nouns", "explosive_nouns", "heavy_weapon_nouns", "prisoner_nouns",
                         "crowd_nouns", "protest_nouns",
                         # property burnt or destroyed names its victim ("homes were burnt")
                         "property_nouns"})
#: conditions with no positive cue word (see above)
_NO_CUE = frozenset({"place_object", "place_taken", "territory_object", "no_aircraft", "person_object",
                     "no_crowd_object", "place_subject", "home_object", "conflict_context", "coup_told",
                     "verb_head", "no_toll", "doer_noun", "told_as_verb", "presence_withdrawn", "weapon_used",
                     "hostage_held", "state_subject", "state_demonym", "aimed", "people_object", "no_staff_object",
                     "no_protest_subject", "armed_party_object", "armed_context", "no_incident_scene",
                     "toll_doer", "no_toll_doer"})


#: inflections a lemma takes in running text ("clash" -> clashes, clashed, clashing)
_SUFFIX = r"(?:e?[sd]|ings?|ers?|ions?)?"  # s|es|ed|d|ing|ings|er|ers|ion|ions, written short: it is in every
#                                             branch, and the compile time grows with the pattern's length


def _inflected(word: str) -> str:
    """A pattern for a word and its inflections, and nothing longer ("police" not
    "policy", "truce" not "truck", "coup" not "coupon")."""
    w = re.escape(word).replace(r"\-", "[- ]?").replace(r"\ ", " ").replace(" ", r"\s+")
    if word.endswith("man") and " " not in word:
        return w[:-2] + r"(?:an|en)(?:'s)?"  # "gunman", "gunmen", "policemen"
    if word.endswith("e"):
        return w[:-1] + r"(?:e[sd]?|eing|ings?|ers?|ions?)?"  # "fleeing", "freeing"
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":  # "rally" -> "rallied", not "deploy"
        return w[:-1] + r"(?:y|ies|ied|ying)"
    if len(word) > 2 and word[-1] in "bdglmnprt" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        return w + r"(?:" + re.escape(word[-1]) + r"(?:ed|ing|ers?))?" + _SUFFIX  # "shot", "shotting"
    return w + _SUFFIX


def _stem_pattern(word: str, irregular: dict[str, list[str]]) -> list[str]:
    return [_inflected(f) + r"\b" for f in [word] + irregular.get(word, [])]


#: between the words of a trigger phrase: a separator and up to four words ("took full control",
#: "hacked four farmers to death": modifiers or the verb's object)
_GAP = r"\W+(?:\w+\W+){0,4}"


def _phrase_pattern(phrase: str, irregular: dict[str, list[str]]) -> list[str]:
    """The word forms of a whole trigger phrase ("in exchange for", "take to the street"):
    a phrase's first word alone ("in", "take") is far too common to screen with."""
    parts = ["(?:" + "|".join(_stem_pattern(w, irregular)) + ")" for w in phrase.split()]
    return [_GAP.join(parts)]


def _alternation(words, irregular) -> re.Pattern | None:
    pats = sorted({p for w in words for p in (_phrase_pattern(w, irregular) if " " in w
                                                else _stem_pattern(w, irregular))}, key=len, reverse=True)
    if not pats:
        return None
    return re.compile(r"\b" + factored(pats, fold=True), re.IGNORECASE)


class Screen:
    def __init__(self, lexicon: Lexicon):
        irregular: dict[str, list[str]] = {}
        for entry in lexicon.cues.get("irregular_forms", ()):
            lemma, *forms = entry.split()
            irregular[lemma] = forms
        # weak triggers fire when an armed actor is present, which may be a bare name
        # ("the Taliban killed ...") that no cue list holds: screen them as free as well
        free = [t.phrase for t in lexicon.triggers if t.strong and (
            not t.requires or all(p in _NO_CUE for p in t.requires.split("+")))]
        self.free = _alternation(free, irregular)
        # a free trigger of two or more words ("chemical attack", "set ablaze", "peace deal") is specific
        # enough to name an event with no party word beside it
        # ... and so is a free trigger that names its victim in the word itself: property looted, razed
        # or torched, a person raped (the sub-types in cues.toml ``screen_self_evident``)
        evident = set(lexicon.cues.get("screen_self_evident", ()))
        self.free_phrases = _alternation([p for p in free if " " in p] + [
            t.phrase for t in lexicon.triggers if t.strong and not t.requires and t.sub_event_type in evident],
            irregular)
        # weak triggers ("killed", "attacked") fire only beside an armed actor: an armed noun
        # or a group known by name ("the Taliban killed ...")
        self.weak = _alternation([t.phrase for t in lexicon.triggers if not t.strong], irregular)
        # party and victim words: the cue list, the generic actor nouns ("troops", "villagers")
        # and every named actor's aliases (acronyms case-sensitive: "IS" is not "is")
        from ..data import read_table, read_words
        words = list(lexicon.cues.get("screen_context", ()))
        # the parties the trigger conditions name: armed forces, aircraft, crowds, demonstrators
        for cue in ("armed_nouns", "aircraft_nouns", "crowd_nouns", "protest_nouns"):
            words += [w for w in lexicon.cues[cue] if w not in lexicon.cues.get("screen_too_common", ())]
        generic = [r for r in read_table("actors", "generic.tsv") if r["phrase"] != "force"]
        words += [r["phrase"] for r in generic]
        # generic roles of armed parties ("armed men", "assailants"): weak triggers fire beside them
        armed_roles = [r["phrase"] for r in generic if (r.get("inter") or "").strip() in ("1", "2", "3", "4", "8")]
        names, acronyms = [], []
        for row in read_table("actors", "actors.tsv"):
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                short = (alias.isupper() and len(alias) <= 6) or len(alias) <= 4  # "IS", "LeT"
                (acronyms if short else names).append(alias)
        # ... and the office holders and journalists whose killing is political violence whoever did
        # it ("the murder of Justice Minister Jo Marr": the victim is the party the report names)
        political = sorted(read_words("events", "political_victims.tsv"))
        self.context = _alternation(words + names + political, irregular)
        # ... or a crowd: violence by a crowd is mob violence (classifier._mob_acts)
        crowd = [w for w in lexicon.cues["crowd_nouns"] if w not in lexicon.cues.get("screen_too_common", ())]
        # (the two-word armed nouns too: "an armed group killed ...")
        # ... or a community group, which doing violence is an identity militia ("herders attacked")
        communal = list(lexicon.cues.get("communal_groups", ()))
        # ... or a candidate, office holder, journalist or leader, whose killing is political violence
        # whoever did it (events.violence_cues._political_victim)
        self.armed = _alternation(list(lexicon.cues["armed_nouns"]) + armed_roles + names + crowd + communal
                                  + political, irregular)
        # a party word too common to tell a party alone ("aircraft", "security", "thousands") tells one
        # when it is the subject of an event verb just after it ("Israeli aircraft hit ...", "Security
        # was beefed up", "Thousands demonstrated") or its agent ("... were hit by Israeli aircraft"),
        # up to three words apart ("Thousands of Iraqi Kurds demonstrated")
        too_common = set(lexicon.cues.get("screen_too_common", ()))
        # the event verbs of violence and protest; of the strategic ones only those done to armed
        # forces or security ("security was beefed up"): "the unit agreed to form ..." is business news
        paired = [t.phrase for t in lexicon.triggers if t.strong and (
            t.event_type != "Strategic developments" or t.requires in ("armed_object", "security_object"))]
        common = sorted({w for cue in ("armed_nouns", "aircraft_nouns", "crowd_nouns", "protest_nouns")
                         for w in lexicon.cues[cue] if w in too_common})
        self.paired = None
        if common and paired:
            # the noun itself and its plural only: not "securities", "united", "plan"
            com = factored([re.escape(w) + "s?" for w in common], fold=True)
            trig = factored({p for ph in paired for p in (_phrase_pattern(ph, irregular) if " " in ph
                                                          else _stem_pattern(ph, irregular))}, fold=True)
            self.paired = re.compile(r"\b" + com + r"\W+(?:\w+\W+){0,3}?" + trig, re.IGNORECASE)
        self.acronyms = re.compile(r"\b" + factored(map(re.escape, set(acronyms)), fold=False)
                                   + r"\b") if acronyms else None
        #: (trigger words, cue words, the cue word alone is enough: see _PARTY_CUES)
        self.conditional: list[tuple[re.Pattern, re.Pattern, bool]] = []
        #: triggers whose condition an armed group named by its name satisfies as well as an armed noun
        #: ("Al-Shabaab destroyed ...", "the Islamic State announced the formation of ...")
        self.armed_conditional: re.Pattern | None = None
        self.group_names = _alternation(names, {})
        by_cue: dict[str, list[str]] = {}
        for t in lexicon.triggers:
            if not t.strong or not t.requires or t.requires in _NO_CUE:
                continue
            # of conditions joined by "+", the first with a cue word screens the trigger
            parts = [p for p in t.requires.split("+") if p not in _NO_CUE]
            if not parts:
                continue
            if parts[0] not in _CONDITION_CUES:
                raise ValueError(f"screen: no cue list for trigger condition {t.requires!r}")
            cue = _CONDITION_CUES[parts[0]]
            by_cue.setdefault(cue, []).append(t.phrase)
        self.armed_conditional = _alternation(by_cue.get("armed_nouns", []), irregular)
        for cue, words in by_cue.items():
            trig = _alternation(words, irregular)
            cond = _alternation(lexicon.cues[cue], {})  # phrases too ("air force")
            if cue == "protest_nouns":
                # the unions and parties that demonstrate, by name ("members of the CGT marched")
                cond = _alternation(list(lexicon.cues[cue]) + _demonstrating_bodies(), {})
            if trig is not None and cond is not None:
                self.conditional.append((trig, cond, cue in _PARTY_CUES))

    def may_hold_event(self, text: str) -> bool:
        # A trigger that needs no cue word can fire once a party is named; a conditional
        # trigger needs a word of its condition's cue list.
        # Every event has a party or a victim the report names: with no party word, no
        # generic actor noun and no known group's name, the report is passed over.
        # A conditional trigger whose cue word is itself a weapon, prisoners or a crowd
        # ("guns were seized", "inmates escaped") needs nothing more.
        if any(party and t.search(text) and c.search(text) for t, c, party in self.conditional):
            return True
        if self.free_phrases is not None and self.free_phrases.search(text):
            return True
        if not (self.context.search(text) or (self.acronyms is not None and self.acronyms.search(text))):
            return self.paired is not None and bool(self.paired.search(text))
        if self.free is not None and self.free.search(text):
            return True
        if self.weak is not None and self.weak.search(text) and (
                self.armed.search(text) or (self.acronyms is not None and self.acronyms.search(text))):
            return True
        # (by a full name: an acronym alone is as often a company's ticker in a capitalised headline)
        if self.armed_conditional is not None and self.armed_conditional.search(text) and (
                self.group_names is not None and self.group_names.search(text)):
            return True
        return any(t.search(text) and c.search(text) for t, c, _party in self.conditional)


def _demonstrating_bodies() -> list[str]:
    """The named bodies of ``data/actors/demonstrator_groups.tsv`` (those written with capitals:
    unions and parties; its lower-case social groups are cue words already)."""
    from ..data import read_table
    return [r["phrase"] for r in read_table("actors", "demonstrator_groups.tsv") if r["phrase"].lower() != r["phrase"]]


@lru_cache(maxsize=1)
def default_screen() -> Screen:
    return Screen(default_lexicon())


# --- news of another field (a match report, a film story, computers, markets) ---------------------

_WORD = re.compile(r"[a-z][a-z'-]*")


@lru_cache(maxsize=1)
def _off_topic_table() -> dict:
    import tomllib

    from ..data import data_path
    with open(data_path("events", "offtopic.toml"), "rb") as f:
        table = tomllib.load(f)
    anchors = table["anchors"]
    return {
        "min_words": int(table.get("min_words", 5)),
        "field_over_violence": float(table.get("field_over_violence", 2)),
        "past_days": int(table.get("past_days", 0)),
        "work_nouns": frozenset(table.get("work_nouns", ())),
        "fields": {name: (frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w))
                   for name, words in table["fields"].items()},
        "violence": frozenset(anchors["harm"]) | frozenset(anchors["armed"]) | frozenset(anchors["weapons"]),
        "violence_phrases": tuple(w for k in ("harm", "armed", "weapons") for w in anchors[k] if " " in w),
        "crowd": frozenset(anchors["crowd"]),
        "detainees": frozenset(anchors.get("detainees", ())),
        "harm_weapons": frozenset(anchors["harm"]) | frozenset(anchors["weapons"]),
        "not_gunfire": frozenset(anchors["shot_not_gunfire"]),
        "not_anchors": {name: frozenset(words) for name, words in table.get("not_anchors", {}).items()},
    }


def off_topic_field(text: str) -> str | None:
    """The field of news other than conflict a report is about, told by its own words: at least
    ``min_words`` distinct words of one field of ``data/events/offtopic.toml`` (a match report names
    the goal, the striker, the league...), more than ``field_over_violence`` times as many as its
    distinct violence words (a bank bombing's story names the bank and its market, but its bombs
    and police too). None for any other report."""
    table = _off_topic_table()
    low = text.lower()
    words = set(_WORD.findall(low))
    words |= {w[:-1] for w in words if w.endswith("s")}
    best, best_n = None, 0
    for name, (single, phrases) in table["fields"].items():
        n = len(single & words) + sum(1 for p in phrases if p in low)
        if n > best_n:
            best, best_n = name, n
    violence = len(words & table["violence"]) + sum(1 for p in table["violence_phrases"] if p in low)
    if best_n < table["min_words"] or best_n <= table["field_over_violence"] * violence:
        return None
    return best


def work_nouns() -> frozenset:
    """Nouns of works (an album, a film) whose capitalised title names no event (factuality)."""
    return _off_topic_table()["work_nouns"]


def told_long_before(days, anchor) -> bool:
    """In news of another field, an event whose every day lies more than ``past_days`` before the
    report's own day is past violence told as a reference (an anniversary, an attack a trial or a
    film is about), not news of its days. 0 switches the rule off."""
    limit = _off_topic_table()["past_days"]
    return bool(limit and days and anchor) and (anchor - max(days)).days > limit


def _shot_by_gun(tok, table: dict) -> bool:
    """A passive "was shot" whose subject is no film or scene: someone was hit by gunfire."""
    if tok.lower_ != "shot" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return not any(s.lemma_.lower() in table["not_gunfire"] or s.lower_ in table["not_gunfire"] for s in subjects)


def _title_case_sentence(sent) -> bool:
    """A headline or all-capital text: capitals tell no names there."""
    alpha = [t for t in sent if t.is_alpha]
    return bool(alpha) and sum(t.is_title or t.is_upper for t in alpha) > 0.6 * len(alpha)


def anchored(sent, event_type: str, sub_event_type: str, actor_mentions=(), field: str | None = None) -> bool:
    """Does a sentence of news of another field tell real violence of the candidate's kind? It names
    harm, an armed party, a weapon, a non-state armed group, or someone shot; a protest names a
    crowd or a march; an arrest names a political detainee, harm or a weapon (not "he was arrested
    after the show", whose police tell only who made it). A word the report's ``field`` uses for
    its own things (a "missile" thrown at a player) anchors nothing."""
    table = _off_topic_table()
    # (a capitalised word inside the sentence is a name: an album "Atomic Bomb", a "Missile Range")
    words = {t.lower_ for t in sent if not (t.is_title and not t.is_sent_start and not _title_case_sentence(sent))}
    words -= table["not_anchors"].get(field, frozenset())
    if sub_event_type == "Arrests":
        return bool(words & (table["detainees"] | table["harm_weapons"])) or any(
            getattr(a, "inter", None) in (2, 3, 4) and not getattr(a, "speaker", False) for a in actor_mentions)
    low = sent.text.lower()
    if words & table["violence"] or any(p in low for p in table["violence_phrases"]):
        return True
    if event_type == "Protests" and words & table["crowd"]:
        return True
    if any(getattr(a, "inter", None) in (2, 3, 4) and not getattr(a, "speaker", False) for a in actor_mentions):
        return True
    return any(_shot_by_gun(t, table) or _shooting_of_person(t) for t in sent)


def _shooting_of_person(tok) -> bool:
    """"the shooting of Jo Marsh": gunfire at a person named (not "the shooting of the film")."""
    return tok.lower_ == "shooting" and tok.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.children)
        for c in tok.children)
